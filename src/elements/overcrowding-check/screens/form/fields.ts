import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { characterCount, countId, overBy, type CountWords } from '../../../ui/character-count.ts';

/** GOV.UK form field patterns, with the hint and error wired to the control for screen readers. */

export interface FieldCommon {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
}

export function describedBy(field: FieldCommon, extra?: string): string | undefined {
  const ids = [field.hint ? `${field.id}-hint` : '', extra ?? '', field.error ? `${field.id}-error` : ''].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function errorMessage(field: FieldCommon): TemplateResult | typeof nothing {
  if (!field.error) return nothing;
  return html`<p class="error-message" id="${field.id}-error"><span class="visually-hidden">${field.errorPrefix}</span> ${field.error}</p>`;
}

export function hint(field: FieldCommon): TemplateResult | typeof nothing {
  return field.hint ? html`<div class="hint" id="${field.id}-hint">${field.hint}</div>` : nothing;
}

export interface Option {
  value: string;
  label: string;
}

/** Radios in a fieldset; the first radio's id is `${id}-${options[0].value}` (the error summary links to it). */
export function radioField(
  field: FieldCommon & {
    value: string;
    options: readonly Option[];
    inline?: boolean;
    onChange: (value: string) => void;
  },
): TemplateResult {
  return html`<div class="form-group ${field.error ? 'form-group--error' : ''}">
    <fieldset aria-describedby=${ifDefined(describedBy(field))}>
      <legend class="label">${field.label}</legend>
      ${hint(field)} ${errorMessage(field)}
      <div class="choices ${field.inline ? 'choices--inline' : ''}">
        ${field.options.map(
          (option) => html`<div class="choice">
            <input
              type="radio"
              id="${field.id}-${option.value}"
              name=${field.id}
              value=${option.value}
              .checked=${live(option.value === field.value)}
              @change=${() => field.onChange(option.value)}
            />
            <label for="${field.id}-${option.value}">${option.label}</label>
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

export function checkboxField(field: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): TemplateResult {
  return html`<div class="form-group">
    <div class="choice">
      <input
        type="checkbox"
        id=${field.id}
        .checked=${live(field.checked)}
        aria-describedby=${ifDefined(field.hint ? `${field.id}-hint` : undefined)}
        @change=${(event: Event) => field.onChange((event.target as HTMLInputElement).checked)}
      />
      <div>
        <label class="choice__label" for=${field.id}>${field.label}</label>
        ${field.hint ? html`<div class="hint" id="${field.id}-hint">${field.hint}</div>` : nothing}
      </div>
    </div>
  </div>`;
}

export function textField(
  field: FieldCommon & {
    value: string;
    numeric?: boolean;
    width?: 'short' | 'medium' | undefined;
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
