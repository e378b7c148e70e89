/**
 * A printable document as plain data. Layout builders (`*-layout.ts`) turn records into this; the lazily
 * loaded renderer turns it into a PDF. Nothing here knows about jsPDF, so layouts are tested without it.
 * On paper a heading or a lead-in never ends a page and a warning is never split across two.
 */
export type PrintBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | {
      kind: 'paragraph';
      text: string;
      emphasis?: 'strong' | 'small' | 'warning';
      /** A caption or lead-in ("Justification", a table's caption): never the last thing on a page. */
      keepWithNext?: boolean;
    }
  | { kind: 'keyValue'; rows: readonly (readonly [string, string])[] }
  | { kind: 'table'; head: readonly string[]; rows: readonly (readonly string[])[]; widths?: readonly number[] }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'pageBreak' };

export interface PrintDocument {
  /** The PDF's title (document properties) and the first heading. */
  title: string;
  /** BCP 47 language of the text, e.g. 'en-GB' or 'cy'. */
  lang: string;
  /** Printed small at the foot of every page, e.g. the scheme version and the date printed. */
  footer: string;
  blocks: readonly PrintBlock[];
}
