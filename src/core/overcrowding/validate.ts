import { HhsrsInputError } from '../errors.ts';
import {
  atLeast,
  decimal,
  decimalText,
  fromSquareFeet,
  SQUARE_METRES_PER_SQUARE_FOOT,
  type Decimal,
} from './exact-area.ts';
import { ROOM_USES, type Person, type Room, type RoomArea, type RoomUse } from './types.ts';

/** The oldest age accepted: anything above is a typing error, not a person. */
export const MAX_AGE = 130;
/** FACTS §5: a couple is two adults; a partner under 16 is refused. */
export const MIN_PARTNER_AGE = 16;
const USES: readonly RoomUse[] = ROOM_USES.map((row) => row.use);

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** An age in years from 0 to 130, fractions allowed; otherwise an HhsrsInputError naming `field`. */
export function requireAge(age: unknown, field: string): number {
  if (typeof age !== 'number' || !(age >= 0 && age <= MAX_AGE)) {
    throw new HhsrsInputError(field, `${field} must be an age in years from 0 to ${MAX_AGE}; got ${show(age)}`);
  }
  return age;
}

/**
 * Checks ids, ages, sexes and that every partnerId names another person, 16 or over, whose partnerId names
 * them back; a person under 16 may not have a partnerId at all.
 */
export function validatePeople(people: readonly Person[]): void {
  const byId = new Map<string, Person>();
  people.forEach((person, i) => {
    const at = `people[${i}]`;
    if (typeof person.id !== 'string' || person.id === '') {
      throw new HhsrsInputError(`${at}.id`, `${at}.id must be a non-empty text id; got ${show(person.id)}`);
    }
    if (byId.has(person.id)) {
      throw new HhsrsInputError(`${at}.id`, `${at}.id must be unique; ${show(person.id)} is used twice`);
    }
    requireAge(person.age, `${at}.age`);
    if (person.sex !== 'female' && person.sex !== 'male') {
      throw new HhsrsInputError(`${at}.sex`, `${at}.sex must be "female" or "male"; got ${show(person.sex)}`);
    }
    byId.set(person.id, person);
  });
  people.forEach((person, i) => {
    if (person.partnerId === undefined) return;
    const field = `people[${i}].partnerId`;
    if (person.age < MIN_PARTNER_AGE) {
      throw new HhsrsInputError(
        field,
        `${field} must be left out for a person under ${MIN_PARTNER_AGE}: a couple is two people aged ${MIN_PARTNER_AGE} or over; ` +
          `people[${i}] is aged ${person.age}`,
      );
    }
    const partner = byId.get(person.partnerId);
    if (partner === undefined || partner === person) {
      throw new HhsrsInputError(
        field,
        `${field} must be the id of another person in the household; got ${show(person.partnerId)}`,
      );
    }
    if (partner.partnerId !== person.id) {
      throw new HhsrsInputError(
        field,
        `${field} must name a partner whose partnerId names ${show(person.id)} back; ` +
          `${show(partner.id)} has partnerId ${show(partner.partnerId)}`,
      );
    }
  });
}

/** A validated floor area: as given, in the other unit, and exactly in square metres. */
export interface Area {
  readonly squareFeet: number;
  readonly squareMetres: number;
  readonly exact: Decimal;
}

function requireNonNegative(value: unknown, field: string, unit: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value < Infinity)) {
    throw new HhsrsInputError(field, `${field} must be a finite number of ${unit}, 0 or more; got ${show(value)}`);
  }
  return value;
}

/**
 * A room's floor area from exactly one of `squareFeet` and `squareMetres` (finite, 0 or more); otherwise an
 * HhsrsInputError naming `at` or `at.<unit>`.
 */
