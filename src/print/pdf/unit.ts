import type { jsPDF } from 'jspdf';

/** A slice of the page that is never cut: a line of text, or a table row that fits on a page. */
export interface Unit {
  height: number;
  /** Space above the unit, dropped at the top of a page. */
  gap: number;
  /** Must share a page with the following unit (heading lines, a table's header row). */
  keepWithNext?: boolean;
  /** Drawn again at the top of each new page before this unit (the header row of its table). */
  header?: Unit;
  /** Only for a row taller than a page, which has to be cut between its lines. */
  split?: Split;
  pageBreak?: boolean;
  draw(pdf: jsPDF, top: number): void;
}

export interface Split {
  /** The least room worth starting the unit in: two lines, so neither page holds a lone line. */
  minStart: number;
  /** The part that fits in `room` and the rest, or nothing if too little fits. */
  at(room: number): [Unit, Unit] | undefined;
}
