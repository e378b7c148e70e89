import { expect } from '@open-wc/testing';
import {
  BANK_HOLIDAY_YEARS,
  BANK_HOLIDAYS_ENGLAND_AND_WALES,
  BANK_HOLIDAYS_SOURCE,
  BANK_HOLIDAYS_VERIFIED_THROUGH,
} from '../../src/core/bank-holidays.ts';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const weekday = (ms: number): number => new Date(ms).getUTCDay();

/** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm, as a UTC instant. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

function firstMonday(year: number, month: number): number {
  const first = Date.UTC(year, month - 1, 1);
  return first + ((8 - weekday(first)) % 7) * DAY;
}

function lastMonday(year: number, month: number): number {
  const last = Date.UTC(year, month, 0);
  return last - ((weekday(last) + 6) % 7) * DAY;
}

/**
 * Fixed-date holidays (New Year's Day, Christmas, Boxing Day) that fall at a weekend move to the next
 * weekday not already a holiday: Banking and Financial Dealings Act 1971 Sch. 1 as the proclamations apply it.
 */
function withSubstitutes(days: number[]): number[] {
  const placed = days.filter((ms) => weekday(ms) !== 0 && weekday(ms) !== 6);
  for (const ms of days.filter((candidate) => !placed.includes(candidate))) {
    let moved = ms;
    while (weekday(moved) === 0 || weekday(moved) === 6 || placed.includes(moved)) moved += DAY;
    placed.push(moved);
  }
  return placed;
}

/** The usual pattern for a year, before any proclamation changes it. */
function usualPattern(year: number): string[] {
  const easter = easterSunday(year);
  return [
    ...withSubstitutes([Date.UTC(year, 0, 1)]),
    easter - 2 * DAY,
    easter + DAY,
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...withSubstitutes([Date.UTC(year, 11, 25), Date.UTC(year, 11, 26)]),
  ].map(iso);
}

/** Changes by royal proclamation, as published on GOV.UK. */
const PROCLAIMED: Record<number, { removed: string[]; added: string[] }> = {
  2020: { removed: ['2020-05-04'], added: ['2020-05-08'] }, // VE Day 75th anniversary
  2022: { removed: ['2022-05-30'], added: ['2022-06-02', '2022-06-03', '2022-09-19'] }, // Platinum Jubilee; State Funeral
  2023: { removed: [], added: ['2023-05-08'] }, // Coronation of King Charles III
};

describe('England and Wales bank holidays', () => {
  it('computes Easter Sunday correctly for known years (algorithm self-check)', () => {
    expect(iso(easterSunday(2024))).to.equal('2024-03-31');
    expect(iso(easterSunday(2025))).to.equal('2025-04-20');
    expect(iso(easterSunday(2027))).to.equal('2027-03-28');
  });

  for (let year = BANK_HOLIDAY_YEARS.from; year <= BANK_HOLIDAY_YEARS.to; year += 1) {
    it(`lists ${year} as the usual pattern plus that year's proclaimed changes`, () => {
      const change = PROCLAIMED[year] ?? { removed: [], added: [] };
      const expected = [...usualPattern(year).filter((date) => !change.removed.includes(date)), ...change.added].sort();
      const listed = BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((holiday) => holiday.date.startsWith(`${year}-`)).map(
        (h) => h.date,
      );
      expect(listed).to.deep.equal(expected);
    });
  }

  const substitutes: [date: string, title: string][] = [
    ['2020-12-28', 'Boxing Day (substitute day)'],
    ['2021-12-27', 'Christmas Day (substitute day)'],
    ['2021-12-28', 'Boxing Day (substitute day)'],
    ['2022-01-03', 'New Year’s Day (substitute day)'],
    ['2022-12-26', 'Boxing Day'],
    ['2022-12-27', 'Christmas Day (substitute day)'],
    ['2023-01-02', 'New Year’s Day (substitute day)'],
  ];
  for (const [date, title] of substitutes) {
    it(`names ${date} "${title}" as GOV.UK does`, () => {
      expect(BANK_HOLIDAYS_ENGLAND_AND_WALES.find((holiday) => holiday.date === date)?.title).to.equal(title);
    });
  }

  it('is in date order with no duplicates, and every entry is a weekday', () => {
    const dates = BANK_HOLIDAYS_ENGLAND_AND_WALES.map((holiday) => holiday.date);
    expect(dates).to.deep.equal([...new Set(dates)].sort());
    for (const date of dates) expect([0, 6]).not.to.include(new Date(`${date}T00:00:00Z`).getUTCDay(), date);
  });

  it('says the GOV.UK list covers up to 2026 and later years are check-locally projections', () => {
    expect(BANK_HOLIDAYS_VERIFIED_THROUGH).to.equal(2026);
    expect(BANK_HOLIDAYS_SOURCE.checkLocallyFrom).to.equal(2027);
    expect(BANK_HOLIDAYS_SOURCE.source).to.contain('https://www.gov.uk/bank-holidays');
    expect(BANK_HOLIDAYS_SOURCE.note).to.contain('check locally');
  });
});
