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

function describedBy(options: FieldOptions): string | undefined {
  const ids = [options.hint ? `${options.id}-hint` : '', options.error ? `${options.id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function top(options: FieldOptions): TemplateResult {
  return html`${options.hint ? html`<span class="hint" id="${options.id}-hint">${options.hint}</span>` : nothing}
    ${options.error ? html`<span class="error-message" id="${options.id}-error"><span class="visually-hidden">Error:</span> ${options.error}</span>` : nothing}`;
}

const group = (error: string | undefined) => (error ? 'form-group form-group--error' : 'form-group');

export function textField(options: FieldOptions & { type?: 'text' | 'date' | 'datetime-local' | 'number' | 'search'; width?: 'short' | 'medium'; autocomplete?: string; inputmode?: string }): TemplateResult {
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

export function textArea(options: FieldOptions): TemplateResult {
  return html`<div class=${group(options.error)}>
    <label class="label" for=${options.id}>${options.label}</label>
    ${top(options)}
    <textarea id=${options.id} name=${options.id} .value=${options.value} aria-describedby=${ifDefined(describedBy(options))}
      aria-invalid=${options.error ? 'true' : 'false'}
      @input=${(event: Event) => options.onInput((event.target as HTMLTextAreaElement).value)}></textarea>
  </div>`;
}

export function selectField(options: FieldOptions & { choices: readonly (readonly [string, string])[]; width?: 'medium' }): TemplateResult {
  return html`<div class=${group(options.error)}>
    <label class="label" for=${options.id}>${options.label}</label>
    ${top(options)}
    <select id=${options.id} name=${options.id} class=${options.width ? `input--${options.width}` : ''} aria-describedby=${ifDefined(describedBy(options))} aria-invalid=${options.error ? 'true' : 'false'}
      @change=${(event: Event) => options.onInput((event.target as HTMLSelectElement).value)}>
      ${options.choices.map(([value, label]) => html`<option value=${value} ?selected=${value === options.value}>${label}</option>`)}
    </select>
  </div>`;
}

/** Radios in a fieldset with a legend; nothing is chosen until the user chooses (GOV.UK: no pre-selected radios). */
export function radios(options: FieldOptions & { choices: readonly (readonly [string, string, string?])[]; inline?: boolean }): TemplateResult {
  return html`<div class=${group(options.error)}>
    <fieldset aria-describedby=${ifDefined(describedBy(options))}>
      <legend>${options.label}</legend>
      ${top(options)}
      <div class="choices ${options.inline ? 'choices--inline' : ''}">
        ${options.choices.map(([value, label, hint], index) => {
          const id = index === 0 ? options.id : `${options.id}-${value}`;
          return html`<div class="choice">
            <input type="radio" id=${id} name=${options.id} .value=${value} .checked=${value === options.value}
              aria-describedby=${ifDefined(hint ? `${id}-item-hint` : undefined)}
              @change=${() => options.onInput(value)} />
            <label for=${id}>${label}${hint ? html`<span class="hint" id="${id}-item-hint">${hint}</span>` : nothing}</label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export function checkbox(options: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }): TemplateResult {
  return html`<div class="form-group"><div class="choice">
    <input type="checkbox" id=${options.id} .checked=${options.checked} aria-describedby=${ifDefined(options.hint ? `${options.id}-hint` : undefined)}
      @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)} />
    <label for=${options.id}>${options.label}${options.hint ? html`<span class="hint" id="${options.id}-hint">${options.hint}</span>` : nothing}</label>
  </div></div>`;
}
