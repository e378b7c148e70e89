import { css } from 'lit';

export const packMakerStyles = css`
  :host {
    display: block;
  }
  .row {
    margin: 0 0 1rem;
    padding: 0.75rem;
    border: 1px solid var(--_border, #b1b4b6);
  }
  /* Boxes sit side by side where there is room and stack at 320 px. */
  .row__fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    align-items: flex-end;
  }
  .row__fields .form-group {
    margin-bottom: 0.75rem;
    max-width: 100%;
  }
  .verdict {
    margin: 0 0 0.75rem;
  }
  input[type='text'] {
    max-width: 100%;
  }
`;
