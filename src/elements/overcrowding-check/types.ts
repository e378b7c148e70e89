import type { Decimal, DecimalProblem } from '../../core/overcrowding/exact-area.ts';
import type { Person, Room } from '../../core/overcrowding.ts';
import type { Units } from '../../schema/overcrowding.ts';

/**
 * What the form and the report share: what was read from the form, and each problem in it as a typed value.
 * The report screen reads the draft and puts problems into words; the form screen shows them beside fields.
 */

/** What is wrong with one field, for the messages catalogue to put into words. */
export type ProblemCode =
  | DecimalProblem
  | 'too-old'
  | 'zero'
  | 'too-big'
  | 'too-long'
  | 'more-than-floor'
  | 'no-sex'
  | 'no-use'
  | 'partner-missing'
  | 'partner-not-mutual'
  | 'partner-under-16'
  | 'no-counts';

export type PersonField = 'age' | 'sex' | 'partner';
export type RoomField = 'use' | 'counts' | 'area' | 'length' | 'width' | 'lowCeiling';

/** A room's floor area, exactly, in the unit it was typed in (m² unless every figure was in feet). */
export interface FloorArea {
  area: Decimal;
  unit: Units;
}

export type InputProblem =
  | { kind: 'person'; index: number; id: string; field: PersonField; code: ProblemCode }
  | { kind: 'room'; index: number; id: string; field: RoomField; code: ProblemCode; floor?: FloorArea };

/** A room ready for the law, with its exact floor area for display. */
export interface ReadRoom {
  room: Room;
  exactSquareMetres: Decimal;
}

export interface DraftReading {
  problems: InputProblem[];
  /** The input for core, when there is at least one person and one room and nothing is wrong. */
  input: { people: Person[]; rooms: ReadRoom[] } | null;
}

/** A problem with the control it belongs to and the words to show beside it and in the error summary. */
export type ShownProblem = InputProblem & { fieldId: string; message: string };

export interface FormReading {
  problems: readonly ShownProblem[];
  input: DraftReading['input'];
}
