/**
 * Renders a {@link PrintDocument} as an A4 PDF. Elements load this module with `import()` on first print,
 * so jsPDF and the embedded font never reach pages that do not print; nothing else may import jsPDF.
 *
 * Layout works in two passes: every block becomes a list of unbreakable units (a line of text, a table row),
 * then the units are placed on pages. A unit is never split across pages, a heading stays with what follows
 * it, and a table's header row is repeated on each page the table continues onto.
 */
import { jsPDF } from 'jspdf';
import type { PrintBlock, PrintDocument } from './document.ts';
import { fitToFont, registerSans, SANS } from './fonts/register.ts';

const MM_PER_PT = 25.4 / 72;
const PAGE_WIDTH = 210;
const PAGE_HEIGHT = 297;
const MARGIN = 20;
const WIDTH = PAGE_WIDTH - 2 * MARGIN;
const BOTTOM = PAGE_HEIGHT - MARGIN;
/** GOV.UK text colour #0b0c0c and border colour #b1b4b6. */
const INK = [11, 12, 12] as const;
const RULE = [177, 180, 182] as const;

interface Style { size: number; bold: boolean }
const BODY: Style = { size: 11, bold: false };
const STRONG: Style = { size: 11, bold: true };
const SMALL: Style = { size: 9, bold: false };
const HEADING: Record<1 | 2 | 3, Style & { before: number }> = {
  1: { size: 20, bold: true, before: 10 },
  2: { size: 15, bold: true, before: 8 },
  3: { size: 12.5, bold: true, before: 6 },
};
const BLOCK_GAP = 4;
const AFTER_HEADING = 2.5;
/** GOV.UK table cells: text flush left, a gutter on the right of every column but the last. */
const CELL_PAD = { gutter: 4, y: 1.8 };
const MIN_COLUMN = 10;

