/**
 * Bank holidays in England and Wales, 2020–2030, as plain data.
 *
 * Source: GOV.UK "UK bank holidays" (https://www.gov.uk/bank-holidays, also served as
 * https://www.gov.uk/bank-holidays.json, division "england-and-wales"), for the years it had published:
 * 2020–2026. Titles follow that list. The days are set by the Banking and Financial Dealings Act 1971
 * Sch. 1 and royal proclamation, which is why one-off days (2020 VE Day, 2022 Platinum Jubilee and State
 * Funeral, 2023 Coronation) appear and a holiday falling at a weekend moves to the next working day.
 *
 * 2027–2030 are projections from the usual pattern (New Year's Day, Good Friday, Easter Monday, first
 * and last Mondays in May, last Monday in August, Christmas Day, Boxing Day, with substitute days).
 * A proclamation can still add or move a day, so those years are "check locally" data.
 */

export interface BankHoliday {
  /** YYYY-MM-DD. */
  date: string;
  title: string;
}

/** The first and last calendar years the list covers, inclusive. */
export const BANK_HOLIDAY_YEARS = { from: 2020, to: 2030 } as const;

/** The last year taken from the published GOV.UK list; later years are projections to check locally. */
export const BANK_HOLIDAYS_VERIFIED_THROUGH = 2026;

/** Where the list comes from and how far it can be trusted, for printing beside any working-day date. */
export const BANK_HOLIDAYS_SOURCE = {
  source: 'GOV.UK, UK bank holidays — England and Wales (https://www.gov.uk/bank-holidays)',
  note:
    'Bank holidays for 2020–2026 are as published by GOV.UK. 2027–2030 are projections from the usual ' +
    'pattern: check locally, since a royal proclamation can add or move a bank holiday.',
  checkLocallyFrom: BANK_HOLIDAYS_VERIFIED_THROUGH + 1,
} as const;

