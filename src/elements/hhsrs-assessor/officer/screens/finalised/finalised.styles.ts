import { css } from 'lit';

/** The finalised record, its document and its statement of reasons: adopted when the finalising part arrives. */
export const finalisingStyles = css`
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
    /* The document's tables are laid out for A4; on a narrow screen each row becomes a card (ui/table.styles). */
    .document th,
    .document td {
      padding-right: 0.5rem;
    }
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
  .deadline h4 {
    margin: 1.5rem 0 0.5rem;
  }
`;
