import type { jsPDF } from 'jspdf';
import { fitToFont, SANS } from '../fonts/register.ts';
import { INK, MARGIN, WIDTH } from './page.ts';
import { baseline, lineHeight, type Style } from './typography.ts';
import type { Unit } from './unit.ts';

export function setStyle(pdf: jsPDF, style: Style): void {
  pdf.setFont(SANS, style.bold ? 'bold' : 'normal');
  pdf.setFontSize(style.size);
  pdf.setTextColor(...INK);
}

/** `text` wrapped to lines no wider than `width` mm in `style`. */
export function splitLines(pdf: jsPDF, text: string, style: Style, width: number): string[] {
  setStyle(pdf, style);
  // A word exactly as wide as the line comes back from jsPDF as empty lines then the word; a hair of
  // slack keeps text measured to fit (a column sized to its cell) on one line.
  return pdf.splitTextToSize(fitToFont(text), width + 0.05) as string[];
}

/** One unit per wrapped line, `indent` mm in from the left margin; only the first line carries `gap`. */
export function textUnits(pdf: jsPDF, text: string, style: Style, gap: number, indent: number): Unit[] {
  return splitLines(pdf, text, style, WIDTH - indent).map((line, i) => ({
    height: lineHeight(style),
    gap: i === 0 ? gap : 0,
    draw: (p, top) => {
      setStyle(p, style);
      p.text(line, MARGIN + indent, baseline(style, top));
    },
  }));
}
