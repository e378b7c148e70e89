import { html } from 'lit';
import type { Translate } from '../../../../i18n.ts';
import type { AssessmentListController } from './assessment-list.ts';
import type { OfficerMessages } from '../../messages.ts';

/**
 * When another tab saves the assessment open here: what happened, and the two ways on. Fetched only then; what
 * was typed here stays on screen meanwhile.
 */
export function conflictBanner(t: Translate<OfficerMessages>, message: string, list: AssessmentListController) {
  const { draft } = list.host;
  // A deleted assessment has no other version to use: only keeping these changes as a new one is offered.
  const deleted = draft.error?.conflict?.reason === 'deleted';
  return html`<div class="banner banner--error" role="alert" data-conflict>
    <p class="banner__title">${t('conflictTitle')}</p>
    <div class="banner__body">
      <p>${message}</p>
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
