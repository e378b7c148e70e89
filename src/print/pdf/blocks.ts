import type { jsPDF } from 'jspdf';
import type { PrintBlock } from '../document.ts';
import { gridUnits } from './grid.ts';
import { INK, MARGIN } from './page.ts';
import { setStyle, textUnits } from './text.ts';
import {
  AFTER_HEADING,
  baseline,
  BLOCK_GAP,
  BODY,
  HEADING,
  lineHeight,
  MM_PER_PT,
  SMALL,
  STRONG,
} from './typography.ts';
import type { Unit } from './unit.ts';

/** Space above `block`: none at the start, a little under a heading, more above a heading than between blocks. */
export function gapBetween(previous: PrintBlock | undefined, block: PrintBlock): number {
  if (!previous) return 0;
  if (previous.kind === 'heading') return AFTER_HEADING;
  return block.kind === 'heading' ? HEADING[block.level].before : BLOCK_GAP;
}

/** The unbreakable units `block` is drawn as, the first of them `gap` mm below what comes before. */
export function layOut(pdf: jsPDF, block: PrintBlock, gap: number): Unit[] {
  switch (block.kind) {
    case 'heading':
      return textUnits(pdf, block.text, HEADING[block.level], gap, 0).map((u) => ({ ...u, keepWithNext: true }));
    case 'paragraph': {
      if (block.emphasis === 'warning') return unbroken(warningUnits(pdf, block.text, gap));
      const units = textUnits(
        pdf,
        block.text,
        block.emphasis === 'strong' ? STRONG : block.emphasis === 'small' ? SMALL : BODY,
        gap,
        0,
      );
      return block.keepWithNext ? units.map((u) => ({ ...u, keepWithNext: true })) : units;
    }
    case 'list':
      return block.items.flatMap((item, i) => bulletUnits(pdf, item, i === 0 ? gap : 1.5));
    case 'keyValue':
      return gridUnits(pdf, { rows: block.rows, widths: [0.35, 0.65], boldFirstColumn: true }, gap);
    case 'table':
      return gridUnits(pdf, { head: block.head, rows: block.rows, widths: block.widths }, gap);
    case 'pageBreak':
      return [{ height: 0, gap: 0, pageBreak: true, draw: () => undefined }];
  }
}

/** The lines of a block that must stay on one page: each keeps with the next, save the last. */
function unbroken(units: Unit[]): Unit[] {
  return units.map((u, i) => (i < units.length - 1 ? { ...u, keepWithNext: true } : u));
}

function bulletUnits(pdf: jsPDF, item: string, gap: number): Unit[] {
  const units = textUnits(pdf, item, BODY, gap, 6);
  const [first] = units;
  if (first) {
    const drawLine = first.draw;
    first.draw = (p, top) => {
      drawLine(p, top);
      p.text('•', MARGIN + 1.5, baseline(BODY, top));
    };
  }
  return units;
}

/** GOV.UK warning text: a black circle with "!" beside bold text, so the meaning never rests on colour. */
function warningUnits(pdf: jsPDF, text: string, gap: number): Unit[] {
  const units = textUnits(pdf, text, STRONG, gap, 11);
  const [first] = units;
  if (first) {
    const drawLine = first.draw;
    first.draw = (p, top) => {
      const centre = top + lineHeight(STRONG) / 2;
      p.setFillColor(...INK);
      p.circle(MARGIN + 4, centre, 3.6, 'F');
      setStyle(p, { size: 13, bold: true });
      p.setTextColor(255, 255, 255);
      p.text('!', MARGIN + 4, centre + 13 * 0.36 * MM_PER_PT, { align: 'center' });
      drawLine(p, top);
    };
  }
  return units;
}
