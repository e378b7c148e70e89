/**
 * Exact decimal arithmetic for floor areas. Areas are compared as the decimals that were typed, so a
 * room of 10.2193344 m² (exactly 110 sq ft) is 110 sq ft, where floating-point division would give
 * 109.99999999999999 and drop it a row of s.326 Table II.
 */

/** digits × 10^exponent */
export interface Decimal {
  readonly digits: bigint;
  readonly exponent: number;
}

/** 1 sq ft = 0.09290304 m² exactly: the international foot is 0.3048 m. */
export const SQUARE_METRES_PER_SQUARE_FOOT = 0.09290304;
const SQUARE_FOOT: Decimal = { digits: 9290304n, exponent: -8 };

/**
 * A finite number, 0 or more, as the shortest decimal that reads back as it (JavaScript's own `String`,
 * which for such a number is always digits, an optional fraction and an optional exponent).
 */
export function decimal(value: number): Decimal {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value)) as RegExpExecArray;
  const [, whole = '', fraction = '', power = '0'] = match;
  return { digits: BigInt(whole + fraction), exponent: Number(power) - fraction.length };
}

/** An area in square feet, exactly, in square metres. */
export function fromSquareFeet(squareFeet: Decimal): Decimal {
  return { digits: squareFeet.digits * SQUARE_FOOT.digits, exponent: squareFeet.exponent + SQUARE_FOOT.exponent };
}

function scaled(value: Decimal, exponent: number): bigint {
  return value.digits * 10n ** BigInt(value.exponent - exponent);
}

/** value ≥ minimum, exactly. */
export function atLeast(value: Decimal, minimum: Decimal): boolean {
  const exponent = Math.min(value.exponent, minimum.exponent);
  return scaled(value, exponent) >= scaled(minimum, exponent);
}

/** value − part, exactly. */
export function minus(value: Decimal, part: Decimal): Decimal {
  const exponent = Math.min(value.exponent, part.exponent);
  return { digits: scaled(value, exponent) - scaled(part, exponent), exponent };
}

/** The nearest number, for display. */
export function toNumber(value: Decimal): number {
  return Number(`${value.digits}e${value.exponent}`);
}
