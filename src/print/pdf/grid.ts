import type { jsPDF } from 'jspdf';
import { fitToFont } from '../fonts/register.ts';
import { BOTTOM, MARGIN, WIDTH } from './page.ts';
import { CELL_PAD, rowUnit } from './row.ts';
import { setStyle, splitLines } from './text.ts';
import { BODY, STRONG, type Style } from './typography.ts';
import type { Unit } from './unit.ts';

const MIN_COLUMN = 10;

export interface Grid {
  head?: readonly string[];
  rows: readonly (readonly string[])[];
  widths?: readonly number[] | undefined;
  boldFirstColumn?: boolean;
}

/** A table or summary list: wrapped cells, a grey rule under each row, the header repeated on new pages. */
export function gridUnits(pdf: jsPDF, grid: Grid, gap: number): Unit[] {
  const columns = Math.max(grid.head?.length ?? 0, ...grid.rows.map((row) => row.length));
  if (columns === 0) return [];
  const widths = columnWidths(pdf, grid, columns);
  const wrap = (cells: readonly string[], style: (column: number) => Style): string[][] =>
    widths.map((width, c) =>
      splitLines(pdf, cells[c] ?? '', style(c), width - (c < columns - 1 ? CELL_PAD.gutter : 0)),
    );
  const header = grid.head && {
    ...rowUnit(
      wrap(grid.head, () => STRONG),
      widths,
      () => STRONG,
      Infinity,
    ),
    gap,
    keepWithNext: true,
  };
  const cellStyle = (column: number): Style => (grid.boldFirstColumn && column === 0 ? STRONG : BODY);
  const pageRoom = BOTTOM - MARGIN - (header?.height ?? 0);
  const body = grid.rows.map((row, i) => ({
    ...rowUnit(wrap(row, cellStyle), widths, cellStyle, pageRoom),
    gap: !header && i === 0 ? gap : 0,
    ...(header && { header }),
  }));
  return header ? [header, ...body] : body;
}

/**
 * Column widths in mm. Given widths are relative weights. Otherwise, as in a browser's table, a column
 * whose longest cell fits its share of the page gets exactly that width; the columns left share the rest
 * by how much text they hold, never narrower than their longest word (up to half the page).
 */
function columnWidths(pdf: jsPDF, grid: Grid, columns: number): number[] {
  const given = grid.widths;
  if (given?.length === columns && given.every((w) => w > 0)) {
    const total = given.reduce((a, b) => a + b, 0);
    return given.map((w) => (w / total) * WIDTH);
  }
  const natural = new Array<number>(columns).fill(0);
  const minimum = new Array<number>(columns).fill(MIN_COLUMN);
  const measure = (row: readonly string[], style: Style): void => {
    setStyle(pdf, style);
    row.forEach((cell, c) => {
      const text = fitToFont(cell);
      const widest = (parts: string[]): number =>
        Math.max(...parts.map((part) => pdf.getTextWidth(part))) + CELL_PAD.gutter;
      natural[c] = Math.max(natural[c] ?? 0, widest(text.split('\n')));
      minimum[c] = Math.min(WIDTH / 2, Math.max(minimum[c] ?? 0, widest(text.split(/\s+/))));
    });
  };
  if (grid.head) measure(grid.head, STRONG);
  grid.rows.forEach((row) => measure(row, BODY));
  const widths = new Array<number | undefined>(columns).fill(undefined);
  let left = WIDTH;
  for (let settled = true; settled; ) {
    settled = false;
    const open = widths.flatMap((w, c) => (w === undefined ? [c] : []));
    const share = left / open.length;
    for (const c of open) {
      if ((natural[c] ?? 0) <= share) {
        widths[c] = natural[c] ?? 0;
        left -= widths[c];
        settled = true;
      }
    }
  }
  const open = widths.flatMap((w, c) => (w === undefined ? [c] : []));
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const wants = sum(open.map((c) => natural[c] ?? 0));
  const needs = sum(open.map((c) => minimum[c] ?? 0));
  const spare = needs >= left ? 0 : (left - needs) / (wants - needs);
  // Too many long words: shrink only what each column has above the floor, since jsPDF breaks a line into
  // empty pieces when a single letter is wider than its column.
  const floors = open.length * MIN_COLUMN;
  const shrink = needs < left ? 1 : needs > floors ? Math.max(0, left - floors) / (needs - floors) : 0;
  open.forEach((c) => {
    const min = minimum[c] ?? 0;
    widths[c] = MIN_COLUMN + (min - MIN_COLUMN) * shrink + Math.max(0, (natural[c] ?? 0) - min) * spare;
  });
  // Every column fitted: stretch them to the full width, as GOV.UK tables are.
  const used = sum(widths.map((w) => w ?? 0));
  return widths.map((w) => ((w ?? 0) / used) * WIDTH);
}
