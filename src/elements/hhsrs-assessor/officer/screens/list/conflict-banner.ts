import { html } from 'lit';
import type { AssessmentListController } from './assessment-list.ts';
import { listText as t } from './messages.ts';

/**
 * When another tab saves the assessment open here: what happened, and the two ways on. Fetched only then; what
 * was typed here stays on screen meanwhile.
 */
export function conflictBanner(list: AssessmentListController) {
  const { draft } = list.host;
  const detail = draft.error?.conflict;
  const time = detail?.at ? new Date(detail.at).toLocaleTimeString('en-GB') : '';
  // A deleted assessment has no other version to use: only keeping these changes as a new one is offered.
  const deleted = detail?.reason === 'deleted';
  return html`<div class="banner banner--error" role="alert" data-conflict>
    <p class="banner__title">${t('conflictTitle')}</p>
    <div class="banner__body">
      <p>${t('conflict', detail?.reason ?? 'changed', time)}</p>
      <div class="button-group">
        <button type="button" class="button" @click=${() => void keepMineAsNew(list)}>${t('keepMineAsNew')}</button>
        ${
          deleted
            ? ''
            : html`<button type="button" class="button button--secondary" @click=${() => void draft.useSavedVersion()}>
              ${t('useOtherVersion')}</button>`
        }
      </div>
    </div>
  </div>`;
}

/** Both versions are kept: the other tab's where it was, this tab's as a new assessment. */
async function keepMineAsNew(list: AssessmentListController): Promise<void> {
  await list.host.draft.keepMineAs(list.newKey());
  await list.refresh();
}
