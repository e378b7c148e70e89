import { HhsrsInputError } from './errors.ts';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01) so that date arithmetic is integer
 * arithmetic: no time of day, no local time zone, no daylight-saving surprises.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The last day a YYYY-MM-DD string can name (9999-12-31). */
export const LAST_DAY_NUMBER = 2_932_896;

/** The UTC instant of midnight at the start of a calendar date, in milliseconds. */
function utcMidnight(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The day number of a YYYY-MM-DD calendar date.
 * @param value a real calendar date, e.g. '2026-03-02' ('2026-02-30' and '2026-3-2' are refused)
 * @param field the input's name, for the error an officer sees
 * @throws HhsrsInputError naming `field` when `value` is not such a date
 */
export function toDayNumber(value: string, field: string): number {
  const match = ISO_DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = utcMidnight(year, month, day);
    // A day beyond the month's end rolls over (2026-02-30 → March), so compare what comes back.
    if (formatDayNumber(ms / MS_PER_DAY) === value) return ms / MS_PER_DAY;
  }
  throw new HhsrsInputError(
    field,
    `${field} must be a calendar date written YYYY-MM-DD, e.g. 2026-03-02; got "${value}"`,
  );
}

/** The YYYY-MM-DD string of a day number (years below 1000 are zero-padded). */
export function formatDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay counts. */
export function dayOfWeek(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCDay();
}

/**
 * The same day `years` later, or the month's last day when there is no such day (29 February →
 * 28 February): the corresponding-date rule the courts apply to periods in years and months.
 */
export function addYearsToDayNumber(dayNumber: number, years: number): number {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth() + 1;
  const lastDay = new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
  return utcMidnight(year, month, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}
