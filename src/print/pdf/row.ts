import { MARGIN, RULE, WIDTH } from './page.ts';
import { setStyle } from './text.ts';
import { baseline, lineHeight, type Style } from './typography.ts';
import type { Unit } from './unit.ts';

/** GOV.UK table cells: text flush left, a gutter on the right of every column but the last. */
export const CELL_PAD = { gutter: 4, y: 1.8 };

/**
 * A row of wrapped cells with a grey rule beneath (left off a part that continues on the next page); cut
 * between lines only if taller than `pageRoom`.
 */
export function rowUnit(
  lines: string[][],
  widths: number[],
  style: (column: number) => Style,
  pageRoom: number,
  ruled = true,
): Unit {
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
        cellLines.forEach((line, i) =>
          p.text(line, x, baseline(cellStyle, top + CELL_PAD.y + i * lineHeight(cellStyle))),
        );
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
        const head = rowUnit(
          lines.map((l) => l.slice(0, fit)),
          widths,
          style,
          Infinity,
          false,
        );
        const rest = rowUnit(
          lines.map((l) => l.slice(fit)),
          widths,
          style,
          pageRoom,
        );
        return [head, rest];
      },
    },
  };
}
