import type { jsPDF } from 'jspdf';
import { BOTTOM, MARGIN } from './page.ts';
import type { Unit } from './unit.ts';

/**
 * Places the units on pages, adding pages as needed. A unit is never split across pages (save a row taller
 * than a page), a heading stays with what follows it, and a table's header row is repeated on each page the
 * table continues onto.
 */
export function paginate(pdf: jsPDF, units: Unit[]): void {
  let y = MARGIN;
  // True until something other than a repeated header is drawn on the page, so a unit that cannot fit
  // even on a fresh page is drawn there rather than pushed on for ever.
  let fresh = true;
  const newPage = (header: Unit | undefined): void => {
    pdf.addPage();
    y = MARGIN;
    fresh = true;
    if (header) {
      header.draw(pdf, y);
      y += header.height;
    }
  };
  units.forEach((unit, i) => {
    if (unit.pageBreak) {
      if (!fresh) newPage(undefined);
      return;
    }
    let next: Unit | undefined = unit;
    while (next) {
      const top: number = fresh ? y : y + next.gap;
      const fits: boolean = top + keptHeight(units, i, next) <= BOTTOM;
      const parts: [Unit, Unit] | undefined = fits ? undefined : next.split?.at(BOTTOM - top);
      if (!fits && !parts && !fresh) {
        newPage(unit.header);
        continue;
      }
      const drawn = parts ? parts[0] : next;
      drawn.draw(pdf, top);
      y = top + drawn.height;
      fresh = false;
      next = parts?.[1];
      if (next) newPage(unit.header);
    }
  });
}

/** Room `current` (the unit at `from`, or what is left of it) needs with the units it must stay with. */
function keptHeight(units: Unit[], from: number, current: Unit): number {
  let height = current.height;
  for (let i = from; units[i]?.keepWithNext; i++) {
    const next = units[i + 1];
    if (!next || next.pageBreak) break;
    height += next.gap + (next.split?.minStart ?? next.height);
  }
  return height;
}
