import { fileButton } from '../../ui/file-button.ts';
import { html, nothing, type TemplateResult } from 'lit';
import type { StoredDraft } from '../../../storage/repository.ts';
import type { DraftController } from '../../controllers/draft-controller.ts';
import type { Translate } from '../../i18n.ts';
import type { OfficerMessages } from './messages.ts';
import { REVISION_KIND } from './revisions.ts';

export interface ToolbarContext {
  t: Translate<OfficerMessages>;
  draft: DraftController<unknown>;
  drafts: readonly StoredDraft[];
  /** Why the last file chosen was not imported. */
  importProblems: TemplateResult | undefined;
  blocked: boolean;
  busy: string | undefined;
  /** Print and PDF here; a finalised assessment has its own in its banner. */
  printActions: boolean;
  newAssessment: () => void;
  open: (key: string) => void;
  duplicate: (key: string) => void;
  /** The draft whose deletion waits for a yes. */
  pendingDelete: string | undefined;
  askDelete: (key: string) => void;
  /** The yes-or-cancel question, from the code that deletes. */
  confirmDelete: (key: string, title: string) => unknown;
  exportFile: () => void;
  importFile: (file: File) => void;
  print: () => void;
  pdf: () => void;
  retry: () => void;
  /** What to do now that another tab has saved this assessment, fetched when that happens. */
  conflict: (message: string) => unknown;
}

/** Save status, storage problems (each with what to do), drafts, and the file and print actions. */
export function toolbar(c: ToolbarContext) {
  const { t, draft } = c;
  const time = draft.savedAt ? new Date(draft.savedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
  const status = { loading: '', unsaved: t('unsaved'), saving: t('saving'), saved: time ? t('savedAt', time) : '', failed: '', conflict: '' }[draft.status];
  return html`
    <div class="toolbar no-print">
      <p class="status-line" role="status" data-save-status>${status}</p>
      ${draft.notice ? html`<div class="banner" role="region" aria-label="Important"><p class="banner__title">Important</p><div class="banner__body"><p>${draft.notice}</p></div></div>` : nothing}
      ${c.blocked ? html`<div class="banner banner--error" role="alert"><p class="banner__title">Important</p><div class="banner__body"><p>${t('blocked')}</p></div></div>` : nothing}
      ${draft.status === 'failed' && draft.error
        ? html`<div class="banner banner--error" role="alert" data-save-failed><p class="banner__title">${t('saveFailedTitle')}</p><div class="banner__body">
            <p>${draft.error.message}</p>
            <div class="button-group"><button type="button" class="button" @click=${c.retry}>${t('tryAgain')}</button>
            <button type="button" class="button button--secondary" @click=${c.exportFile}>${t('exportJson')}</button></div></div></div>`
        : nothing}
      ${draft.status === 'conflict' && draft.error ? c.conflict(draft.error.message) : nothing}
      ${c.importProblems ?? nothing}
      <div class="button-group">
        <button type="button" class="button button--secondary" @click=${c.newAssessment}>${t('newAssessment')}</button>
        <button type="button" class="button button--secondary" @click=${c.exportFile}>${t('exportJson')}</button>
        ${fileButton({ label: t('importJson'), inputId: 'import-file', accept: 'application/json,.json', onFile: c.importFile })}
        ${c.printActions
          ? html`<button type="button" class="button button--secondary" @click=${c.print}>${t('print')}</button>
            <button type="button" class="button button--secondary" ?disabled=${Boolean(c.busy)} @click=${c.pdf}>${t('downloadPdf')}</button>`
          : nothing}
      </div>
      ${c.busy && c.printActions ? html`<p role="status">${c.busy}</p>` : nothing}
      <details>
        <summary>${t('draftsHeading')} (${c.drafts.length})</summary>
        <ul class="drafts">
          ${c.drafts.map((d) => {
            const title = d.title || t('untitled');
            const current = d.key === draft.key;
            // A kept revision is never changed or deleted on its own: it is the record a printed fingerprint refers to.
            const kept = d.kind === REVISION_KIND;
            const finalised = kept || Boolean((d.value as { finalised?: unknown } | null)?.finalised);
            return html`<li data-draft=${d.key}>
              <span>${title} ${current ? html`<strong>${t('current')}</strong>` : nothing}
                ${finalised ? html`<span class="tag tag--grey">${kept ? t('readOnlyTag') : t('finalisedTag')}</span>` : nothing}
                <span class="secondary small">${new Date(d.updatedAt).toLocaleString('en-GB')}</span></span>
              <span class="button-group">
                ${current ? nothing : html`<button type="button" class="link" @click=${() => c.open(d.key)}>${t('resume')}<span class="visually-hidden"> ${title}</span></button>`}
                <button type="button" class="link" @click=${() => c.duplicate(d.key)}>${t('duplicate')}<span class="visually-hidden"> ${title}</span></button>
                ${kept ? nothing : html`<button type="button" class="link" @click=${() => c.askDelete(d.key)}>${t('deleteDraft')}<span class="visually-hidden"> ${title}</span></button>`}
              </span>
              ${c.pendingDelete === d.key ? c.confirmDelete(d.key, title) : nothing}
            </li>`;
          })}
        </ul>
      </details>
    </div>
  `;
}
