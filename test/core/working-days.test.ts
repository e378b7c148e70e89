import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';
import { addCalendarDays, addWorkingDays, isWorkingDay } from '../../src/core/working-days.ts';

describe('addWorkingDays', () => {
  const rows: [start: string, days: number, expected: string, why: string][] = [
    // Weekends: the start day is not counted, and Saturday and Sunday are skipped.
    ['2026-03-02', 1, '2026-03-03', 'Monday + 1 is Tuesday'],
    ['2026-03-06', 1, '2026-03-09', 'Friday + 1 is the next Monday'],
    ['2026-03-07', 1, '2026-03-09', 'from a Saturday, 1 working day is the Monday'],
    ['2026-03-07', 0, '2026-03-07', '0 days returns the start date unchanged'],
    ['2025-10-27', 10, '2025-11-10', 'Awaab’s Law day one: Monday + 10 working days is Monday fortnight'],
    // Christmas and New Year: 25 and 26 December 2025 are Thursday and Friday; 1 January 2026 is a Thursday.
    ['2025-12-23', 3, '2025-12-30', 'Tue 23 → Wed 24 (1), skip Thu 25, Fri 26, weekend, Mon 29 (2), Tue 30 (3)'],
    ['2025-12-24', 1, '2025-12-29', 'Christmas Eve + 1 skips Christmas, Boxing Day and the weekend'],
    ['2025-12-31', 1, '2026-01-02', 'New Year’s Day 2026 is a bank holiday'],
    ['2025-12-31', 253, '2026-12-31', '2026 has 261 weekdays less 8 bank holidays = 253 working days'],
    // Substitute days: a holiday at a weekend moves to the next working day.
    ['2020-12-24', 1, '2020-12-29', '2020: Christmas Friday, Boxing Day substitute Monday 28th'],
    ['2021-12-24', 1, '2021-12-29', '2021: Christmas and Boxing Day substitutes Monday 27th and Tuesday 28th'],
    ['2021-12-31', 1, '2022-01-04', '2022: New Year’s Day substitute Monday 3 January'],
    ['2022-12-23', 1, '2022-12-28', '2022: Boxing Day Monday 26th, Christmas substitute Tuesday 27th'],
    ['2022-12-30', 1, '2023-01-03', '2023: New Year’s Day substitute Monday 2 January'],
    ['2026-12-24', 1, '2026-12-29', '2026: Christmas Friday, Boxing Day substitute Monday 28th'],
    // Easter: Good Friday and Easter Monday.
    ['2025-04-17', 1, '2025-04-22', 'Easter 2025: Good Friday 18th, Easter Monday 21st'],
    ['2026-04-02', 1, '2026-04-07', 'Easter 2026: Good Friday 3rd, Easter Monday 6th'],
    ['2024-03-28', 1, '2024-04-02', 'Easter 2024 spans March and April'],
    // One-off bank holidays by proclamation.
    ['2020-05-07', 1, '2020-05-11', '2020: early May bank holiday moved to Friday 8 May for VE Day'],
    ['2022-06-01', 1, '2022-06-06', '2022: spring bank holiday 2 June and Platinum Jubilee 3 June'],
    ['2022-09-16', 1, '2022-09-20', '2022: State Funeral of Queen Elizabeth II, Monday 19 September'],
    ['2023-05-05', 1, '2023-05-09', '2023: Coronation of King Charles III, Monday 8 May'],
    // The last covered day.
    ['2030-12-30', 1, '2030-12-31', '31 December 2030 is the last day the data covers'],
  ];
  for (const [start, days, expected, why] of rows) {
    it(`${start} + ${days} working days is ${expected} (${why})`, () => {
      expect(addWorkingDays(start, days)).to.equal(expected);
    });
  }

  it('refuses a result after 2030, saying which years are covered', () => {
    expect(() => addWorkingDays('2030-12-30', 2))
      .to.throw(HhsrsInputError, '2020–2030')
      .with.property('field', 'days');
  });

  for (const start of ['2019-12-31', '2031-01-01']) {
    it(`refuses a start date outside 2020–2030 (${start}), naming isoDate`, () => {
      expect(() => addWorkingDays(start, 1))
        .to.throw(HhsrsInputError, `must fall in 2020–2030 (bank holidays are known for 2020–2030 only); got ${start}`)
        .with.property('field', 'isoDate');
    });
  }

  for (const bad of ['2026-02-30', '2026-3-2', '', '2026-03-02T09:00', '2026-13-01', '2026-00-10']) {
    it(`refuses "${bad}" as a start date, naming isoDate`, () => {
      expect(() => addWorkingDays(bad, 1))
        .to.throw(HhsrsInputError)
        .with.property('field', 'isoDate');
    });
  }

  for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`refuses ${bad} working days, naming days`, () => {
      expect(() => addWorkingDays('2026-03-02', bad))
        .to.throw(HhsrsInputError, 'whole number')
        .with.property('field', 'days');
    });
  }
});

