import { css } from 'lit';

/** Record pages: action cards, evidence with thumbnails, history, timelines, report items. */
export const recordStyles = css`
  .action-card {
    margin: 0 0 1.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-left: 5px solid var(--_accent);
  }
  .action-card h3 {
    margin-top: 0;
  }
  h4 {
    margin: 1rem 0 0.5rem;
    font-size: 1.1875rem;
  }
  .evidence-list {
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .evidence {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .evidence p {
    margin-bottom: 0.25rem;
  }
  .evidence__photo {
    flex: none;
    width: 6rem;
    height: 4.5rem;
    object-fit: cover;
    border: 1px solid var(--_border);
  }
  .hash {
    overflow-wrap: anywhere;
  }
  .history__list {
    padding-left: 1.25rem;
  }
  .history__changes {
    margin: 0 0 1rem;
    font-size: 1rem;
  }
  .history__changes td {
    overflow-wrap: anywhere;
  }
  .notice-timeline {
    margin: 1rem 0;
  }
  .report-item {
    margin: 0 0 1.5rem;
  }
  .report-item h3 {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .failing-list > li {
    margin-bottom: 0.75rem;
  }
  .problem-list code {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .report-table th[scope='row'] {
    font-weight: 400;
  }
  @media (max-width: 40rem) {
    .evidence {
      flex-direction: column;
    }
  }
`;
