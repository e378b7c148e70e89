import { HhsrsInputError } from './errors.ts';
import { CLASS_NAMES, formatNumber, listOf } from './format.ts';
import { ENGLAND_2005 } from './scheme/england-2005.ts';
import type { Scheme, Spread } from './scheme/types.ts';

type OpenSpread = readonly [number | null, number | null, number | null, number | null];

/** Rounding to 10 places keeps 100 − 46.4 − 31.6 − 0.1 at 21.9, not 21.900000000000006. */
const tidy = (value: number): number => Math.round(value * 1e10) / 1e10;

/**
 * Reg 6(4)(c): the most likely class (the one `null`) gets 100 % − (A + B + C), the other three being
 * Table 2 points. Throws HhsrsInputError ('spread') unless exactly one class is left open, the others
 * are Table 2 points, and the remainder is at least as large as each of them.
 */
export function completeSpread(spread: OpenSpread, scheme: Scheme = ENGLAND_2005): Spread {
  if (spread.length !== 4) {
    throw new HhsrsInputError('spread', `spread must give four classes (I to IV); got ${spread.length}`);
  }
  const open = spread.flatMap((value, index) => (value === null ? [index] : []));
  if (open.length !== 1) {
    throw new HhsrsInputError(
      'spread',
      `spread must leave exactly one class — the most likely — to be worked out; ${open.length} were left open`,
    );
  }
  const mostLikely = open[0] as number;
  const chosen = spread.map((value) => value ?? 0);
  chosen.forEach((value, index) => {
    if (index !== mostLikely) requireSpreadPoint(value, index, scheme);
  });
  const remainder = tidy(100 - chosen.reduce((sum, value) => sum + value, 0));
  const complete = chosen.map((value, index) => (index === mostLikely ? remainder : value));
  requireMostLikelyLargest(complete, mostLikely);
  return complete as unknown as Spread;
}

/**
 * Checks a complete spread (FACTS §1): four percentages 0..100 summing to 100, of which three are
 * Table 2 points and the fourth — the most likely class — is at least as large as each of them.
 * Returns the index of the most likely class.
 */
export function validateSpread(spread: Spread, scheme: Scheme = ENGLAND_2005): number {
  if (!Array.isArray(spread) || spread.length !== 4) {
    throw new HhsrsInputError('spread', 'spread must give four percentages, for Classes I to IV');
  }
  spread.forEach((value, index) => {
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      throw new HhsrsInputError(
        'spread',
        `spread for ${CLASS_NAMES[index]} must be a percentage from 0 to 100; got ${value}`,
      );
    }
  });
  const total = spread.reduce((sum, value) => sum + value, 0);
  if (Math.abs(total - 100) > 1e-9) {
    throw new HhsrsInputError(
      'spread',
      `spread must add up to 100 %; Classes I to IV add up to ${formatNumber(total, 4)} %`,
    );
  }
  const points = new Set(scheme.spreadScale.map((row) => row.rsppr));
  const candidates = [0, 1, 2, 3].filter((index) =>
    spread.every((value, other) => other === index || (points.has(value) && value <= (spread[index] as number))),
  );
  if (candidates.length === 0) {
    throw new HhsrsInputError(
      'spread',
      `spread is not consistent: three classes must be Table 2 points (${listOf([...points])}) and the fourth, the most likely, at least as large as each`,
    );
  }
  // Prefer the largest as the most likely class when several readings fit (e.g. all four are points).
  return candidates.reduce((best, index) => ((spread[index] as number) > (spread[best] as number) ? index : best));
}

function requireSpreadPoint(value: number, index: number, scheme: Scheme): void {
  const points = scheme.spreadScale.map((row) => row.rsppr);
  if (!points.includes(value)) {
    throw new HhsrsInputError(
      'spread',
      `spread for ${CLASS_NAMES[index]} must be one of Table 2's points: ${listOf(points)}; got ${value}`,
    );
  }
}

function requireMostLikelyLargest(spread: readonly number[], mostLikely: number): void {
  const remainder = spread[mostLikely] as number;
  const larger = spread.findIndex((value, index) => index !== mostLikely && value > remainder);
  if (larger >= 0) {
    throw new HhsrsInputError(
      'spread',
      `spread is not consistent: the other classes leave ${formatNumber(remainder, 4)} % for ${CLASS_NAMES[mostLikely]}, ` +
        `the most likely class, but ${CLASS_NAMES[larger]} is larger at ${formatNumber(spread[larger] as number, 4)} %. ` +
        `Lower ${CLASS_NAMES[larger]} or choose it as the most likely class.`,
    );
  }
}
