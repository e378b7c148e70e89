import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * GOV.UK form fields as small templates: label, hint, error message (with a hidden "Error:" for screen
 * readers), the control with aria-describedby and aria-invalid. Ids are unique within the register.
 */
export interface FieldOptions {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
}

export function describedBy(options: FieldOptions): string | undefined {
  const ids = [options.hint ? `${options.id}-hint` : '', options.error ? `${options.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

export function top(options: FieldOptions): TemplateResult {
  return html`${options.hint ? html`<span class="hint" id="${options.id}-hint">${options.hint}</span>` : nothing}
    ${options.error ? html`<span class="error-message" id="${options.id}-error"><span class="visually-hidden">Error:</span> ${options.error}</span>` : nothing}`;
}

export const group = (error: string | undefined) => (error ? 'form-group form-group--error' : 'form-group');

export function textField(
  options: FieldOptions & {
    type?: 'text' | 'date' | 'datetime-local' | 'number' | 'search' | 'time';
    width?: 'short' | 'medium';
    autocomplete?: string;
    inputmode?: string;
  },
): TemplateResult {
  return html`<div class=${group(options.error)}>
    <label class="label" for=${options.id}>${options.label}</label>
    ${top(options)}
    <input
      id=${options.id}
      name=${options.id}
      type=${options.type ?? 'text'}
      class=${options.width ? `input--${options.width}` : ''}
      .value=${options.value}
      autocomplete=${ifDefined(options.autocomplete)}
      inputmode=${ifDefined(options.inputmode)}
      aria-describedby=${ifDefined(describedBy(options))}
      aria-invalid=${options.error ? 'true' : 'false'}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function selectField(
  options: FieldOptions & { choices: readonly (readonly [string, string])[]; width?: 'medium' },
): TemplateResult {
  return html`<div class=${group(options.error)}>
    <label class="label" for=${options.id}>${options.label}</label>
    ${top(options)}
    <select id=${options.id} name=${options.id} class=${options.width ? `input--${options.width}` : ''} aria-describedby=${ifDefined(describedBy(options))} aria-invalid=${options.error ? 'true' : 'false'}
      @change=${(event: Event) => options.onInput((event.target as HTMLSelectElement).value)}>
      ${options.choices.map(([value, label]) => html`<option value=${value} ?selected=${value === options.value}>${label}</option>`)}
    </select>
  </div>`;
}
