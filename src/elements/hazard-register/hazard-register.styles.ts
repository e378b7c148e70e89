import { css } from 'lit';

/** The register's own patterns on top of the shared GOV.UK styles: menu, filters, tables that stack at 320 px, tags. */
const layoutStyles = css`
  :host {
    max-width: 60rem;
  }
  .service-nav {
    margin: 0 0 1.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .service-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .service-nav__link {
    display: inline-block;
    padding: 0.6rem 0 0.5rem;
    border-bottom: 4px solid transparent;
    font-weight: 700;
    text-decoration: none;
  }
  .service-nav__link[aria-current='page'] {
    border-bottom-color: var(--_accent);
    color: var(--_text);
  }
  /* The shared width classes lose to input[type=…] in specificity; these restore them. */
  input.input--short {
    max-width: 8em;
  }
  input.input--medium,
  select.input--medium {
    max-width: 20em;
  }
  input[type='datetime-local'] {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.3rem;
    border: 2px solid var(--_input-border);
    border-radius: 0;
    font: inherit;
    color: inherit;
    background: var(--_surface);
  }
  input[type='datetime-local']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  button.link {
    text-align: left;
  }
  .caption {
    display: block;
    margin-bottom: 0.25rem;
    color: var(--_secondary);
    font-size: 1.1875rem;
  }
  h1:focus {
    outline: 3px solid transparent;
  }
  .back {
    display: inline-block;
    margin-bottom: 1rem;
    font-size: 1rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
    align-items: flex-end;
  }
  .filters .form-group {
    margin-bottom: 1rem;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .search-row input {
    flex: 1 1 12rem;
    width: auto;
  }
  .search-row .button {
    margin: 0;
    width: auto;
  }
  .tag--blue {
    color: #0c2d4a;
    background: #bbd4ea;
  }
  .tag--overdue {
    color: #fff;
    background: var(--_error);
    border-color: var(--_error);
  }
  .row--overdue td:first-child {
    box-shadow: inset 5px 0 0 var(--_error);
    padding-left: 0.6rem;
  }
  .table-caption {
    margin-bottom: 0.5rem;
    font-weight: 700;
    text-align: left;
  }
  .pagination {
    margin: 0 0 1.5rem;
  }
  .pagination__summary {
    margin-bottom: 0.5rem;
  }
  .list {
    margin: 0 0 1rem;
    padding-left: 1.25rem;
  }
  .form-section {
    margin: 0 0 1.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
  }
  .section-legend {
    padding: 0 0.25rem;
    font-size: 1.1875rem;
  }
  .score-result {
    min-height: 1.5em;
    margin-top: -0.75rem;
  }
  .choice .hint {
    display: block;
    margin: 0.1rem 0 0;
  }
  @media (max-width: 40rem) {
    .filters {
      display: block;
    }
    .search-row .button {
      width: auto;
    }
  }
`;

/** The record screens' own styles (record.styles.ts) come with the first of those screens (see screens.ts). */
export const registerStyles = [layoutStyles];
