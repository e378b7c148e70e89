import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, errorMessage, hint, type FieldCommon, type Option } from '../form/fields.ts';

/** The select only a room's card has (fetched with the cards); the GOV.UK patterns as in ../form/fields.ts. */

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
