import { html, nothing, type TemplateResult } from 'lit';
import type { DraftController } from '../controllers/draft-controller.ts';
import type { StorageErrorKind } from '../../storage/repository.ts';
import type { OvercrowdingDraft } from '../../schema/overcrowding.ts';
import type { FormMessages } from './form-messages.ts';
import { unreadableDrafts } from '../ui/unreadable-drafts.ts';

/**
 * Storage problems, each in the catalogue's words with what to do: saving only in memory, a refresh from
 * another tab, a failed save (try again; print or PDF), and a two-tab conflict (keep mine, or use the other).
 */

export interface StorageState {
  drafts: DraftController<OvercrowdingDraft>;
  /** The browser refused storage: answers live only as long as the page. */
  memoryOnly: boolean;
  /** An idle draft was replaced by a newer one saved in another tab. */
  refreshed: boolean;
}

export interface StorageActions {
  retry: () => void;
  keepMine: () => void;
  useOther: () => void;
}

function failure(m: FormMessages, kind: StorageErrorKind): string {
  if (kind === 'quota') return m.saveFailedQuota;
  return kind === 'unavailable' || kind === 'blocked' ? m.saveFailedUnavailable : m.saveFailedOther;
}

function notices(m: FormMessages, state: StorageState): TemplateResult | typeof nothing {
  const texts = [state.memoryOnly ? m.memoryOnly : '', state.refreshed ? m.refreshed : ''].filter(Boolean);
  if (texts.length === 0) return nothing;
  return html`<div class="banner no-print" role="region" aria-labelledby="notice-title" data-notice>
    <p class="banner__title" id="notice-title">${m.noticeTitle}</p>
    <div class="banner__body">${texts.map((text) => html`<p>${text}</p>`)}</div>
  </div>`;
}

export function storageBanners(m: FormMessages, state: StorageState, actions: StorageActions): TemplateResult {
  const { drafts } = state;
  const problem =
    drafts.status === 'conflict'
      ? html`<div class="banner banner--error no-print" role="alert" aria-labelledby="conflict-title" data-conflict>
          <p class="banner__title" id="conflict-title">${m.conflictTitle}</p>
          <div class="banner__body">
            <p>${m.conflictBody}</p>
            <div class="button-group">
              <button type="button" class="button" @click=${actions.keepMine}>${m.keepMine}</button>
              <button type="button" class="button button--secondary" @click=${actions.useOther}>${m.useOtherVersion}</button>
            </div>
          </div>
        </div>`
      : drafts.status === 'failed' && drafts.error
        ? html`<div class="banner banner--error no-print" role="alert" aria-labelledby="save-problem-title" data-save-failed>
            <p class="banner__title" id="save-problem-title">${m.saveFailedTitle}</p>
            <div class="banner__body">
              <p>${failure(m, drafts.error.kind)}</p>
              <button type="button" class="button" @click=${actions.retry}>${m.tryAgain}</button>
            </div>
          </div>`
        : nothing;
  const unreadable = unreadableDrafts(drafts, {
    title: m.unreadableTitle, body: m.unreadableBody, problems: m.unreadableProblems, found: m.unreadableFound,
    export: m.exportUnreadable, delete: m.deleteUnreadable, confirmDelete: m.confirmDeleteUnreadable,
    yesDelete: m.yesDelete, cancel: m.cancel, locale: m.locale,
  });
  return html`${notices(m, state)} ${unreadable} ${problem}`;
}
