import { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS_ENGLAND_AND_WALES } from './bank-holidays.ts';
import { HhsrsInputError } from './errors.ts';
import { dayOfWeek, formatDayNumber, LAST_DAY_NUMBER, toDayNumber } from './iso-date.ts';

/**
 * Working days in England and Wales: Monday to Friday, less bank holidays. Awaab's Law counts its
 * significant-hazard periods in these (FACTS.md §4); Housing Act 2004 notice periods are calendar days
 * (FACTS.md §3) and use addCalendarDays.
 */

const HOLIDAYS: ReadonlySet<number> = new Set(
  BANK_HOLIDAYS_ENGLAND_AND_WALES.map((holiday) => toDayNumber(holiday.date, 'bank holiday')),
);
const FIRST_COVERED = toDayNumber(`${BANK_HOLIDAY_YEARS.from}-01-01`, 'bank holiday');
const LAST_COVERED = toDayNumber(`${BANK_HOLIDAY_YEARS.to}-12-31`, 'bank holiday');
const COVERED = `bank holidays are known for ${BANK_HOLIDAY_YEARS.from}–${BANK_HOLIDAY_YEARS.to} only`;

function requireCovered(dayNumber: number, field: string, value: string): void {
  if (dayNumber < FIRST_COVERED || dayNumber > LAST_COVERED) {
    const years = `${BANK_HOLIDAY_YEARS.from}–${BANK_HOLIDAY_YEARS.to}`;
    throw new HhsrsInputError(field, `${field} must fall in ${years} (${COVERED}); got ${value}`);
  }
}

function requireDays(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new HhsrsInputError('days', `days must be a whole number of days, 0 or more; got ${String(days)}`);
  }
}

function isWorkingDayNumber(dayNumber: number): boolean {
  const weekday = dayOfWeek(dayNumber);
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(dayNumber);
}

/**
 * Whether a date is a working day in England and Wales: not a Saturday, Sunday or bank holiday.
 * @param isoDate YYYY-MM-DD, in 2020–2030 (the years the bank-holiday list covers)
 * @throws HhsrsInputError naming "isoDate" for a malformed date or one outside the covered years
 */
export function isWorkingDay(isoDate: string): boolean {
  const start = toDayNumber(isoDate, 'isoDate');
  requireCovered(start, 'isoDate', isoDate);
  return isWorkingDayNumber(start);
}

/**
 * The date `days` working days after `isoDate`. The start day is not counted, whatever it is: from a
 * Friday, 1 working day is the Monday (or Tuesday after a bank-holiday Monday); from a Saturday it is
 * the Monday too. `days` = 0 returns `isoDate` unchanged, even when that is not a working day.
 * @param isoDate YYYY-MM-DD, in 2020–2030
 * @param days a whole number, 0 or more
 * @returns YYYY-MM-DD
 * @throws HhsrsInputError naming "isoDate" for a malformed or uncovered start, or "days" for a count
 *   that is not a whole number ≥ 0 or whose result would fall after the last covered year
 */
export function addWorkingDays(isoDate: string, days: number): string {
  let cursor = toDayNumber(isoDate, 'isoDate');
  requireCovered(cursor, 'isoDate', isoDate);
  requireDays(days);
  let remaining = days;
  while (remaining > 0) {
    cursor += 1;
    if (cursor > LAST_COVERED) {
      throw new HhsrsInputError(
        'days',
        `${isoDate} + ${days} working days falls after ${BANK_HOLIDAY_YEARS.to}-12-31, and ${COVERED}`,
      );
    }
    if (isWorkingDayNumber(cursor)) remaining -= 1;
  }
  return formatDayNumber(cursor);
}

/**
 * The date `days` calendar days after `isoDate` (the start day is not counted: 2026-03-02 + 20 is
 * 2026-03-22). Weekends and bank holidays count like any other day, so any year is accepted.
 * @param isoDate YYYY-MM-DD
 * @param days a whole number, 0 or more
 * @returns YYYY-MM-DD
 * @throws HhsrsInputError naming "isoDate" for a malformed date, or "days" for a count that is not a
 *   whole number ≥ 0 or would run past 9999-12-31
 */
export function addCalendarDays(isoDate: string, days: number): string {
  const start = toDayNumber(isoDate, 'isoDate');
  requireDays(days);
  if (start + days > LAST_DAY_NUMBER) {
    throw new HhsrsInputError('days', `${isoDate} + ${days} days runs past 9999-12-31`);
  }
  return formatDayNumber(start + days);
}
