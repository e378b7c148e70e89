import { html } from 'lit';
import type { AssessmentListController } from './assessment-list.ts';

/**
 * When another tab saves the assessment open here: what happened, and the two ways on. Fetched only then; what
 * was typed here stays on screen meanwhile.
 */
export function conflictBanner(message: string, list: AssessmentListController) {
  return html`<div class="banner banner--error" role="alert" data-conflict><p class="banner__title">Changed in another tab</p><div class="banner__body">
    <p>${message}</p>
    <div class="button-group"><button type="button" class="button" @click=${() => void keepMineAsNew(list)}>Keep mine as a new assessment</button>
    <button type="button" class="button button--secondary" @click=${() => void list.host.draft.useSavedVersion()}>Use the version from the other tab</button></div></div></div>`;
}

/** Both versions are kept: the other tab's where it was, this tab's as a new assessment. */
async function keepMineAsNew(list: AssessmentListController): Promise<void> {
  await list.host.draft.keepMineAs(list.newKey());
  await list.refresh();
}
