import { HhsrsInputError } from './errors.ts';
import { dayOfWeek, formatDayNumber, toDayNumber } from './iso-date.ts';

/**
 * Clock times in the UK, for deadlines counted in hours (Awaab's Law emergency hazards, FACTS.md §4).
 * British Summer Time runs from 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday
 * in October (Summer Time Act 1972 s.1, as amended by the Summer Time Order 2002, SI 2002/262); the rule
 * is applied as it stands since 2002, which covers every date Awaab's Law can apply to.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|([+-])([01]\d|2[0-3]):([0-5]\d))?$/;

/** 01:00 GMT on the last Sunday of a month (1-based), as a UTC instant. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0) / MS_PER_DAY;
  return (lastDay - dayOfWeek(lastDay)) * MS_PER_DAY + MS_PER_HOUR;
}

/** Minutes the UK clock is ahead of UTC at an instant: 60 in British Summer Time, else 0. */
function ukOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayOneAm(year, 3) && utcMs < lastSundayOneAm(year, 10) ? 60 : 0;
}

/**
 * The instant a date-time names, in UTC milliseconds.
 * @param value 'YYYY-MM-DDTHH:MM' with optional ':SS' and an optional UTC offset ('Z', '+01:00').
 *   Without an offset it is UK clock time. A clock time that occurs twice when summer time ends
 *   (01:00–01:59 on the last Sunday in October) is read as the earlier, summer-time one, so deadlines
 *   counted from it are never later than the law allows; one skipped when summer time starts is read
 *   as GMT.
 * @param field the input's name, for the error an officer sees
 * @throws HhsrsInputError naming `field` for anything else
 */
export function parseUkDateTime(value: string, field: string): number {
  const match = DATE_TIME.exec(value);
  const invalid = new HhsrsInputError(
    field,
    `${field} must be a date and time written YYYY-MM-DDTHH:MM (UK time), optionally with seconds and a UTC ` +
      `offset such as Z or +01:00, e.g. 2025-10-27T14:30; got "${value}"`,
  );
  if (!match) throw invalid;
  let dayNumber: number;
  try {
    dayNumber = toDayNumber(match[1] as string, field);
  } catch {
    throw invalid;
  }
  const clockMs =
    dayNumber * MS_PER_DAY +
    Number(match[2]) * MS_PER_HOUR +
    Number(match[3]) * MS_PER_MINUTE +
    Number(match[4] ?? 0) * 1000;
  if (match[5] === undefined) {
    const summerCandidate = clockMs - MS_PER_HOUR;
    return ukOffsetMinutes(summerCandidate) === 60 ? summerCandidate : clockMs;
  }
  if (match[5] === 'Z') return clockMs;
  const offsetMinutes = (Number(match[7]) * 60 + Number(match[8])) * (match[6] === '-' ? -1 : 1);
  return clockMs - offsetMinutes * MS_PER_MINUTE;
}

/** An instant as UK clock time with its offset, e.g. '2026-03-29T10:00:00+01:00'. */
export function formatUkDateTime(utcMs: number): string {
  const offset = ukOffsetMinutes(utcMs);
  const clock = new Date(utcMs + offset * MS_PER_MINUTE).toISOString().slice(0, 19);
  return `${clock}${offset === 60 ? '+01:00' : '+00:00'}`;
}

/** The UK calendar date (YYYY-MM-DD) at an instant: 23:30 UTC in summer is already the next day. */
export function ukDateOf(utcMs: number): string {
  return formatDayNumber(Math.floor((utcMs + ukOffsetMinutes(utcMs) * MS_PER_MINUTE) / MS_PER_DAY));
}
