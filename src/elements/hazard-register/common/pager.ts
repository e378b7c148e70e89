import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from './format.ts';
import type { ShellMessages } from '../messages.ts';

/** "Showing 26 to 50 of 5,000" and Previous / Next buttons (GOV.UK pagination), for a list paged on an index. */
export function pager(
  m: ShellMessages,
  page: { offset: number; total: number; shown: number; size: number },
  go: (offset: number) => void,
  noun: string,
): TemplateResult {
  if (page.total === 0) return html``;
  const first = page.offset + 1;
  const last = page.offset + page.shown;
  return html`<nav class="pagination" aria-label=${m.paginationLabel(noun)}>
    <p class="pagination__summary" role="status">${m.showing(formatNumber(first), formatNumber(last), formatNumber(page.total), noun)}</p>
    <div class="button-group">
      ${
        page.offset > 0
          ? html`<button type="button" class="button button--secondary" @click=${() => go(Math.max(0, page.offset - page.size))}>${m.previousPage}</button>`
          : nothing
      }
      ${last < page.total ? html`<button type="button" class="button button--secondary" @click=${() => go(page.offset + page.size)}>${m.nextPage}</button>` : nothing}
    </div>
  </nav>`;
}
