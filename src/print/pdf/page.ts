/** A4 portrait page geometry in millimetres, and the GOV.UK colours the PDF draws with. */

export const PAGE_WIDTH = 210;
export const PAGE_HEIGHT = 297;
export const MARGIN = 20;
/** The text width between the margins: 170 mm. */
export const WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** The lowest point body content may reach; the footer sits below it. */
export const BOTTOM = PAGE_HEIGHT - MARGIN;
/** GOV.UK text colour #0b0c0c and border colour #b1b4b6. */
export const INK = [11, 12, 12] as const;
export const RULE = [177, 180, 182] as const;
