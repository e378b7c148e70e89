import { css } from 'lit';

export const officerStyles = css`
  :host {
    display: block;
    max-width: 60rem;
  }
  .hazard-card {
    margin: 0 0 2rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-top: 5px solid var(--_accent);
  }
  .hazard-card__head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .hazard-card__head h3 {
    margin: 0;
    font-size: 1.5rem;
  }
  .hazard-card__head h3:focus,
  h1:focus,
  h2:focus {
    outline: 3px solid var(--_focus);
  }
  .tags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .spread-grid {
    display: grid;
    gap: 0.75rem;
  }
  .spread-row {
    display: grid;
    grid-template-columns: 6rem minmax(0, 1fr);
    gap: 0.5rem;
    align-items: center;
  }
  .spread-row .label {
    margin: 0;
  }
  .worked-out {
    display: block;
    padding: 0.4rem 0;
    font-weight: 700;
  }
  .working-panel h4 {
    margin-top: 0;
  }
  .working {
    font-size: 1.1875rem;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
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
  /* A finalised assessment shows its document (the PDF's model) on screen in place of the inputs. */
  .document .print-only {
    display: block;
  }
  @media screen {
    .document {
      margin-top: 2rem;
      padding-top: 0.5rem;
      border-top: 5px solid var(--_accent);
    }
    .document h1 {
      display: none;
    }
    /* The document's tables are laid out for A4; on a narrow screen they tighten rather than overflow. */
    .document th,
    .document td {
      padding-right: 0.5rem;
      overflow-wrap: anywhere;
    }
  }
  @media screen and (max-width: 40rem) {
    .document table {
      font-size: 0.875rem;
    }
  }
  .banner__title {
    font-size: 1.1875rem;
  }
  .fingerprint code {
    display: block;
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    overflow-wrap: anywhere;
    word-break: break-all;
  }
  .check--ok {
    padding: 0.5rem 0.75rem;
    border-left: 5px solid var(--_success);
    font-weight: 700;
  }
  .statement {
    margin-top: 2rem;
  }
  .photo-list {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .photo-list li {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
    max-width: 10rem;
    overflow-wrap: anywhere;
  }
  .photo-list img,
  .photo-placeholder {
    width: 120px;
    height: 90px;
    object-fit: cover;
    border: 1px solid var(--_border);
  }
  .photo-placeholder {
    display: grid;
    place-items: center;
    background: var(--_panel);
    font-size: 1rem;
  }
  .deadline h4 {
    margin: 1.5rem 0 0.5rem;
  }
  @media (max-width: 40rem) {
    .spread-row {
      grid-template-columns: 1fr;
    }
  }
`;
export const likelihoodWidth = css`
  .input--likelihood {
    max-width: 32em;
  }
`;
