import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';
import {
  addYearsToDayNumber,
  dayOfWeek,
  formatDayNumber,
  LAST_DAY_NUMBER,
  toDayNumber,
} from '../../src/core/iso-date.ts';

describe('ISO calendar dates as day numbers', () => {
  const rows: [date: string, dayNumber: number][] = [
    ['1970-01-01', 0],
    ['2026-03-02', 20_514],
    ['1969-12-31', -1],
    ['9999-12-31', LAST_DAY_NUMBER],
  ];
  for (const [date, dayNumber] of rows) {
    it(`reads ${date} as day ${dayNumber} and writes it back`, () => {
      expect(toDayNumber(date, 'date')).to.equal(dayNumber);
      expect(formatDayNumber(dayNumber)).to.equal(date);
    });
  }

  it('reads years before 100 as written, not as 1900s', () => {
    expect(formatDayNumber(toDayNumber('0099-03-01', 'date'))).to.equal('0099-03-01');
  });

  for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-01', '2026-01-00', '26-03-02', ' 2026-03-02']) {
    it(`refuses "${bad}", naming the field given`, () => {
      expect(() => toDayNumber(bad, 'servedOn'))
        .to.throw(HhsrsInputError, 'servedOn must be a calendar date written YYYY-MM-DD')
        .with.property('field', 'servedOn');
    });
  }

  it('gives the day of the week, Sunday = 0 (2 March 2026 is a Monday)', () => {
    expect(dayOfWeek(toDayNumber('2026-03-02', 'date'))).to.equal(1);
    expect(dayOfWeek(toDayNumber('2026-03-08', 'date'))).to.equal(0);
  });

  const years: [from: string, years: number, expected: string, why: string][] = [
    ['2026-03-02', 1, '2027-03-02', 'the corresponding date a year on'],
    ['2024-02-29', 1, '2025-02-28', 'no 29 February: the month’s last day'],
    ['2024-02-29', 4, '2028-02-29', 'leap year to leap year'],
    ['2025-12-31', 1, '2026-12-31', 'year end'],
  ];
  for (const [from, count, expected, why] of years) {
    it(`${from} + ${count} year(s) is ${expected} (${why})`, () => {
      expect(formatDayNumber(addYearsToDayNumber(toDayNumber(from, 'date'), count))).to.equal(expected);
    });
  }
});
