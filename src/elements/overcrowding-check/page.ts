import { html, nothing, type TemplateResult } from 'lit';
import type { DraftController } from '../controllers/draft-controller.ts';
import type { OvercrowdingDraft } from '../../schema/overcrowding.ts';
import { unreadableDrafts } from '../ui/unreadable-drafts.ts';
import type { StorageErrorKind } from '../../storage/repository.ts';
import type { ShellMessages } from './messages.ts';

/**
 * The parts around the screens: the introduction, the save status, storage problems, and the print / PDF /
 * delete actions.
 */

/** The title, what the check is for (on screen, and on paper), and that it is not the HHSRS hazard. */
export function introduction(m: ShellMessages): TemplateResult {
  return html`<h2 id="title" tabindex="-1">${m.title}</h2>
    <p class="no-print">${m.intro}</p>
    <p class="print-only">${m.pdfIntro}</p>
    <div class="inset"><p>${m.hazardNote}</p></div>`;
}

export function saveStatus(drafts: DraftController<OvercrowdingDraft>, m: ShellMessages): TemplateResult {
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
            ? drafts.savedAt
              ? m.saved(time(drafts.savedAt))
              : m.savedNothing
            : state === 'too-long'
              ? tooLong(drafts, m)
              : '';
  return html`<p class="status-line no-print" role="status" part="status" data-save-status>${text}</p>`;
}

/** Which answer is too long, and by how much: the save waits until it is shortened. */
function tooLong(drafts: DraftController<OvercrowdingDraft>, m: ShellMessages): string {
  const first = drafts.overLimits[0];
  if (!first) return '';
  if (first.field === 'address' || first.field === 'reference') return m.homeTooLong(first.field, first.over);
  return m.tooLong(first.field === 'person', (first.index ?? 0) + 1, first.over);
}

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

function failure(m: ShellMessages, kind: StorageErrorKind): string {
  if (kind === 'quota') return m.saveFailedQuota;
  return kind === 'unavailable' || kind === 'blocked' ? m.saveFailedUnavailable : m.saveFailedOther;
}

function notices(m: ShellMessages, state: StorageState): TemplateResult | typeof nothing {
  const texts = [state.memoryOnly ? m.memoryOnly : '', state.refreshed ? m.refreshed : ''].filter(Boolean);
  if (texts.length === 0) return nothing;
  return html`<div class="banner no-print" role="region" aria-labelledby="notice-title" data-notice>
    <p class="banner__title" id="notice-title">${m.noticeTitle}</p>
    <div class="banner__body">${texts.map((text) => html`<p>${text}</p>`)}</div>
  </div>`;
}

export function storageBanners(m: ShellMessages, state: StorageState, actions: StorageActions): TemplateResult {
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
    title: m.unreadableTitle,
    body: m.unreadableBody,
    problems: m.unreadableProblems,
    found: m.unreadableFound,
    export: m.exportUnreadable,
    delete: m.deleteUnreadable,
    confirmDelete: m.confirmDeleteUnreadable,
    yesDelete: m.yesDelete,
    cancel: m.cancel,
    locale: m.locale,
  });
  return html`${notices(m, state)} ${unreadable} ${problem}`;
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
function deleteQuestion(m: ShellMessages, actions: Actions): TemplateResult {
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') actions.cancelDelete();
  };
  return html`<div class="inset confirm" id="confirm-delete-panel" role="group" aria-labelledby="confirm-delete-title" @keydown=${onEscape}>
    <p class="label" id="confirm-delete-title">${m.confirmDeleteTitle}</p>
    <p>${m.confirmDeleteBody}</p>
    <div class="button-group">
      <button type="button" class="button button--warning" id="confirm-delete" @click=${actions.confirmDelete}>${m.yesDelete}</button>
      <button type="button" class="button button--secondary" id="cancel-delete" @click=${actions.cancelDelete}>${m.cancel}</button>
    </div>
  </div>`;
}

export function actionsView(
  m: ShellMessages,
  state: { canPrint: boolean; asking: boolean; announcement: string },
  actions: Actions,
): TemplateResult {
  return html`<div class="actions no-print" part="actions">
    ${
      state.canPrint
        ? html`<div class="button-group">
          <button type="button" class="button button--secondary" @click=${actions.print}>${m.print}</button>
          <button type="button" class="button button--secondary" id="download-pdf" @click=${actions.pdf}>${m.downloadPdf}</button>
        </div>`
        : nothing
    }
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
