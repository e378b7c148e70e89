import { atLeast, fromSquareFeet, type Decimal } from '../../core/overcrowding/exact-area.ts';
import type { Measure, Units } from '../../schema/overcrowding.ts';

/**
 * Numbers as typed, kept exact: a measurement is never pushed through floating point before the law
 * compares it (3.5 m × 2.92 m is 10.22 m², where 3.5 * 2.92 in JavaScript is 10.219999999999999).
 */

export type NumberProblem = 'missing' | 'not-a-number' | 'negative';
export type ParsedNumber = { ok: true; value: Decimal } | { ok: false; problem: NumberProblem };

const PLAIN = /^(\d+(?:\.\d*)?|\.\d+)$/;
const FEET_IN_METRES: Decimal = { digits: 3048n, exponent: -4 };

/** "10.22" → 1022 × 10⁻²; blank, "-3" and "ten" are problems. Spaces around the number are ignored. */
export function parseNumber(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'missing' };
  if (!PLAIN.test(trimmed)) {
    return { ok: false, problem: /^-\s*(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? 'negative' : 'not-a-number' };
  }
  const [whole = '', fraction = ''] = trimmed.split('.');
  return { ok: true, value: { digits: BigInt(`${whole}${fraction}` || '0'), exponent: -fraction.length || 0 } };
}

export function times(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, exponent: a.exponent + b.exponent };
}

/** A length typed in metres or feet, exactly in metres (1 ft = 0.3048 m). */
export function metres(value: Decimal, unit: Units): Decimal {
  return unit === 'metric' ? value : times(value, FEET_IN_METRES);
}

/** An area typed in m² or sq ft, exactly in m² (1 sq ft = 0.09290304 m²). */
export function squareMetres(value: Decimal, unit: Units): Decimal {
  return unit === 'metric' ? value : fromSquareFeet(value);
}

export function isZero(value: Decimal): boolean {
  return value.digits === 0n;
}

/** a > b, exactly. */
export function exceeds(a: Decimal, b: Decimal): boolean {
  return !atLeast(b, a);
}

export const decimalOf = (digits: number, exponent = 0): Decimal => ({ digits: BigInt(digits), exponent });

/** A measure that parses, with its exact value. */
export function valueOf(measure: Measure): Decimal | undefined {
  const parsed = parseNumber(measure.text);
  return parsed.ok ? parsed.value : undefined;
}
