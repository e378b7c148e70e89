import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { characterCount, countId, overBy, type CountWords } from '../../../ui/character-count.ts';
import { describedBy, errorMessage, hint, type FieldCommon, type Option } from '../form/fields.ts';

/** The fields only a person's or room's card has (fetched with the cards); the GOV.UK patterns as in ../form/fields.ts. */

export function textField(
  field: FieldCommon & {
    value: string;
    numeric?: boolean;
    width?: 'short' | 'medium';
    note?: string | undefined;
    /** A free-text field's longest length, with the words of its character count. */
    limit?: { length: number; words: CountWords };
    onInput: (value: string) => void;
  },
): TemplateResult {
  const noteId = field.note ? `${field.id}-note` : undefined;
  const limit = field.limit;
  const over = limit ? overBy(field.value, limit.length) > 0 : false;
  const extra = [noteId, limit ? countId(field.id) : undefined].filter(Boolean).join(' ') || undefined;
  return html`<div class="form-group ${field.error || over ? 'form-group--error' : ''}">
    <label class="label" for=${field.id}>${field.label}</label>
    ${hint(field)} ${errorMessage(field)}
    <input
      class=${field.width ? `input--${field.width}` : ''}
      id=${field.id}
      type="text"
      inputmode=${ifDefined(field.numeric ? 'decimal' : undefined)}
      autocomplete="off"
      spellcheck="false"
      .value=${live(field.value)}
      aria-describedby=${ifDefined(describedBy(field, extra))}
      aria-invalid=${field.error || over ? 'true' : 'false'}
      @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).value)}
    />
    ${limit ? characterCount(field.id, field.value, limit.length, limit.words) : nothing}
    ${field.note ? html`<p class="hint field-note" id=${noteId as string}>${field.note}</p>` : nothing}
  </div>`;
}

/** Options in labelled groups (`<optgroup>`), after any ungrouped `options`. */
export interface OptionGroup {
  label: string;
  options: readonly Option[];
}

export function selectField(
  field: FieldCommon & {
    value: string;
    options: readonly Option[];
    groups?: readonly OptionGroup[];
    onChange: (value: string) => void;
  },
): TemplateResult {
  const option = (choice: Option) =>
    html`<option value=${choice.value} .selected=${live(choice.value === field.value)}>${choice.label}</option>`;
  return html`<div class="form-group ${field.error ? 'form-group--error' : ''}">
    <label class="label" for=${field.id}>${field.label}</label>
    ${hint(field)} ${errorMessage(field)}
    <select
      id=${field.id}
      class="input--medium"
      aria-describedby=${ifDefined(describedBy(field))}
      aria-invalid=${field.error ? 'true' : 'false'}
      @change=${(event: Event) => field.onChange((event.target as HTMLSelectElement).value)}
    >
      ${field.options.map(option)}
      ${(field.groups ?? []).map((group) => html`<optgroup label=${group.label}>${group.options.map(option)}</optgroup>`)}
    </select>
  </div>`;
}
