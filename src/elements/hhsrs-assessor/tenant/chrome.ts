import { html, nothing, type TemplateResult } from 'lit';
import type { DraftController } from '../../controllers/draft-controller.ts';
import type { StartTranslate } from './messages.start.ts';
import { unreadableDrafts } from '../../ui/unreadable-drafts.ts';

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
  const unreadable = unreadableDrafts(draft, {
    title: t('unreadableTitle'),
    body: t('unreadableBody'),
    problems: t('unreadableProblems'),
    found: (when) => t('unreadableFound', when),
    export: t('unreadableExport'),
    delete: t('unreadableDelete'),
    confirmDelete: t('unreadableConfirm'),
    yesDelete: t('unreadableYesDelete'),
    cancel: t('unreadableCancel'),
    locale: t('locale'),
  });
  const notice = draft.memoryOnly
    ? t('memoryOnly')
    : draft.notice && { recovered: t('recovered'), 'changed-in-another-tab': t('otherTab') }[draft.notice];
  return html`${unreadable}${notice ? html`<div class="banner no-print" role="status" data-notice><p class="banner__body">${notice}</p></div>` : nothing}`;
}

/** The status line's words: saved only when stored where it lasts, otherwise why not. */
function statusWords<T>(draft: DraftController<T>, t: StartTranslate): string {
  switch (draft.saveState) {
    case 'memory-only':
      return t('statusNotSaved');
    case 'too-long':
      return t('statusTooLong', draft.overLimits[0]!.over);
    case 'failed':
    case 'conflict':
    case 'loading':
      return '';
    default:
      // "Saved" stays steady while a change is written (within 500 ms), so a screen reader is not told twice per click.
      return draft.savedAt !== undefined ? t('statusSaved') : '';
  }
}

/** The storage notice on every page, with the way to delete everything (not offered on the delete page itself). */
export function storageFooter<T>(
  draft: DraftController<T>,
  t: StartTranslate,
  openDelete: (() => void) | null,
): TemplateResult {
  return html`<div class="storage no-print" part="storage">
    <p class="status-line" role="status" data-save-status>${statusWords(draft, t)}</p>
    <p class="small">
      ${t('storageNotice')}
      ${openDelete ? html`<button class="link" type="button" @click=${openDelete}>${t('storageDelete')}</button>` : nothing}
    </p>
  </div>`;
}
