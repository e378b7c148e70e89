import { html, nothing, type TemplateResult } from 'lit';
import type { DraftController } from '../controllers/draft-controller.ts';
import { HhsrsErrorEvent, type HhsrsErrorKind } from '../events.ts';
import type { OvercrowdingDraft } from '../../schema/overcrowding.ts';
import type { OvercrowdingMessages } from './messages.ts';

/** The parts around the form: save status, storage problems, and the print / PDF / delete actions. */

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

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export function saveStatus(drafts: DraftController<OvercrowdingDraft>, m: OvercrowdingMessages): TemplateResult {
  const text =
    drafts.status === 'loading'
      ? m.loading
      : drafts.status === 'saving' || drafts.status === 'unsaved'
        ? m.saving
        : drafts.status === 'saved'
          ? drafts.savedAt ? m.saved(time(drafts.savedAt)) : m.savedNothing
          : '';
  return html`<p class="status-line no-print" role="status" part="status">${text}</p>`;
}

export function storageBanners(
  drafts: DraftController<OvercrowdingDraft>,
  m: OvercrowdingMessages,
  actions: { useOther: () => void; keepMine: () => void },
): TemplateResult {
  const notice = drafts.notice
    ? html`<div class="banner no-print" role="region" aria-labelledby="notice-title">
        <p class="banner__title" id="notice-title">${m.noticeTitle}</p>
        <div class="banner__body"><p>${drafts.notice}</p></div>
      </div>`
    : nothing;
  if (!drafts.error) return html`${notice}`;
  const conflict = drafts.status === 'conflict';
  return html`${notice}
    <div class="banner banner--error no-print" role="alert" aria-labelledby="save-problem-title">
      <p class="banner__title" id="save-problem-title">${conflict ? m.conflictTitle : m.saveFailedTitle}</p>
      <div class="banner__body">
        <p>${drafts.error.message}</p>
        ${conflict
          ? html`<div class="button-group">
              <button type="button" class="button button--secondary" @click=${actions.useOther}>${m.useOtherVersion}</button>
              <button type="button" class="button button--secondary" @click=${actions.keepMine}>${m.keepMine}</button>
            </div>`
          : nothing}
      </div>
    </div>`;
}

export function actionsView(
  m: OvercrowdingMessages,
  canPrint: boolean,
  actions: { print: () => void; pdf: () => unknown; remove: () => unknown },
  announcement: string,
): TemplateResult {
  return html`<div class="actions no-print" part="actions">
    ${canPrint
      ? html`<div class="button-group">
          <button type="button" class="button button--secondary" @click=${actions.print}>${m.print}</button>
          <button type="button" class="button button--secondary" id="download-pdf" @click=${actions.pdf}>${m.downloadPdf}</button>
        </div>`
      : nothing}
    <div class="button-group">
      <button type="button" class="button button--warning" id="delete-data" aria-describedby="delete-hint" @click=${actions.remove}>
        ${m.deleteData}
      </button>
      <span class="hint" id="delete-hint">${m.deleteHint}</span>
    </div>
    <p class="status-line" role="status" id="announcement">${announcement}</p>
  </div>`;
}
