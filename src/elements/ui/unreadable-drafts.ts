import { html, nothing, type TemplateResult } from 'lit';
import { downloadBlob } from '../../print/download.ts';
import type { DraftController, UnreadableDraft } from '../controllers/draft-controller.ts';

/** The banner's words, from the element's catalogue. */
export interface UnreadableWords {
  title: string;
  body: string;
  problems: string;
  found: (when: string) => string;
  export: string;
  delete: string;
  /** Asked before the record is deleted (GOV.UK: a warning, then a red button that says what it does). */
  confirmDelete: string;
  yesDelete: string;
  cancel: string;
  /** For the date and time it was set aside, e.g. 'en-GB'. */
  locale: string;
}

/** Downloads the record exactly as it was found in storage. */
export function exportUnreadable(item: UnreadableDraft): void {
  const name = `unreadable-record-${item.setAsideAt.replace(/[^0-9]/g, '').slice(0, 14)}.json`;
  downloadBlob(new Blob([JSON.stringify(item.raw, null, 2)], { type: 'application/json' }), name);
}

/**
 * Each stored draft that could not be read: that it is kept, what in it could not be read (by path), and
 * the ways on: export it as it is, or delete it. Listed until the user deletes it.
 */
export function unreadableDrafts<T>(
  draft: DraftController<T>,
  words: UnreadableWords,
): TemplateResult | typeof nothing {
  if (draft.unreadable.length === 0) return nothing;
  return html`${draft.unreadable.map((item, n) => {
    const id = `unreadable-${n}`;
    const when = new Date(item.setAsideAt).toLocaleString(words.locale);
    const asking = draft.deletingUnreadable === item.key;
    return html`<div class="banner banner--error no-print" role="region" aria-labelledby=${id}
      data-unreadable=${item.key}>
      <p class="banner__title" id=${id}>${words.title}</p>
      <div class="banner__body">
        <p>${words.body}</p>
        <p class="secondary small">${words.found(when)}</p>
        ${
          item.problems.length
            ? html`<p>${words.problems}</p>
              <ul class="list">${item.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>`
            : nothing
        }
        <div class="button-group">
          <button type="button" class="button" @click=${() => exportUnreadable(item)}>${words.export}</button>
          <button type="button" class="button button--secondary" aria-expanded=${asking ? 'true' : 'false'}
            @click=${() => draft.askDeleteUnreadable(item.key)}>${words.delete}</button>
        </div>
        ${asking ? confirm(draft, item.key, words) : nothing}
      </div>
    </div>`;
  })}`;
}

/** The warning before an unreadable record is deleted; Escape or Cancel keeps it. */
function confirm<T>(draft: DraftController<T>, key: string, words: UnreadableWords): TemplateResult {
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') draft.askDeleteUnreadable(undefined);
  };
  return html`<div class="inset confirm" role="group" aria-label=${words.confirmDelete} @keydown=${onEscape}
    data-confirm-unreadable>
    <p class="warning-text"><strong>${words.confirmDelete}</strong></p>
    <div class="button-group">
      <button type="button" class="button button--warning" id="confirm-delete-unreadable"
        @click=${() => void draft.deleteUnreadable(key)}>${words.yesDelete}</button>
      <button type="button" class="button button--secondary" @click=${() => draft.askDeleteUnreadable(undefined)}>
        ${words.cancel}</button>
    </div>
  </div>`;
}