/** England and Wales bank holidays, 2020–2030, in date order. */
export const BANK_HOLIDAYS_ENGLAND_AND_WALES: readonly BankHoliday[] = [
  { date: '2020-01-01', title: 'New Year’s Day' },
  { date: '2020-04-10', title: 'Good Friday' },
  { date: '2020-04-13', title: 'Easter Monday' },
  // Moved from Monday 4 May to Friday 8 May for the 75th anniversary of VE Day.
  { date: '2020-05-08', title: 'Early May bank holiday (VE day)' },
  { date: '2020-05-25', title: 'Spring bank holiday' },
  { date: '2020-08-31', title: 'Summer bank holiday' },
  { date: '2020-12-25', title: 'Christmas Day' },
  { date: '2020-12-28', title: 'Boxing Day (substitute day)' },
  { date: '2021-01-01', title: 'New Year’s Day' },
  { date: '2021-04-02', title: 'Good Friday' },
  { date: '2021-04-05', title: 'Easter Monday' },
  { date: '2021-05-03', title: 'Early May bank holiday' },
  { date: '2021-05-31', title: 'Spring bank holiday' },
  { date: '2021-08-30', title: 'Summer bank holiday' },
  { date: '2021-12-27', title: 'Christmas Day (substitute day)' },
  { date: '2021-12-28', title: 'Boxing Day (substitute day)' },
  { date: '2022-01-03', title: 'New Year’s Day (substitute day)' },
  { date: '2022-04-15', title: 'Good Friday' },
  { date: '2022-04-18', title: 'Easter Monday' },
  { date: '2022-05-02', title: 'Early May bank holiday' },
  // The spring bank holiday moved from Monday 30 May to Thursday 2 June, beside the Jubilee day.
  { date: '2022-06-02', title: 'Spring bank holiday' },
  { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
  { date: '2022-08-29', title: 'Summer bank holiday' },
  { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { date: '2022-12-26', title: 'Boxing Day' },
  { date: '2022-12-27', title: 'Christmas Day (substitute day)' },
  { date: '2023-01-02', title: 'New Year’s Day (substitute day)' },
  { date: '2023-04-07', title: 'Good Friday' },
  { date: '2023-04-10', title: 'Easter Monday' },
  { date: '2023-05-01', title: 'Early May bank holiday' },
  { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' },
  { date: '2023-05-29', title: 'Spring bank holiday' },
  { date: '2023-08-28', title: 'Summer bank holiday' },
  { date: '2023-12-25', title: 'Christmas Day' },
  { date: '2023-12-26', title: 'Boxing Day' },
  { date: '2024-01-01', title: 'New Year’s Day' },
  { date: '2024-03-29', title: 'Good Friday' },
  { date: '2024-04-01', title: 'Easter Monday' },
  { date: '2024-05-06', title: 'Early May bank holiday' },
  { date: '2024-05-27', title: 'Spring bank holiday' },
  { date: '2024-08-26', title: 'Summer bank holiday' },
  { date: '2024-12-25', title: 'Christmas Day' },
  { date: '2024-12-26', title: 'Boxing Day' },
  { date: '2025-01-01', title: 'New Year’s Day' },
  { date: '2025-04-18', title: 'Good Friday' },
  { date: '2025-04-21', title: 'Easter Monday' },
  { date: '2025-05-05', title: 'Early May bank holiday' },
  { date: '2025-05-26', title: 'Spring bank holiday' },
  { date: '2025-08-25', title: 'Summer bank holiday' },
  { date: '2025-12-25', title: 'Christmas Day' },
  { date: '2025-12-26', title: 'Boxing Day' },
  { date: '2026-01-01', title: 'New Year’s Day' },
  { date: '2026-04-03', title: 'Good Friday' },
  { date: '2026-04-06', title: 'Easter Monday' },
  { date: '2026-05-04', title: 'Early May bank holiday' },
  { date: '2026-05-25', title: 'Spring bank holiday' },
  { date: '2026-08-31', title: 'Summer bank holiday' },
  { date: '2026-12-25', title: 'Christmas Day' },
  { date: '2026-12-28', title: 'Boxing Day (substitute day)' },
  // Projections from here on (BANK_HOLIDAYS_VERIFIED_THROUGH).
  { date: '2027-01-01', title: 'New Year’s Day' },
  { date: '2027-03-26', title: 'Good Friday' },
  { date: '2027-03-29', title: 'Easter Monday' },
  { date: '2027-05-03', title: 'Early May bank holiday' },
  { date: '2027-05-31', title: 'Spring bank holiday' },
  { date: '2027-08-30', title: 'Summer bank holiday' },
  { date: '2027-12-27', title: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', title: 'Boxing Day (substitute day)' },
  { date: '2028-01-03', title: 'New Year’s Day (substitute day)' },
  { date: '2028-04-14', title: 'Good Friday' },
  { date: '2028-04-17', title: 'Easter Monday' },
  { date: '2028-05-01', title: 'Early May bank holiday' },
  { date: '2028-05-29', title: 'Spring bank holiday' },
  { date: '2028-08-28', title: 'Summer bank holiday' },
  { date: '2028-12-25', title: 'Christmas Day' },
  { date: '2028-12-26', title: 'Boxing Day' },
  { date: '2029-01-01', title: 'New Year’s Day' },
  { date: '2029-03-30', title: 'Good Friday' },
  { date: '2029-04-02', title: 'Easter Monday' },
  { date: '2029-05-07', title: 'Early May bank holiday' },
  { date: '2029-05-28', title: 'Spring bank holiday' },
  { date: '2029-08-27', title: 'Summer bank holiday' },
  { date: '2029-12-25', title: 'Christmas Day' },
  { date: '2029-12-26', title: 'Boxing Day' },
  { date: '2030-01-01', title: 'New Year’s Day' },
  { date: '2030-04-19', title: 'Good Friday' },
  { date: '2030-04-22', title: 'Easter Monday' },
  { date: '2030-05-06', title: 'Early May bank holiday' },
  { date: '2030-05-27', title: 'Spring bank holiday' },
  { date: '2030-08-26', title: 'Summer bank holiday' },
  { date: '2030-12-25', title: 'Christmas Day' },
  { date: '2030-12-26', title: 'Boxing Day' },
];
