/**
 * Exact decimal arithmetic for lengths and floor areas. Figures are kept as the decimals that were typed,
 * so a room of 10.2193344 m² (exactly 110 sq ft) is 110 sq ft, where floating-point division would give
 * 109.99999999999999 and drop it a row of s.326 Table II, and 3.5 m × 2.92 m is 10.22 m², where
 * 3.5 * 2.92 is 10.219999999999999, under the 10.22 m² HMO size.
 */

/** digits × 10^exponent */
export interface Decimal {
  readonly digits: bigint;
  readonly exponent: number;
}

/** 1 ft = 0.3048 m exactly (the international foot). */
export const FOOT_IN_METRES: Decimal = { digits: 3048n, exponent: -4 };
/** 1 sq ft = 0.09290304 m² exactly: 0.3048². */
export const SQUARE_FOOT_IN_SQUARE_METRES: Decimal = times(FOOT_IN_METRES, FOOT_IN_METRES);
export const SQUARE_METRES_PER_SQUARE_FOOT = 0.09290304;

const ONE: Decimal = { digits: 1n, exponent: 0 };

/**
 * A finite number, 0 or more, as the shortest decimal that reads back as it (JavaScript's own `String`,
 * which for such a number is always digits, an optional fraction and an optional exponent).
 */
export function decimal(value: number): Decimal {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value)) as RegExpExecArray;
  const [, whole = '', fraction = '', power = '0'] = match;
  return { digits: BigInt(whole + fraction), exponent: Number(power) - fraction.length };
}

export type DecimalProblem = 'missing' | 'not-a-number' | 'negative';
export type ParsedDecimal = { ok: true; value: Decimal } | { ok: false; problem: DecimalProblem };

const PLAIN = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;
const NEGATIVE = /^-\s*(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number as a person types it, exactly: "10.22" → 1022 × 10⁻². Spaces around it are ignored; "5." and
 * ".5" are accepted. Blank is `missing`, "-3" is `negative`, and anything else ("ten", "1,000", "1e3") is
 * `not-a-number`, so nothing a person did not mean is guessed at.
 */
export function parseDecimal(text: string): ParsedDecimal {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'missing' };
  const match = PLAIN.exec(trimmed);
  if (!match) return { ok: false, problem: NEGATIVE.test(trimmed) ? 'negative' : 'not-a-number' };
  const [, whole = '', wholeFraction = '', bareFraction = ''] = match;
  const fraction = wholeFraction || bareFraction;
  // 0 - length, not -length: "5" has exponent 0, never -0, so equal decimals are equal field by field.
  return { ok: true, value: { digits: BigInt(whole + fraction), exponent: 0 - fraction.length } };
}

/** a × b, exactly. */
export function times(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, exponent: a.exponent + b.exponent };
}

/** A length in feet, exactly, in metres. */
export function fromFeet(feet: Decimal): Decimal {
  return times(feet, FOOT_IN_METRES);
}

/** An area in square feet, exactly, in square metres. */
export function fromSquareFeet(squareFeet: Decimal): Decimal {
  return times(squareFeet, SQUARE_FOOT_IN_SQUARE_METRES);
}

function scaled(value: Decimal, exponent: number): bigint {
  return value.digits * 10n ** BigInt(value.exponent - exponent);
}

/** value ≥ minimum, exactly. */
export function atLeast(value: Decimal, minimum: Decimal): boolean {
  const exponent = Math.min(value.exponent, minimum.exponent);
  return scaled(value, exponent) >= scaled(minimum, exponent);
}

/** value > limit, exactly. */
export function exceeds(value: Decimal, limit: Decimal): boolean {
  return !atLeast(limit, value);
}

export function isZero(value: Decimal): boolean {
  return value.digits === 0n;
}

/** value − part, exactly. */
export function minus(value: Decimal, part: Decimal): Decimal {
  const exponent = Math.min(value.exponent, part.exponent);
  return { digits: scaled(value, exponent) - scaled(part, exponent), exponent };
}

/** The nearest number, for code that needs one (the exact value stays with the caller). */
export function toNumber(value: Decimal): number {
  return Number(`${value.digits}e${value.exponent}`);
}

/**
 * `value` (0 or more) counted in `unit`s (1 by default; `SQUARE_FOOT_IN_SQUARE_METRES` gives square feet),
 * to `places` decimal places for reading: half up, except never up onto one of `limits` that the exact
 * figure falls short of. 10.2193344 m² reads 10.21 beside the 10.22 m² HMO size, and 10.2193 m²
 * (109.9996 sq ft) reads 109.99 sq ft beside Table II's 110, so a figure never seems to meet a limit it
 * misses. The law is always applied to the exact value, never to this.
 */
export function forReading(
  value: Decimal,
  places: number,
  options: { unit?: Decimal; limits?: readonly Decimal[] } = {},
): Decimal {
  const { unit = ONE, limits = [] } = options;
  // value / unit × 10^places as the fraction top / bottom, both whole numbers.
  const shift = value.exponent - unit.exponent + places;
  const top = shift >= 0 ? value.digits * 10n ** BigInt(shift) : value.digits;
  const bottom = shift >= 0 ? unit.digits : unit.digits * 10n ** BigInt(-shift);
  const exponent = 0 - places; // never -0, as in parseDecimal
  const down: Decimal = { digits: top / bottom, exponent };
  const up: Decimal = { digits: (2n * top + bottom) / (2n * bottom), exponent };
  const ontoLimit = up.digits > down.digits && limits.some((limit) => atLeast(up, limit) && atLeast(limit, up));
  return ontoLimit ? down : up;
}

/**
 * The exact value (0 or more) as plain decimal text, no exponent and no grouping, with at least `minimumPlaces`
 * decimal places and no trailing zeros beyond them: 10.2193344 → "10.2193344"; 1000 with 2 → "1000.00".
 */
export function decimalText(value: Decimal, minimumPlaces = 0): string {
  const places = Math.max(-value.exponent, minimumPlaces);
  const digits = scaled(value, -places)
    .toString()
    .padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits
    .slice(digits.length - places)
    .replace(/0+$/, '')
    .padEnd(minimumPlaces, '0');
  return fraction ? `${whole}.${fraction}` : whole;
}
