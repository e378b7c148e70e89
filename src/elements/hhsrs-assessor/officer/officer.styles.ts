import { css } from 'lit';

/** What the first screen needs; each part brings the rest of its own styles when it arrives. */
export const officerStyles = css`
  :host {
    display: block;
    max-width: 60rem;
  }
  h1:focus,
  h2:focus {
    outline: 3px solid var(--_focus);
  }
  .hazard-choices {
    margin: 0 0 1rem;
    padding-left: 0;
    list-style: none;
    columns: 2 18rem;
  }
  .hazard-choices li {
    margin-bottom: 0.4rem;
    break-inside: avoid;
  }
  .hazard-choices .link {
    text-align: left;
  }
  .drafts {
    padding-left: 0;
    list-style: none;
  }
  .drafts li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .drafts .button-group {
    gap: 1rem;
  }
  .banner__title {
    font-size: 1.1875rem;
  }
`;
