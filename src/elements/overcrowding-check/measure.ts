import { fromFeet, fromSquareFeet, parseDecimal, type Decimal } from '../../core/overcrowding/exact-area.ts';
import type { Measure, Units } from '../../schema/overcrowding.ts';

/** The form's measures (text as typed, in the unit it was typed in) as exact decimals; see core/overcrowding/exact-area.ts. */

/** A length typed in metres or feet, exactly in metres. */
export function metres(value: Decimal, unit: Units): Decimal {
  return unit === 'metric' ? value : fromFeet(value);
}

/** An area typed in m² or sq ft, exactly in m². */
export function squareMetres(value: Decimal, unit: Units): Decimal {
  return unit === 'metric' ? value : fromSquareFeet(value);
}

/** A measure that parses, with its exact value. */
export function valueOf(measure: Measure): Decimal | undefined {
  const parsed = parseDecimal(measure.text);
  return parsed.ok ? parsed.value : undefined;
}
