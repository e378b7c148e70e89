import { formatDayNumber, toDayNumber } from '../iso-date.ts';

/**
 * The same day `months` later, or that month's last day when there is none (31 August + 6 months is
 * 28 or 29 February): the corresponding-date rule, as for addYearsToDayNumber.
 * @throws HhsrsInputError naming `field` for a date that is not YYYY-MM-DD
 */
export function addMonths(isoDate: string, months: number, field: string): string {
  const day = toDayNumber(isoDate, field);
  const date = new Date(day * 86_400_000);
  const target = new Date(0);
  target.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0);
  target.setUTCDate(Math.min(date.getUTCDate(), target.getUTCDate()));
  return formatDayNumber(target.getTime() / 86_400_000);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}
