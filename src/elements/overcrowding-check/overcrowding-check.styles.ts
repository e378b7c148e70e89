import { css } from 'lit';

export const overcrowdingStyles = css`
  :host {
    max-width: 48rem;
  }
  h2 {
    margin-top: 0;
    font-size: 2rem;
  }
  section > h3 {
    margin-top: 2rem;
    font-size: 1.5rem;
  }
  input.input--short {
    max-width: 8em;
  }
  input.input--medium {
    max-width: 20em;
  }
  .card {
    margin: 0 0 1.5rem;
    padding: 1rem 1rem 0.25rem;
    background: var(--_panel);
  }
  legend {
    padding: 0;
  }
  .card__title {
    margin-bottom: 1rem;
    font-size: 1.25rem;
  }
  .card .button {
    margin-bottom: 0.75rem;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
  }
  .choice__label {
    display: block;
    padding-top: 0.15rem;
  }
  .dimensions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .field-note {
    margin: 0.4rem 0 0;
    font-size: 0.85em;
  }
  .quick-add {
    margin: 0 0 1.5rem;
  }
  .quick-add .hint,
  .quick-add .label {
    margin-bottom: 0.5rem;
  }
  .results {
    margin-top: 2rem;
  }
  .results h3:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0.25rem;
  }
  .finding {
    margin: 0 0 2rem;
  }
  .finding h4,
  .inputs h4 {
    font-size: 1.3rem;
    margin: 0 0 0.75rem;
  }
  .finding--verdict {
    padding: 1rem;
    border: 5px solid var(--_text);
  }
  .finding__status {
    margin-bottom: 0.75rem;
  }
  .law {
    color: var(--_secondary);
    font-size: 0.85em;
  }
  .list {
    margin: 0 0 1rem;
    padding-left: 1.25rem;
  }
  .list li {
    margin-bottom: 0.3rem;
  }
  caption {
    margin-bottom: 0.5rem;
    font-weight: 700;
    text-align: left;
  }
  th,
  td {
    overflow-wrap: break-word;
  }
  @media (max-width: 40rem) {
    table {
      font-size: 1rem;
    }
    th,
    td {
      padding-right: 0.5rem;
    }
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
  }
  .actions {
    margin-top: 2rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
  }
  .actions .hint {
    margin: 0 0 1rem;
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .finding {
      break-inside: avoid;
    }
  }
`;
