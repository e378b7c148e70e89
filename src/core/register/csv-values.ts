import { ENGLAND_2005_HAZARDS } from '../scheme/england-2005-hazards.ts';
import { formatDayNumber, toDayNumber } from '../iso-date.ts';

/**
 * Reading the cells of a spreadsheet a person typed: UK dates, hazard numbers or names, money in pounds.
 * Each reader returns the value, or a message saying what to write instead.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): CellResult<never> => ({ ok: false, message });

/** A date written 2026-03-02 or, as UK spreadsheets do, 2/3/2026 or 02/03/2026 (day first). */
export function readDate(text: string): CellResult<string> {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = uk ? `${uk[3]}-${(uk[2] as string).padStart(2, '0')}-${(uk[1] as string).padStart(2, '0')}` : text;
  try {
    return { ok: true, value: formatDayNumber(toDayNumber(iso, 'date')) };
  } catch {
    return fail(`“${text}” is not a date: write it as 2026-03-02 or 02/03/2026`);
  }
}

/** A hazard by its Schedule 1 number (1–29), its id, or its name, ignoring case. */
export function readHazard(text: string): CellResult<string> {
  const wanted = text.trim().toLowerCase();
  const hazard = ENGLAND_2005_HAZARDS.find(
    (candidate) =>
      String(candidate.number) === wanted || candidate.id === wanted || candidate.name.toLowerCase() === wanted,
  );
  return hazard
    ? { ok: true, value: hazard.id }
    : fail(`“${text}” is not one of the 29 hazards: give its number (1 to 29) or its name`);
}

/** One of a few choices, matched on any of the words given for it, ignoring case, spaces and punctuation. */
export function readChoice<T extends string>(
  text: string,
  choices: Readonly<Record<T, readonly string[]>>,
): CellResult<T> {
  const wanted = text.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const [value, words] of Object.entries(choices) as [T, readonly string[]][]) {
    if ([value, ...words].some((word) => word.toLowerCase().replace(/[^a-z0-9]/g, '') === wanted))
      return { ok: true, value };
  }
  const allowed = Object.keys(choices).join(', ');
  return fail(`“${text}” must be one of: ${allowed}`);
}

/** A whole number of 0 or more, e.g. an HHSRS score. */
export function readWholeNumber(text: string): CellResult<number> {
  const clean = text.replace(/,/g, '');
  return /^\d+$/.test(clean) ? { ok: true, value: Number(clean) } : fail(`“${text}” must be a whole number, e.g. 1714`);
}

/** Money in pounds ('£1,250.50', '1250.5') as whole pence. */
export function readPence(text: string): CellResult<number> {
  const match = /^£?(\d+)(?:\.(\d{1,2}))?$/.exec(text.replace(/,/g, '').trim());
  if (!match) return fail(`“${text}” must be an amount in pounds, e.g. 1250.00`);
  return { ok: true, value: Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) };
}
