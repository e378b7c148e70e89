import { css } from 'lit';

export const errorSummaryStyles = css`
  .error-summary {
    margin: 0 0 1.5rem;
    padding: 1rem;
    border: 5px solid var(--_error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary__title {
    margin-top: 0;
    font-size: 1.5rem;
  }
  .error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary__list li {
    margin-bottom: 0.3rem;
  }
  .error-summary__list a {
    color: var(--_error);
    font-weight: 700;
  }
`;
