import { css } from 'lit';

/**
 * Tables at every width. Headings never break inside a word; values may break anywhere, so a long reference,
 * file name or fingerprint wraps instead of widening the page.
 *
 * `.table--stack` at narrow widths (WCAG 1.4.10, reflow at 320 px): each row becomes a card, every value with
 * its column heading beside it (the cell's `data-label`), so no column, Category least of all, sits off-screen.
 * It stays a real table for screen readers: the heading row is hidden from sight only, and the visible labels
 * are generated content with empty alternative text, so no cell is read with its heading twice.
 */
export const tableStyles = css`
  .table-wrap { overflow-x: auto; margin-bottom: 1.5rem; }
  table { width: 100%; border-collapse: collapse; }
  th, td {
    padding: 0.5rem 1rem 0.5rem 0;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  th { font-weight: 700; overflow-wrap: normal; word-break: normal; hyphens: manual; }
  td { overflow-wrap: anywhere; }
  td.numeric, th.numeric { text-align: right; font-variant-numeric: tabular-nums; }
  @media (max-width: 40rem) {
    .table--stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .table--stack,
    .table--stack caption,
    .table--stack tbody,
    .table--stack tr,
    .table--stack th[scope='row'],
    .table--stack td {
      display: block;
      width: auto;
    }
    .table--stack tr {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--_border);
    }
    .table--stack th[scope='row'],
    .table--stack td {
      padding: 0.15rem 0;
      border: 0;
      text-align: left;
    }
    .table--stack [data-label]::before {
      content: attr(data-label) ': ';
      content: attr(data-label) ': ' / '';
      font-weight: 700;
    }
  }
`;
