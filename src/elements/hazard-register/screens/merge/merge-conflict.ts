import { html, nothing, type TemplateResult } from 'lit';
import { mergeKey, type MergeItem } from '../../../../core/register/index.ts';
import { describeRecord } from '../../../../storage/register/audit.ts';
import type { RegisterMessages } from '../../messages.ts';
import { radios } from '../../common/record-fields.ts';

export type Conflict = Extract<MergeItem, { kind: 'conflict' }>;
export type VersionChoice = 'here' | 'there' | 'fields';

/** A record in words, e.g. 'Property P-104' or 'Fire (hazard 24), found 2 March 2026'. */
export function describeItem(item: MergeItem): string {
  const record =
    'here' in item && item.here !== null ? item.here : (item as Extract<MergeItem, { there: unknown }>).there;
  return describeRecord(item.store, record);
}

/** A stored value as a person reads it. */
export function showValue(m: RegisterMessages, value: unknown): string {
  if (value === null || value === undefined || value === '') return m.empty;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A field's name as a person reads it: 'resolvedOn' → 'Resolved on'. */
export function fieldName(field: string): string {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The id of the conflict's radios, for the error summary to jump to. */
export const conflictId = (index: number) => `conflict-${index}`;
export const fieldId = (index: number, field: string) => `conflict-${index}-${field}`;

/**
 * One record both devices changed: a table of what differs, then the person's choice — this register's
 * version, the backup's, or field by field (not for a record deleted here, which is kept deleted or brought back).
 */
export function conflictView(options: {
  m: RegisterMessages;
  conflict: Conflict;
  index: number;
  choice: VersionChoice | '';
  fields: Readonly<Record<string, 'here' | 'there'>>;
  errors: Readonly<Record<string, string>>;
  choose: (choice: VersionChoice) => void;
  chooseField: (field: string, side: 'here' | 'there') => void;
}): TemplateResult {
  const { m, conflict, index, choice } = options;
  const what = describeItem(conflict);
  const deletedHere = conflict.here === null;
  return html`<section class="panel merge-conflict" aria-labelledby="${conflictId(index)}-title" data-key=${mergeKey(conflict)}>
    <h3 id="${conflictId(index)}-title">${what}</h3>
    ${
      deletedHere
        ? html`<p>${m.deletedHereChangedThere}</p>`
        : html`<div class="table-wrap"><table class="table--stack">
          <caption class="table-caption">${m.conflictTable(what)}</caption>
          <thead><tr><th scope="col">${m.colField}</th><th scope="col">${m.colHere}</th><th scope="col">${m.colThere}</th></tr></thead>
          <tbody>${conflict.fields.map(
            (f) => html`<tr><th scope="row">${fieldName(f.field)}</th>
              <td data-label=${m.colHere}>${showValue(m, f.here)}</td>
              <td data-label=${m.colThere}>${showValue(m, f.there)}</td></tr>`,
          )}</tbody>
        </table></div>`
    }
    ${radios({
      id: conflictId(index),
      label: m.chooseVersion(what),
      value: choice,
      error: options.errors[conflictId(index)],
      choices: deletedHere
        ? [
            ['here', m.keepDeleted],
            ['there', m.takeThere],
          ]
        : [
            ['here', m.keepHere],
            ['there', m.takeThere],
            ['fields', m.byField],
          ],
      onInput: (value) => options.choose(value as VersionChoice),
    })}
    ${
      choice === 'fields'
        ? conflict.fields.map((f) =>
            radios({
              id: fieldId(index, f.field),
              label: m.whichValue(fieldName(f.field).toLowerCase()),
              value: options.fields[f.field] ?? '',
              inline: true,
              error: options.errors[fieldId(index, f.field)],
              choices: [
                ['here', `${m.colHere}: ${showValue(m, f.here)}`],
                ['there', `${m.colThere}: ${showValue(m, f.there)}`],
              ],
              onInput: (value) => options.chooseField(f.field, value as 'here' | 'there'),
            }),
          )
        : nothing
    }
  </section>`;
}