/** A slice of the page that is never cut: a line of text, or a table row that fits on a page. */
interface Unit {
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

interface Split {
  /** The least room worth starting the unit in: two lines, so neither page holds a lone line. */
  minStart: number;
  /** The part that fits in `room` and the rest, or nothing if too little fits. */
  at(room: number): [Unit, Unit] | undefined;
}

/**
 * Builds the PDF and returns it as a Blob of type application/pdf. `doc.title` becomes the document
 * title and, unless the blocks open with a level 1 heading, the first heading. Table `widths` are relative
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
  // The title is printed as the first heading unless the layout opens with a level 1 heading of its own;
  // two top-level headings in a row would read as two documents.
  const first = doc.blocks[0];
  const ownHeading = first?.kind === 'heading' && first.level === 1;
  const blocks: PrintBlock[] = ownHeading ? [...doc.blocks] : [{ kind: 'heading', level: 1, text: doc.title }, ...doc.blocks];
  paginate(pdf, blocks.flatMap((block, i) => layOut(pdf, block, gapBetween(blocks[i - 1], block))));
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

function gapBetween(previous: PrintBlock | undefined, block: PrintBlock): number {
  if (!previous) return 0;
  if (previous.kind === 'heading') return AFTER_HEADING;
  return block.kind === 'heading' ? HEADING[block.level].before : BLOCK_GAP;
}

function layOut(pdf: jsPDF, block: PrintBlock, gap: number): Unit[] {
  switch (block.kind) {
    case 'heading':
      return textUnits(pdf, block.text, HEADING[block.level], gap, 0).map((u) => ({ ...u, keepWithNext: true }));
    case 'paragraph':
      if (block.emphasis === 'warning') return warningUnits(pdf, block.text, gap);
      return textUnits(pdf, block.text, block.emphasis === 'strong' ? STRONG : block.emphasis === 'small' ? SMALL : BODY, gap, 0);
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

function setStyle(pdf: jsPDF, style: Style): void {
  pdf.setFont(SANS, style.bold ? 'bold' : 'normal');
  pdf.setFontSize(style.size);
  pdf.setTextColor(...INK);
}

const lineHeight = (style: Style): number => style.size * 1.35 * MM_PER_PT;
/** Baseline of a line whose box starts at `top`: centred in the leading, cap height sitting above it. */
const baseline = (style: Style, top: number): number => top + lineHeight(style) / 2 + style.size * 0.36 * MM_PER_PT;

function split(pdf: jsPDF, text: string, style: Style, width: number): string[] {
  setStyle(pdf, style);
  // A word exactly as wide as the line comes back from jsPDF as empty lines then the word; a hair of
  // slack keeps text measured to fit (a column sized to its cell) on one line.
  return pdf.splitTextToSize(fitToFont(text), width + 0.05) as string[];
}

function textUnits(pdf: jsPDF, text: string, style: Style, gap: number, indent: number): Unit[] {
  return split(pdf, text, style, WIDTH - indent).map((line, i) => ({
    height: lineHeight(style),
    gap: i === 0 ? gap : 0,
    draw: (p, top) => {
      setStyle(p, style);
      p.text(line, MARGIN + indent, baseline(style, top));
    },
  }));
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

interface Grid {
  head?: readonly string[];
  rows: readonly (readonly string[])[];
  widths?: readonly number[] | undefined;
  boldFirstColumn?: boolean;
}

/** A table or summary list: wrapped cells, a grey rule under each row, the header repeated on new pages. */
function gridUnits(pdf: jsPDF, grid: Grid, gap: number): Unit[] {
  const columns = Math.max(grid.head?.length ?? 0, ...grid.rows.map((row) => row.length));
  if (columns === 0) return [];
  const widths = columnWidths(pdf, grid, columns);
  const wrap = (cells: readonly string[], style: (column: number) => Style): string[][] =>
    widths.map((width, c) => split(pdf, cells[c] ?? '', style(c), width - (c < columns - 1 ? CELL_PAD.gutter : 0)));
  const header = grid.head && { ...rowUnit(wrap(grid.head, () => STRONG), widths, () => STRONG, Infinity), gap, keepWithNext: true };
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
 * A row of wrapped cells with a grey rule beneath (left off a part that continues on the next page); cut
 * between lines only if taller than `pageRoom`.
 */
function rowUnit(lines: string[][], widths: number[], style: (column: number) => Style, pageRoom: number, ruled = true): Unit {
  const lineHeights = lines.map((_, c) => lineHeight(style(c)));
  const height = Math.max(...lines.map((l, c) => l.length * (lineHeights[c] ?? 0))) + 2 * CELL_PAD.y;
  const step = Math.max(...lineHeights);
  const row: Unit = {
    height,
    gap: 0,
    draw: (p, top) => {
      let x = MARGIN;
      lines.forEach((cellLines, c) => {
        const cellStyle = style(c);
        setStyle(p, cellStyle);
        cellLines.forEach((line, i) => p.text(line, x, baseline(cellStyle, top + CELL_PAD.y + i * lineHeight(cellStyle))));
        x += widths[c] ?? 0;
      });
      if (!ruled) return;
      p.setDrawColor(...RULE);
      p.setLineWidth(0.3);
      p.line(MARGIN, top + height, MARGIN + WIDTH, top + height);
    },
  };
  if (height <= pageRoom) return row;
  const minStart = 2 * step + 2 * CELL_PAD.y;
  return {
    ...row,
    split: {
      minStart,
      at: (room) => {
        const fit = Math.floor((room - 2 * CELL_PAD.y) / step);
        if (room < minStart) return undefined;
        const head = rowUnit(lines.map((l) => l.slice(0, fit)), widths, style, Infinity, false);
        const rest = rowUnit(lines.map((l) => l.slice(fit)), widths, style, pageRoom);
        return [head, rest];
      },
    },
  };
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
      const widest = (parts: string[]): number => Math.max(...parts.map((part) => pdf.getTextWidth(part))) + CELL_PAD.gutter;
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

function paginate(pdf: jsPDF, units: Unit[]): void {
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

const PAGE_LABEL: Record<string, (page: number, pages: number) => string> = {
  en: (page, pages) => `Page ${page} of ${pages}`,
  cy: (page, pages) => `Tudalen ${page} o ${pages}`,
};

function drawFooters(pdf: jsPDF, doc: PrintDocument): void {
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
    split(pdf, doc.footer, SMALL, WIDTH - pdf.getTextWidth(text) - 6)
      .slice(0, 2)
      .forEach((line, i) => pdf.text(line, MARGIN, baseline(SMALL, BOTTOM + 5 + i * lineHeight(SMALL))));
  }
}
