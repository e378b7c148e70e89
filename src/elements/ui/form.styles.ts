import { css } from 'lit';

/** GOV.UK form patterns: labels, hints, inputs, radios, checkboxes, errors, with the yellow focus state. */
export const formStyles = css`
  .form-group {
    margin: 0 0 1.5rem;
  }
  .form-group--error {
    padding-left: 0.75rem;
    border-left: 5px solid var(--_error);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .label {
    display: block;
    margin-bottom: 0.3rem;
    font-weight: 700;
  }
  legend {
    max-width: 100%;
    white-space: normal;
  }
  .hint {
    display: block;
    margin-bottom: 0.6rem;
    color: var(--_secondary);
  }
  /* The character count's live region stays in place while empty, so its first words are announced. */
  .character-count { margin: 0.25rem 0 0; }
  .character-count:empty { margin: 0; }
  .error-message {
    display: block;
    margin-bottom: 0.6rem;
    color: var(--_error);
    font-weight: 700;
  }
  /* :where() keeps these at zero specificity, so width classes such as .input--short take effect. */
  :where(input[type='text'], input[type='number'], input[type='date'], input[type='datetime-local'], input[type='search'], input[type='email'], input[type='tel'], input[type='url'], select, textarea) {
    width: 100%;
    max-width: 100%;
    min-height: 2.5rem;
    padding: 0.3rem;
    border: 2px solid var(--_input-border);
    border-radius: 0;
    font: inherit;
    color: inherit;
    background: var(--_surface);
  }
  .input--short {
    max-width: 8em;
  }
  .input--medium {
    max-width: 20em;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  .form-group--error input,
  .form-group--error select,
  .form-group--error textarea,
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  input:focus,
  select:focus,
  textarea:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
  }
  .choice input {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0;
    accent-color: var(--_text);
  }
  .choice input:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice label {
    padding-top: 0.15rem;
  }
`;
