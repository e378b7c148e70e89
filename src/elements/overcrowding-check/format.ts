import { decimal, type Decimal } from '../../core/overcrowding/exact-area.ts';
import { HMO_ROOM_MINIMUMS, HMO_SLEEPING_MINIMUM_SQUARE_METRES, SPACE_STANDARD_TABLE_II } from '../../core/overcrowding.ts';
import { times } from './measure.ts';
import type { Units } from '../../schema/overcrowding.ts';

/**
 * Figures for reading, to 2 decimal places (half up), except that a figure is never rounded up onto a
 * limit the real area misses: 10.2193344 m² shows as 10.21 m², not 10.22, beside the 10.22 m² HMO limit,
 * and 109.996 sq ft as 109.99 sq ft, not 110.00. The check itself always uses the exact area.
 */

const grouping = new Intl.NumberFormat('en-GB');
const SQUARE_FOOT: Decimal = { digits: 9290304n, exponent: -8 };
const FOOT: Decimal = { digits: 3048n, exponent: -4 };

/** The limits in the law, in hundredths: s.326 Table II in sq ft; the 2018 HMO sizes in m². */
const LIMITS = {
  imperial: new Set(SPACE_STANDARD_TABLE_II.map((row) => BigInt(row.minSquareFeet * 100))),
  metric: new Set([...HMO_ROOM_MINIMUMS.map((row) => row.squareMetres), HMO_SLEEPING_MINIMUM_SQUARE_METRES].map((m2) => BigInt(Math.round(m2 * 100)))),
};

/** Thousandths of `value` (≥ 0), rounded down, exactly. */
function thousandths(value: Decimal): bigint {
  const shift = value.exponent + 3;
  return shift >= 0 ? value.digits * 10n ** BigInt(shift) : value.digits / 10n ** BigInt(-shift);
}

/** 1 sq ft = 0.09290304 m²: thousandths of the area in sq ft, rounded down, by exact division. */
function squareFeetThousandths(squareMetres: Decimal): bigint {
  const shift = squareMetres.exponent + 11;
  return shift >= 0
    ? (squareMetres.digits * 10n ** BigInt(shift)) / 9290304n
    : squareMetres.digits / (9290304n * 10n ** BigInt(-shift));
}

/** Hundredths from thousandths, half up, but never up onto a limit. */
function hundredths(thousandthsValue: bigint, limits: ReadonlySet<bigint>): bigint {
  const down = thousandthsValue / 10n;
  const up = (thousandthsValue + 5n) / 10n;
  return up > down && limits.has(up) ? down : up;
}

function show(hundredthsValue: bigint): string {
  const whole = hundredthsValue / 100n;
  const fraction = (hundredthsValue % 100n).toString().padStart(2, '0');
  return `${grouping.format(whole)}.${fraction}`;
}

/** An exact area in m², for reading in `units` first and the other unit in brackets. */
export function formatArea(squareMetres: Decimal, units: Units): string {
  const metric = `${show(hundredths(thousandths(squareMetres), LIMITS.metric))} m²`;
  const imperial = `${show(hundredths(squareFeetThousandths(squareMetres), LIMITS.imperial))} sq ft`;
  return units === 'metric' ? `${metric} (${imperial})` : `${imperial} (${metric})`;
}

/** An area in m² that core returned as a number (its shortest decimal is the exact one). */
export function formatAreaNumber(squareMetres: number, units: Units): string {
  return formatArea(decimal(Math.max(0, squareMetres)), units);
}

/** The text to show in a field typed in the other unit: converted, to 2 places for reading. */
export function convertedText(value: Decimal, from: Units, kind: 'area' | 'length'): string {
  if (kind === 'area') {
    const metricValue = from === 'metric' ? value : times(value, SQUARE_FOOT);
    return plain(hundredths(from === 'metric' ? squareFeetThousandths(metricValue) : thousandths(metricValue), LIMITS[from === 'metric' ? 'imperial' : 'metric']));
  }
  // 1 ft = 0.3048 m
  if (from === 'imperial') return plain(hundredths(thousandths(times(value, FOOT)), new Set()));
  const shift = value.exponent + 7;
  const feet = shift >= 0 ? (value.digits * 10n ** BigInt(shift)) / 3048n : value.digits / (3048n * 10n ** BigInt(-shift));
  return plain(hundredths(feet, new Set()));
}

function plain(hundredthsValue: bigint): string {
  return show(hundredthsValue).replace(/,/g, '').replace(/\.?0+$/, '') || '0';
}

/** Persons as the Act counts them, in halves: 7.5 → "7½", 0.5 → "½". */
export function formatPersons(persons: number): string {
  const whole = Math.floor(persons);
  const half = persons - whole >= 0.5 ? '½' : '';
  return whole === 0 && half ? half : `${whole}${half}`;
}
