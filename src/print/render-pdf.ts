/**
 * Renders a {@link PrintDocument} as an A4 PDF. Elements load this module with `import()` on first print,
 * so jsPDF and the embedded font never reach pages that do not print; nothing else may import jsPDF (the
 * modules in `./pdf/` take the document as a parameter and import jsPDF's types only).
 *
 * Layout works in two passes: every block becomes a list of unbreakable units (a line of text, a table row;
 * `pdf/blocks.ts`), then the units are placed on pages (`pdf/paginate.ts`).
 */
import { jsPDF } from 'jspdf';
import type { PrintBlock, PrintDocument } from './document.ts';
import { registerSans } from './fonts/register.ts';
import { gapBetween, layOut } from './pdf/blocks.ts';
import { drawFooters } from './pdf/footer.ts';
import { paginate } from './pdf/paginate.ts';

/**
 * Builds the PDF and returns it as a Blob of type application/pdf. `doc.title` becomes the document
 * title and, unless the blocks have a level 1 heading, the first heading. Table `widths` are relative
 * weights (millimetres that add up to the 170 mm text width work as they are).
 */
export async function renderPdf(doc: PrintDocument): Promise<Blob> {
  return new Blob([await renderPdfBytes(doc)], { type: 'application/pdf' });
}

/** Builds the PDF and returns its bytes. */
export async function renderPdfBytes(doc: PrintDocument): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  registerSans(pdf);
  setProperties(pdf, doc);
  // The title is printed as the first heading unless the layout places a level 1 heading of its own (a
  // letter puts its subject below the addresses); two top-level headings would read as two documents.
  const ownHeading = doc.blocks.some((block) => block.kind === 'heading' && block.level === 1);
  const blocks: PrintBlock[] = ownHeading
    ? [...doc.blocks]
    : [{ kind: 'heading', level: 1, text: doc.title }, ...doc.blocks];
  paginate(
    pdf,
    blocks.flatMap((block, i) => layOut(pdf, block, gapBetween(blocks[i - 1], block))),
  );
  drawFooters(pdf, doc);
  return new Uint8Array(pdf.output('arraybuffer'));
}

function setProperties(pdf: jsPDF, doc: PrintDocument): void {
  pdf.setDocumentProperties({ title: doc.title, creator: 'hhsrs-toolkit' });
  pdf.viewerPreferences({ DisplayDocTitle: true });
  // jsPDF knows 'en-GB' and 'cy' but not every tag; it ignores ones it does not know, so the primary
  // subtag goes first and the full tag replaces it when recognised.
  type Lang = Parameters<jsPDF['setLanguage']>[0];
  pdf.setLanguage(doc.lang.split('-')[0] as Lang);
  pdf.setLanguage(doc.lang as Lang);
}
