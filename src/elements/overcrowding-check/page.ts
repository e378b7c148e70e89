import { html, nothing, type TemplateResult } from 'lit';
import type { DraftController } from '../controllers/draft-controller.ts';
import { HhsrsErrorEvent, type HhsrsErrorKind } from '../events.ts';
import type { OvercrowdingDraft } from '../../schema/overcrowding.ts';
import type { FormMessages } from './form-messages.ts';

/** The parts around the form: the introduction, the save status, and the print / PDF / delete actions. */

/** The title, what the check is for (on screen, and on paper), and that it is not the HHSRS hazard. */
export function introduction(m: FormMessages): TemplateResult {
  return html`<h2 id="title" tabindex="-1">${m.title}</h2>
    <p class="no-print">${m.intro}</p>
    <p class="print-only">${m.pdfIntro}</p>
    <div class="inset"><p>${m.hazardNote}</p></div>`;
}

/**
 * Runs something the user asked for and returns what to announce: `done`, or `failed` after telling the
 * page with an `hhsrs-error` event.
 */
export async function attempt(host: HTMLElement, kind: HhsrsErrorKind, work: () => Promise<unknown>, done: string, failed: string): Promise<string> {
  try {
    await work();
    return done;
  } catch (error) {
    host.dispatchEvent(new HhsrsErrorEvent(kind, error instanceof Error ? error.message : String(error)));
    return failed;
  }
}

export function saveStatus(drafts: DraftController<OvercrowdingDraft>, m: FormMessages): TemplateResult {
  const time = (iso: string) => new Date(iso).toLocaleTimeString(m.locale, { hour: '2-digit', minute: '2-digit' });
  const state = drafts.saveState;
  const text =
    state === 'loading'
      ? m.loading
      : state === 'memory-only'
        ? m.notSaved
        : state === 'saving' || state === 'unsaved'
          ? m.saving
          : state === 'saved'
            ? drafts.savedAt ? m.saved(time(drafts.savedAt)) : m.savedNothing
            : state === 'too-long'
              ? tooLong(drafts, m)
              : '';
  return html`<p class="status-line no-print" role="status" part="status" data-save-status>${text}</p>`;
}

/** Which name is too long, and by how much: the save waits until it is shortened. */
function tooLong(drafts: DraftController<OvercrowdingDraft>, m: FormMessages): string {
  const first = drafts.overLimits[0];
  return first ? m.tooLong(first.field === 'person', (first.index ?? 0) + 1, first.over) : '';
}

export interface Actions {
  print: () => void;
  pdf: () => unknown;
  /** "Delete my data": asks first. */
  askDelete: () => void;
  confirmDelete: () => unknown;
  cancelDelete: () => void;
}

/**
 * GOV.UK asks before anything is destroyed: "Delete my data" opens a question beside it with the
 * destructive button first; focus moves to that button (see the element), and Cancel or Escape puts it back.
 */
function deleteQuestion(m: FormMessages, actions: Actions): TemplateResult {
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') actions.cancelDelete();
  };
  return html`<div class="inset confirm" id="confirm-delete-panel" role="group" aria-labelledby="confirm-delete-title" @keydown=${escape}>
    <p class="label" id="confirm-delete-title">${m.confirmDeleteTitle}</p>
    <p>${m.confirmDeleteBody}</p>
    <div class="button-group">
      <button type="button" class="button button--warning" id="confirm-delete" @click=${actions.confirmDelete}>${m.yesDelete}</button>
      <button type="button" class="button button--secondary" id="cancel-delete" @click=${actions.cancelDelete}>${m.cancel}</button>
    </div>
  </div>`;
}

export function actionsView(m: FormMessages, state: { canPrint: boolean; asking: boolean; announcement: string }, actions: Actions): TemplateResult {
  return html`<div class="actions no-print" part="actions">
    ${state.canPrint
      ? html`<div class="button-group">
          <button type="button" class="button button--secondary" @click=${actions.print}>${m.print}</button>
          <button type="button" class="button button--secondary" id="download-pdf" @click=${actions.pdf}>${m.downloadPdf}</button>
        </div>`
      : nothing}
    <div class="button-group">
      <button
        type="button"
        class="button button--warning"
        id="delete-data"
        aria-describedby="delete-hint"
        aria-expanded=${state.asking ? 'true' : 'false'}
        aria-controls="confirm-delete-panel"
        @click=${actions.askDelete}
      >
        ${m.deleteData}
      </button>
      <span class="hint" id="delete-hint">${m.deleteHint}</span>
    </div>
    ${state.asking ? deleteQuestion(m, actions) : nothing}
    <p class="status-line" role="status" id="announcement">${state.announcement}</p>
  </div>`;
}
