import { css } from 'lit';

/** The hazard cards and their photos: adopted when the scoring part arrives. */
export const scoringStyles = css`
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
  .hazard-card__head h3:focus {
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
  @media (max-width: 40rem) {
    .spread-row {
      grid-template-columns: 1fr;
    }
  }
  .input--likelihood {
    max-width: 32em;
  }
`;
