import { html, type TemplateResult } from 'lit';

/** The words of a character count, from the element's catalogue. */
export interface CountWords {
  remaining: (count: number) => string;
  tooMany: (count: number) => string;
}

/** The count appears from this share of the limit on: earlier, on a 20,000-character field, it is only noise. */
const SHOW_FROM = 0.9;

/** Characters over `limit` (0 when within it). */
export function overBy(text: string, limit: number): number {
  return Math.max(0, text.length - limit);
}

/** The id of the count for field `id`, for the field's aria-describedby. */
export function countId(id: string): string {
  return `${id}-count`;
}

/**
 * GOV.UK's character count under a field: "You have 120 characters remaining", then, over the limit, "You have
 * 15 characters too many" as the field's error. Nothing typed is refused; the draft is held until it fits.
 * The region is always present, so a screen reader is told politely as the words appear and change.
 */
export function characterCount(id: string, text: string, limit: number, words: CountWords): TemplateResult {
  const over = overBy(text, limit);
  const shown = text.length >= limit * SHOW_FROM;
  const message = over > 0 ? words.tooMany(over) : shown ? words.remaining(limit - text.length) : '';
  return html`<p id=${countId(id)} class="character-count ${over > 0 ? 'error-message' : 'hint'}" aria-live="polite"
    data-count>${message}</p>`;
}
