import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { characterCount, countId, overBy, type CountWords } from '../../ui/character-count.ts';

/**
 * GOV.UK question patterns. A question page's legend holds the page's h1 (one question per page); the first
 * option's id is the group name, so the error summary can link to it.
 */
export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface GroupOptions {
  name: string;
  /** The question: the page heading. */
  title: string;
  /** The topic, above the heading. */
  caption?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  options: readonly Option[];
  /** One of several questions on a page: its legend is a plain label under the page's own heading. */
  subQuestion?: boolean;
}

export function optionId(name: string, index: number, value: string): string {
  return index === 0 ? name : `${name}-${value}`;
}

function legend(group: Pick<GroupOptions, 'title' | 'caption' | 'subQuestion'>): TemplateResult {
  if (group.subQuestion) return html`<legend class="legend--question">${group.title}</legend>`;
  return html`<legend class="legend--page">
    ${group.caption ? html`<span class="caption">${group.caption}</span>` : nothing}
    <h1 id="page-title" tabindex="-1">${group.title}</h1>
  </legend>`;
}

function messages(group: GroupOptions): TemplateResult {
  return html`${group.hint ? html`<div id="${group.name}-hint" class="hint">${group.hint}</div>` : nothing}
  ${
    group.error
      ? html`<p id="${group.name}-error" class="error-message"><span class="visually-hidden">${group.errorPrefix}</span> ${group.error}</p>`
      : nothing
  }`;
}