export function requireArea(room: RoomArea, at: string): Area {
  const { squareFeet, squareMetres } = room as { squareFeet?: unknown; squareMetres?: unknown };
  if ((squareFeet === undefined) === (squareMetres === undefined)) {
    const got = squareFeet === undefined ? 'neither' : 'both';
    throw new HhsrsInputError(
      at,
      `${at} must give its floor area as squareFeet or squareMetres (one of them); got ${got}`,
    );
  }
  if (squareMetres === undefined) {
    const feet = requireNonNegative(squareFeet, `${at}.squareFeet`, 'square feet');
    return {
      squareFeet: feet,
      squareMetres: feet * SQUARE_METRES_PER_SQUARE_FOOT,
      exact: fromSquareFeet(decimal(feet)),
    };
  }
  const metres = requireNonNegative(squareMetres, `${at}.squareMetres`, 'square metres');
  return { squareFeet: metres / SQUARE_METRES_PER_SQUARE_FOOT, squareMetres: metres, exact: decimal(metres) };
}

/** A room as the HMO size check needs it; a `Room` is one. */
export type HmoRoom = RoomArea & { readonly id: string; readonly lowCeilingSquareMetres?: number };

export interface ValidRoom<R> {
  readonly room: R;
  readonly area: Area;
  /** Floor under a ceiling lower than 1.5 m, exactly, in square metres (0 when not given). */
  readonly lowCeiling: Decimal;
}

/** Checks ids (non-empty, unique), floor areas, the low-ceiling part and, where asked, each room's use. */
export function validateRooms<R extends HmoRoom & { readonly use?: unknown }>(
  rooms: readonly R[],
  checkUse: boolean,
): ValidRoom<R>[] {
  const ids = new Set<string>();
  return rooms.map((room, i) => {
    const at = `rooms[${i}]`;
    if (typeof room.id !== 'string' || room.id === '' || ids.has(room.id)) {
      throw new HhsrsInputError(
        `${at}.id`,
        `${at}.id must be a non-empty text id used by no other room; got ${show(room.id)}`,
      );
    }
    ids.add(room.id);
    if (checkUse) requireUse(room as unknown as Room, at);
    const area = requireArea(room, at);
    if (room.lowCeilingSquareMetres === undefined) return { room, area, lowCeiling: decimal(0) };
    const field = `${at}.lowCeilingSquareMetres`;
    const low = requireNonNegative(room.lowCeilingSquareMetres, field, 'square metres');
    const lowCeiling = decimal(low);
    if (!atLeast(area.exact, lowCeiling)) {
      // The exact area, not the float: 110 sq ft is 10.2193344 m², never 10.219334400000001.
      const floor = room.squareFeet === undefined ? '' : `${area.squareFeet} sq ft, which is `;
      throw new HhsrsInputError(
        field,
        `${field} must be from 0 to the room's floor area (${floor}${decimalText(area.exact)} m²); got ${low}`,
      );
    }
    return { room, area, lowCeiling };
  });
}

function requireUse(room: Room, at: string): void {
  const row = ROOM_USES.find((entry) => entry.use === room.use);
  if (!row)
    throw new HhsrsInputError(`${at}.use`, `${at}.use must be one of ${USES.join(', ')}; got ${show(room.use)}`);
  if (row.counts === 'may-count' && typeof room.counts !== 'boolean') {
    throw new HhsrsInputError(
      `${at}.counts`,
      `${at}.counts must be true or false for a ${room.use}: whether rooms like it are normally used in the locality ` +
        `as a bedroom or living room (s.325(2)(b), s.326(2)(b)); got ${show(room.counts)}`,
    );
  }
}

/** Whether a (validated) room is available as sleeping accommodation: by its use, or as the user decided. */
export function isSleepingRoom(room: Pick<Room, 'use' | 'counts'>): boolean {
  const counts = ROOM_USES.find((entry) => entry.use === room.use)?.counts;
  return counts === 'counts' || (counts === 'may-count' && room.counts === true);
}

/** The items whose room is available as sleeping accommodation, in the order of `ROOM_USES` (bedrooms first). */
export function inSleepingOrder<T>(items: readonly T[], roomOf: (item: T) => Pick<Room, 'use' | 'counts'>): T[] {
  const sleeping = items.filter((item) => isSleepingRoom(roomOf(item)));
  return ROOM_USES.flatMap(({ use }) => sleeping.filter((item) => roomOf(item).use === use));
}
