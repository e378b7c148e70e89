/** Type sizes (points), line metrics and the spacing between blocks (millimetres). */

export const MM_PER_PT = 25.4 / 72;

export interface Style {
  size: number;
  bold: boolean;
}
export const BODY: Style = { size: 11, bold: false };
export const STRONG: Style = { size: 11, bold: true };
export const SMALL: Style = { size: 9, bold: false };
export const HEADING: Record<1 | 2 | 3, Style & { before: number }> = {
  1: { size: 20, bold: true, before: 10 },
  2: { size: 15, bold: true, before: 8 },
  3: { size: 12.5, bold: true, before: 6 },
};
export const BLOCK_GAP = 4;
export const AFTER_HEADING = 2.5;

export const lineHeight = (style: Style): number => style.size * 1.35 * MM_PER_PT;
/** Baseline of a line whose box starts at `top`: centred in the leading, cap height sitting above it. */
export const baseline = (style: Style, top: number): number =>
  top + lineHeight(style) / 2 + style.size * 0.36 * MM_PER_PT;