describe('isWorkingDay', () => {
  const rows: [date: string, expected: boolean, why: string][] = [
    ['2025-12-24', true, 'Christmas Eve is an ordinary working day'],
    ['2025-12-25', false, 'Christmas Day'],
    ['2025-12-27', false, 'a Saturday'],
    ['2025-12-28', false, 'a Sunday'],
    ['2025-12-29', true, 'an ordinary Monday'],
    ['2026-04-03', false, 'Good Friday 2026'],
    ['2026-04-06', false, 'Easter Monday 2026'],
    ['2022-09-19', false, 'State Funeral bank holiday'],
    ['2020-05-04', true, 'the usual early May Monday was a working day in 2020 (moved to VE Day)'],
    ['2022-05-30', true, 'the usual spring Monday was a working day in 2022 (moved to 2 June)'],
  ];
  for (const [date, expected, why] of rows) {
    it(`${date} is ${expected ? '' : 'not '}a working day (${why})`, () => {
      expect(isWorkingDay(date)).to.equal(expected);
    });
  }

  it('refuses a date outside the covered years, naming isoDate', () => {
    expect(() => isWorkingDay('2031-01-02'))
      .to.throw(HhsrsInputError, '2020–2030')
      .with.property('field', 'isoDate');
  });

  it('refuses a malformed date, naming isoDate', () => {
    expect(() => isWorkingDay('29/12/2025'))
      .to.throw(HhsrsInputError)
      .with.property('field', 'isoDate');
  });
});

describe('addCalendarDays', () => {
  const rows: [start: string, days: number, expected: string, why: string][] = [
    ['2026-03-02', 20, '2026-03-22', 'Sch. 1 para 14: last of the 21 days beginning with service'],
    ['2026-03-02', 0, '2026-03-02', '0 days is the same day'],
    ['2024-02-28', 1, '2024-02-29', '2024 is a leap year'],
    ['2023-02-28', 1, '2023-03-01', '2023 is not'],
    ['2025-12-24', 7, '2025-12-31', 'bank holidays count like any other day'],
    ['2045-06-30', 1, '2045-07-01', 'any year is accepted: no bank-holiday data is needed'],
    ['9999-12-30', 1, '9999-12-31', 'the last date YYYY-MM-DD can write'],
  ];
  for (const [start, days, expected, why] of rows) {
    it(`${start} + ${days} days is ${expected} (${why})`, () => {
      expect(addCalendarDays(start, days)).to.equal(expected);
    });
  }

  it('refuses a result past 9999-12-31, naming days', () => {
    expect(() => addCalendarDays('9999-12-31', 1))
      .to.throw(HhsrsInputError)
      .with.property('field', 'days');
  });

  it('refuses a negative count, naming days', () => {
    expect(() => addCalendarDays('2026-03-02', -1))
      .to.throw(HhsrsInputError)
      .with.property('field', 'days');
  });

  it('refuses a malformed date, naming isoDate', () => {
    expect(() => addCalendarDays('2026-02-29', 1))
      .to.throw(HhsrsInputError)
      .with.property('field', 'isoDate');
  });
});
