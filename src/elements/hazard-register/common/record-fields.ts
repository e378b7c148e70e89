import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, group, top, type FieldOptions } from './fields.ts';

/** The fields only the later screens' forms use (fields.ts has those of the first screen), in the same GOV.UK patterns. */

export function textArea(options: FieldOptions): TemplateResult {
  return html`<div class=${group(options.error)}>
    <label class="label" for=${options.id}>${options.label}</label>
    ${top(options)}
    <textarea id=${options.id} name=${options.id} .value=${options.value} aria-describedby=${ifDefined(describedBy(options))}
      aria-invalid=${options.error ? 'true' : 'false'}
      @input=${(event: Event) => options.onInput((event.target as HTMLTextAreaElement).value)}></textarea>
  </div>`;
}

/** Radios in a fieldset with a legend; nothing is chosen until the user chooses (GOV.UK: no pre-selected radios). */
export function radios(
  options: FieldOptions & { choices: readonly (readonly [string, string, string?])[]; inline?: boolean },
): TemplateResult {
  return html`<div class=${group(options.error)}>
    <fieldset aria-describedby=${ifDefined(describedBy(options))}>
      <legend>${options.label}</legend>
      ${top(options)}
      <div class="choices ${options.inline ? 'choices--inline' : ''}">
        ${options.choices.map(([value, label, hint], index) => {
          const id = index === 0 ? options.id : `${options.id}-${value}`;
          return html`<div class="choice">
            <input type="radio" id=${id} name=${options.id} .value=${value} .checked=${live(value === options.value)}
              aria-describedby=${ifDefined(hint ? `${id}-item-hint` : undefined)}
              @change=${() => options.onInput(value)} />
            <label for=${id}>${label}${hint ? html`<span class="hint" id="${id}-item-hint">${hint}</span>` : nothing}</label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export function checkbox(options: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): TemplateResult {
  return html`<div class="form-group"><div class="choice">
    <input type="checkbox" id=${options.id} .checked=${live(options.checked)} aria-describedby=${ifDefined(options.hint ? `${options.id}-hint` : undefined)}
      @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)} />
    <label for=${options.id}>${options.label}${options.hint ? html`<span class="hint" id="${options.id}-hint">${options.hint}</span>` : nothing}</label>
  </div></div>`;
}
