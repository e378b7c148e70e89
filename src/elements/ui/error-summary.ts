import { html, nothing, type TemplateResult } from 'lit';

export interface FieldError {
  /** The id of the control to focus when the link is followed. */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK error summary: a titled list of links to each invalid field. The host focuses `.error-summary`
 * after rendering it (see focusErrorSummary) so a screen reader announces it.
 */
export function errorSummary(
  title: string,
  errors: readonly FieldError[],
  root: ShadowRoot | HTMLElement,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const jump = (event: Event, fieldId: string) => {
    event.preventDefault();
    const field = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId)}`);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  };
  return html`
    <div class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title" part="error-summary">
      <h2 id="error-summary-title" class="error-summary__title">${title}</h2>
      <ul class="error-summary__list">
        ${errors.map((error) => html`<li><a href="#${error.fieldId}" @click=${(e: Event) => jump(e, error.fieldId)}>${error.message}</a></li>`)}
      </ul>
    </div>
  `;
}

/** Moves focus to the error summary, if there is one, once the host has rendered it. */
export function focusErrorSummary(root: ShadowRoot | HTMLElement): void {
  root.querySelector<HTMLElement>('.error-summary')?.focus();
}
