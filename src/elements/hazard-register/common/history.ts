import { html, nothing, type TemplateResult } from 'lit';
import type { AuditEntry } from '../../../schema/register.ts';
import { formatDateTime } from './format.ts';
import type { RegisterMessages } from '../messages.ts';

const shown = (value: unknown, m: RegisterMessages) =>
  value === null || value === undefined || value === ''
    ? m.historyEmpty
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** The audit trail of a record, oldest first, in a details element: who, when, and each field before and after. */
export function historyView(m: RegisterMessages, entries: readonly AuditEntry[], id: string): TemplateResult {
  return html`<details class="history" id=${id}>
    <summary>${m.historySummary(entries.length)}</summary>
    <ol class="history__list">
      ${entries.map(
        (entry) => html`<li>
        <p><strong>${formatDateTime(entry.at)}</strong> — ${m.historyLine(entry.who, m[`change_${entry.change}`], entry.summary)}</p>
        ${
          entry.changes.length > 0 && entry.change === 'updated'
            ? html`<table class="history__changes table--stack">
              <caption class="visually-hidden">${m.historyChangesCaption}</caption>
              <thead><tr><th scope="col">${m.historyField}</th><th scope="col">${m.historyBefore}</th><th scope="col">${m.historyAfter}</th></tr></thead>
              <tbody>${entry.changes.map(
                (change) => html`<tr><th scope="row">${change.field}</th>
                  <td data-label=${m.historyBefore}>${shown(change.before, m)}</td>
                  <td data-label=${m.historyAfter}>${shown(change.after, m)}</td></tr>`,
              )}</tbody>
            </table>`
            : nothing
        }
      </li>`,
      )}
    </ol>
  </details>`;
}
