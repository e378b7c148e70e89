import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment } from '../../../../../schema/assessment.ts';
import type { StoredDraft } from '../../../../../storage/repository.ts';
import type { DraftController } from '../../../../controllers/draft-controller.ts';
import { isRevisionKey, REVISION_KIND } from '../../revisions.ts';
import type { AssessmentListController } from './assessment-list.ts';
import { listText as t } from './messages.ts';

export { conflictBanner } from './conflict-banner.ts';

/**
 * "Your assessments": each one saved under the storage key, with what it is (finalised, a kept revision, a
 * fingerprint that no longer matches) and what can be done with it; and the warning when an assessment lost its
 * finalised mark; and the choice after another tab saved the assessment open here. Fetched once there is something
 * to list (or that choice to make), so a new assessment's first screen carries none of it.
 */
export interface DraftsListContext {
  view: { readonly assessment: Assessment; readonly draft: DraftController<Assessment> };
  list: AssessmentListController;
  duplicate: (key: string) => void;
  askDelete: (key: string) => void;
  /** The question under an assessment about to be deleted. */
  confirmDelete: (key: string, title: string) => TemplateResult | typeof nothing;
}

export function draftsList({ view, list, duplicate, askDelete, confirmDelete }: DraftsListContext) {
  return html`<ul class="drafts">
    ${list.drafts.map((d) => {
      const title = d.title || t('untitled');
      const current = d.key === view.draft.key;
      // A kept revision is never changed or deleted on its own: it is the record a printed fingerprint refers to.
      const kept = d.kind === REVISION_KIND;
      const finalised = kept || Boolean((d.value as { finalised?: unknown } | null)?.finalised);
      return html`<li data-draft=${d.key}>
        <span>${title} ${current ? html`<strong>${t('current')}</strong>` : nothing}
          ${finalised ? html`<span class="tag tag--grey">${kept ? t('readOnlyTag') : t('finalisedTag')}</span>` : nothing}
          ${
            list.mismatched.has(d.key)
              ? html`<strong class="tag" data-fingerprint-differs>${t('fingerprintDiffersTag')}</strong>`
              : nothing
          }
          <span class="secondary small">${new Date(d.updatedAt).toLocaleString('en-GB')}</span></span>
        <span class="button-group">
          ${current ? nothing : html`<button type="button" class="link" @click=${() => void list.open(d.key)}>${t('resume')}<span class="visually-hidden"> ${title}</span></button>`}
          <button type="button" class="link" @click=${() => duplicate(d.key)}>${t('duplicate')}<span class="visually-hidden"> ${title}</span></button>
          ${kept ? nothing : html`<button type="button" class="link" @click=${() => askDelete(d.key)}>${t('deleteDraft')}<span class="visually-hidden"> ${title}</span></button>`}
        </span>
        ${list.pendingDelete === d.key ? confirmDelete(d.key, title) : nothing}
      </li>`;
    })}
  </ul>`;
}

/** A record with a finalised revision in its history that no longer says it was finalised: never a silent draft. */
export function lostFinalisedWarning({ view, list }: DraftsListContext) {
  const lost = lostFinalised(view.draft.key, view.assessment, list.drafts);
  if (!lost) return nothing;
  return html`<div class="banner banner--error" role="alert" data-lost-finalised>
    <p class="banner__title">${t('noticeTitle')}</p>
    <div class="banner__body"><p>${t('lostFinalised', lost.revision, lost.at)}</p>
      <button type="button" class="button" @click=${() => void list.open(lost.key)}>
        ${t('openFinalisedRevision', lost.revision)}
      </button></div>
  </div>`;
}

/** A finalised revision kept in the history of an assessment that no longer says it was finalised. */
export interface LostFinalised {
  revision: number;
  /** When that revision was finalised, as recorded in it (ISO), if it can be read. */
  at: string | undefined;
  key: string;
}

/**
 * The newest kept revision of the assessment at `key` that the record itself does not account for: a record is
 * finalised, or a new revision pointing back to its latest kept one. Anything else was changed outside this
 * tool (its `finalised` block deleted, say), and must not pass as an ordinary draft.
 */
export function lostFinalised(
  key: string | undefined,
  assessment: Assessment,
  drafts: readonly StoredDraft[],
): LostFinalised | undefined {
  if (!key || isRevisionKey(key) || assessment.finalised) return undefined;
  const kept = drafts
    .filter((d) => d.kind === REVISION_KIND && d.key.startsWith(key) && /^@r\d+$/.test(d.key.slice(key.length)))
    .map((d) => ({ key: d.key, revision: Number(d.key.slice(key.length + 2)), value: d.value as KeptValue }))
    .sort((a, b) => b.revision - a.revision)[0];
  if (!kept || (assessment.previous?.revision ?? 0) >= kept.revision) return undefined;
  const at = kept.value?.finalised?.at;
  return { revision: kept.revision, at: typeof at === 'string' ? at : undefined, key: kept.key };
}

/** A kept revision as stored, read only as far as the warning needs (the schema that reads it all is fetched later). */
type KeptValue = { finalised?: { at?: unknown } } | null | undefined;