function describedBy(group: GroupOptions): string | typeof nothing {
  const ids = [group.hint ? `${group.name}-hint` : '', group.error ? `${group.name}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function item(
  group: GroupOptions,
  option: Option,
  index: number,
  type: 'radio' | 'checkbox',
  checked: boolean,
  onChange: (checked: boolean) => void,
): TemplateResult {
  const id = optionId(group.name, index, option.value);
  return html`<div class="choice">
    <input
      type=${type}
      id=${id}
      name=${group.name}
      .value=${option.value}
      .checked=${live(checked)}
      aria-describedby=${option.hint ? `${id}-hint` : nothing}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    <div>
      <label for=${id}>${option.label}</label>
      ${option.hint ? html`<div id="${id}-hint" class="hint choice__hint">${option.hint}</div>` : nothing}
    </div>
  </div>`;
}

/**
 * Each question gets inputs of its own: reused radios change group as their names are updated one by one,
 * and a browser then unticks the answer just shown (going Back sometimes showed nothing chosen).
 */
function fresh(group: GroupOptions, question: TemplateResult): TemplateResult {
  return html`${keyed(`${group.name}\n${group.title}`, question)}`;
}

/** Radios: nothing is selected until the tenant chooses (no pre-selected answers). */
export function radios(group: GroupOptions, value: string | null, onChange: (value: string) => void): TemplateResult {
  return fresh(
    group,
    html`<div class="form-group ${group.error ? 'form-group--error' : ''}" part="question">
    <fieldset aria-describedby=${describedBy(group)}>
      ${legend(group)} ${messages(group)}
      <div class="choices">
        ${group.options.map((option, index) => item(group, option, index, 'radio', value === option.value, () => onChange(option.value)))}
      </div>
    </fieldset>
  </div>`,
  );
}

/** Checkboxes; `exclusive` is a "None of these" option that clears the others (and is cleared by them). */
export function checkboxes(
  group: GroupOptions & { or?: string },
  values: readonly string[],
  onChange: (values: string[]) => void,
  exclusive?: string,
): TemplateResult {
  const toggle = (value: string, checked: boolean) => {
    if (!checked) return onChange(values.filter((v) => v !== value));
    if (value === exclusive) return onChange([value]);
    return onChange([...values.filter((v) => v !== exclusive && v !== value), value]);
  };
  return fresh(
    group,
    html`<div class="form-group ${group.error ? 'form-group--error' : ''}" part="question">
    <fieldset aria-describedby=${describedBy(group)}>
      ${legend(group)} ${messages(group)}
      <div class="choices">
        ${group.options.map(
          (
            option,
            index,
          ) => html`${option.value === exclusive ? html`<div class="choices__divider">${group.or}</div>` : nothing}
          ${item(group, option, index, 'checkbox', values.includes(option.value), (checked) => toggle(option.value, checked))}`,
        )}
      </div>
    </fieldset>
  </div>`,
  );
}

export interface TextOptions {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  value: string;
  autocomplete?: string;
  multiline?: boolean;
  /** The most characters the field holds, with the count's words: counted down to, never cut off. */
  limit?: { max: number; words: CountWords };
  onInput: (value: string) => void;
}

/** A labelled text input or textarea with its hint and inline error. */
export function textField(field: TextOptions): TemplateResult {
  const tooLong = field.limit !== undefined && overBy(field.value, field.limit.max) > 0;
  const ids = [
    field.hint ? `${field.id}-hint` : '',
    field.error ? `${field.id}-error` : '',
    field.limit ? countId(field.id) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const invalid = field.error || tooLong ? 'true' : nothing;
  const input = (event: Event) => field.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="form-group ${field.error || tooLong ? 'form-group--error' : ''}">
    <label class="label" for=${field.id}>${field.label}</label>
    ${field.hint ? html`<div id="${field.id}-hint" class="hint">${field.hint}</div>` : nothing}
    ${
      field.error
        ? html`<p id="${field.id}-error" class="error-message"><span class="visually-hidden">${field.errorPrefix}</span> ${field.error}</p>`
        : nothing
    }
    ${
      field.multiline
        ? html`<textarea id=${field.id} name=${field.id} rows="4" autocomplete=${field.autocomplete ?? nothing} aria-describedby=${ids || nothing} aria-invalid=${invalid} .value=${field.value} @input=${input}></textarea>`
        : html`<input type="text" id=${field.id} name=${field.id} autocomplete=${field.autocomplete ?? nothing} aria-describedby=${ids || nothing} aria-invalid=${invalid} .value=${field.value} @input=${input} />`
    }
    ${field.limit ? characterCount(field.id, field.value, field.limit.max, field.limit.words) : nothing}
  </div>`;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateOptions {
  /** The first field's id is `${name}-day`, which the error summary links to. */
  name: string;
  title: string;
  caption?: string | undefined;
  hint: string;
  error?: string | undefined;
  errorPrefix: string;
  labels: DateParts;
  value: DateParts;
  subQuestion?: boolean;
  onInput: (patch: Partial<DateParts>) => void;
}

/** GOV.UK date input: day, month and year as separate numeric text fields, with the question as the page heading. */
export function dateInput(field: DateOptions): TemplateResult {
  const ids = [`${field.name}-hint`, field.error ? `${field.name}-error` : ''].filter(Boolean).join(' ');
  const part = (key: keyof DateParts, width: string) => {
    const id = `${field.name}-${key}`;
    // Capped so that what is saved always reads back (the draft allows 20 characters per part).
    const input = (event: Event) => field.onInput({ [key]: (event.target as HTMLInputElement).value.slice(0, 20) });
    return html`<div class="date-input__item">
      <label class="label" for=${id}>${field.labels[key]}</label>
      <input
        type="text"
        class="date-input__input ${width}"
        id=${id}
        name=${id}
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${field.error ? 'true' : nothing}
        .value=${field.value[key]}
        @input=${input}
      />
    </div>`;
  };
  return html`<div class="form-group ${field.error ? 'form-group--error' : ''}" part="question">
    <fieldset role="group" aria-describedby=${ids}>
      ${legend(field)}
      <div id="${field.name}-hint" class="hint">${field.hint}</div>
      ${
        field.error
          ? html`<p id="${field.name}-error" class="error-message"><span class="visually-hidden">${field.errorPrefix}</span> ${field.error}</p>`
          : nothing
      }
      <div class="date-input">${part('day', 'date-input__input--2')} ${part('month', 'date-input__input--2')} ${part('year', 'date-input__input--4')}</div>
    </fieldset>
  </div>`;
}
