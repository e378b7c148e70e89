import { html, nothing, type TemplateResult } from 'lit';
import type { DraftController } from '../../../controllers/draft-controller.ts';
import type { StartTranslate } from '../messages.start.ts';

/** What went wrong with saving, or that saving is in memory only, or that another tab moved the check on. */
export function saveBanner<T>(draft: DraftController<T>, t: StartTranslate): TemplateResult | typeof nothing {
  if (draft.status === 'conflict') {
    return html`<div class="banner banner--error no-print" role="alert">
      <p class="banner__title">${t('statusConflict')}</p>
      <div class="banner__body">
        <div class="button-group">
          <button class="button button--secondary" type="button" @click=${() => void draft.useSavedVersion()}>${t('useLatest')}</button>
          <button class="button button--secondary" type="button" @click=${() => void draft.overwriteWithMine()}>${t('keepMine')}</button>
        </div>
      </div>
    </div>`;
  }
  if (draft.status === 'failed') {
    const message = t(draft.error?.kind === 'quota' ? 'statusQuota' : 'statusFailed');
    return html`<div class="banner banner--error no-print" role="alert"><p class="banner__body">${message}</p></div>`;
  }
  if (draft.repository && !draft.repository.persistent) {
    return html`<div class="banner no-print" role="status"><p class="banner__body">${t('memoryOnly')}</p></div>`;
  }
  if (draft.notice) return html`<div class="banner no-print" role="status"><p class="banner__body">${t('otherTab')}</p></div>`;
  return nothing;
}

/** The storage notice on every page, with the way to delete everything (not offered on the delete page itself). */
export function storageFooter<T>(draft: DraftController<T>, t: StartTranslate, openDelete: (() => void) | null): TemplateResult {
  // "Saved" stays steady while a change is written (within 500 ms), so a screen reader is not told twice per click.
  // It appears once something has been saved, and never when the browser keeps answers in memory only.
  const failed = draft.status === 'failed' || draft.status === 'conflict';
  const saved = !failed && draft.savedAt !== undefined && draft.repository?.persistent === true;
  return html`<div class="storage no-print" part="storage">
    <p class="status-line" role="status">${saved ? t('statusSaved') : ''}</p>
    <p class="small">
      ${t('storageNotice')}
      ${openDelete ? html`<button class="link" type="button" @click=${openDelete}>${t('storageDelete')}</button>` : nothing}
    </p>
  </div>`;
}
