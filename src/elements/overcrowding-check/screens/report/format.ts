import {
  decimal,
  decimalText,
  forReading,
  FOOT_IN_METRES,
  fromFeet,
  fromSquareFeet,
  SQUARE_FOOT_IN_SQUARE_METRES,
  type Decimal,
} from '../../../../core/overcrowding/exact-area.ts';
import {
  HMO_ROOM_MINIMUMS,
  HMO_SLEEPING_MINIMUM_SQUARE_METRES,
  SPACE_STANDARD_TABLE_II,
} from '../../../../core/overcrowding.ts';
import type { Measure, Units } from '../../../../schema/overcrowding.ts';
import { measuredValue } from './read-draft.ts';
import type { OvercrowdingMessages } from './messages.ts';

/**
 * Figures for reading, to 2 decimal places, never rounded up onto a limit the real area misses (see
 * forReading): 10.2193344 m² shows as 10.21 m² beside the 10.22 m² HMO size. The check itself always
 * uses the exact area.
 */

/** The limits in the law a figure is read against: s.326 Table II in sq ft; the 2018 HMO sizes in m². */
const LIMITS: Record<Units, readonly Decimal[]> = {
  imperial: SPACE_STANDARD_TABLE_II.map((row) => decimal(row.minSquareFeet)),
  metric: [...HMO_ROOM_MINIMUMS.map((row) => row.squareMetres), HMO_SLEEPING_MINIMUM_SQUARE_METRES].map(decimal),
};

const groupings = new Map<string, Intl.NumberFormat>();

/** "10763.91" → "10,763.91" in the catalogue's locale. */
function grouped(text: string, locale: string): string {
  let grouping = groupings.get(locale);
  if (!grouping) {
    grouping = new Intl.NumberFormat(locale);
    groupings.set(locale, grouping);
  }
  const [whole = '', fraction = ''] = text.split('.');
  return `${grouping.format(BigInt(whole))}.${fraction}`;
}

function inUnits(squareMetres: Decimal, units: Units): Decimal {
  const unit = units === 'metric' ? undefined : SQUARE_FOOT_IN_SQUARE_METRES;
  return forReading(squareMetres, 2, { limits: LIMITS[units], ...(unit ? { unit } : {}) });
}

/** An exact area in m², for reading in `units` first and the other unit in brackets. */
export function formatArea(squareMetres: Decimal, units: Units, m: OvercrowdingMessages): string {
  const figure = (inThese: Units) => {
    const text = grouped(decimalText(inUnits(squareMetres, inThese), 2), m.locale);
    return m.areaFigure(text, inThese === 'metric' ? m.unitSquareMetres : m.unitSquareFeet);
  };
  return m.areaWithOther(figure(units), figure(units === 'metric' ? 'imperial' : 'metric'));
}

/** An area in m² that core returned as a number (its shortest decimal is the exact one). */
export function formatAreaNumber(squareMetres: number, units: Units, m: OvercrowdingMessages): string {
  return formatArea(decimal(Math.max(0, squareMetres)), units, m);
}

/**
 * What to show in a field typed in the other unit: converted, to 2 places, as plain digits the user can
 * edit and the form can read back (no grouping).
 */
export function convertedText(value: Decimal, from: Units, kind: 'area' | 'length'): string {
  if (kind === 'area')
    return decimalText(
      inUnits(from === 'metric' ? value : fromSquareFeet(value), from === 'metric' ? 'imperial' : 'metric'),
    );
  return decimalText(
    from === 'metric' ? forReading(value, 2, { unit: FOOT_IN_METRES }) : forReading(fromFeet(value), 2),
  );
}

/** A measure typed in the other unit, as its field shows it: converted; undefined if it is not a number. */
export function convertedMeasure(measure: Measure, kind: 'area' | 'length'): string | undefined {
  const value = measuredValue(measure);
  return value ? convertedText(value, measure.unit, kind) : undefined;
}

/** Persons as the Act counts them, in halves: 7.5 → "7½", 0.5 → "½". */
export function formatPersons(persons: number): string {
  const whole = Math.floor(persons);
  const half = persons - whole >= 0.5 ? '½' : '';
  return whole === 0 && half ? half : `${whole}${half}`;
}
