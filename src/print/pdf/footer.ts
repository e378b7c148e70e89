import type { jsPDF } from 'jspdf';
import type { PrintDocument } from '../document.ts';
import { BOTTOM, MARGIN, RULE, WIDTH } from './page.ts';
import { setStyle, splitLines } from './text.ts';
import { baseline, lineHeight, SMALL } from './typography.ts';

const PAGE_LABEL: Record<string, (page: number, pages: number) => string> = {
  en: (page, pages) => `Page ${page} of ${pages}`,
  cy: (page, pages) => `Tudalen ${page} o ${pages}`,
};

/** Under a rule at the foot of every page: `doc.footer` on the left, "Page n of m" in its language on the right. */
export function drawFooters(pdf: jsPDF, doc: PrintDocument): void {
  const pages = pdf.getNumberOfPages();
  const label = PAGE_LABEL[doc.lang.split('-')[0] ?? ''] ?? PAGE_LABEL['en']!;
  for (let page = 1; page <= pages; page++) {
    pdf.setPage(page);
    pdf.setDrawColor(...RULE);
    pdf.setLineWidth(0.3);
    pdf.line(MARGIN, BOTTOM + 4, MARGIN + WIDTH, BOTTOM + 4);
    const text = label(page, pages);
    setStyle(pdf, SMALL);
    pdf.text(text, MARGIN + WIDTH, baseline(SMALL, BOTTOM + 5), { align: 'right' });
    // Two lines fit under the rule; a longer footer is cut rather than run off the page.
    splitLines(pdf, doc.footer, SMALL, WIDTH - pdf.getTextWidth(text) - 6)
      .slice(0, 2)
      .forEach((line, i) => pdf.text(line, MARGIN, baseline(SMALL, BOTTOM + 5 + i * lineHeight(SMALL))));
  }
}
