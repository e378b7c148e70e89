import { css } from 'lit';

/** On screen the print view is hidden; in print it replaces the interactive form. */
export const printViewStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .screen-only {
      display: none !important;
    }
    .page-break {
      break-after: page;
    }
    h2, h3 {
      break-after: avoid;
    }
    tr, dl > div {
      break-inside: avoid;
    }
  }
`;
