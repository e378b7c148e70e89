import { atLeast, decimal, fromSquareFeet, type Decimal } from './exact-area.ts';
import { requireArea, type Area } from './validate.ts';
import type { RoomArea } from './types.ts';

/** s.326(3) Table I: rooms available as sleeping accommodation → persons, up to four rooms. */
export const SPACE_STANDARD_TABLE_I: readonly { readonly rooms: number; readonly persons: number }[] = [
  { rooms: 1, persons: 2 },
  { rooms: 2, persons: 3 },
  { rooms: 3, persons: 5 },
  { rooms: 4, persons: 7.5 },
];

/** s.326(3) Table I: five rooms or more → two persons for each room. */
export const PERSONS_PER_ROOM_FROM_FIVE_ROOMS = 2;

/** s.326(3) Table II: a room's floor area (this many sq ft or more) → persons; under 50 sq ft → 0. */
export const SPACE_STANDARD_TABLE_II: readonly { readonly minSquareFeet: number; readonly persons: number }[] = [
  { minSquareFeet: 110, persons: 2 },
  { minSquareFeet: 90, persons: 1.5 },
  { minSquareFeet: 70, persons: 1 },
  { minSquareFeet: 50, persons: 0.5 },
];

const TABLE_II_EXACT: readonly { readonly minimum: Decimal; readonly persons: number }[] = SPACE_STANDARD_TABLE_II.map(
  (row) => ({ minimum: fromSquareFeet(decimal(row.minSquareFeet)), persons: row.persons }),
);

/** One room's part in the permitted number. */
export interface RoomAllowance {
  readonly squareFeet: number;
  readonly squareMetres: number;
  /** Table II's figure for the room. */
  readonly persons: number;
  /** Whether the room counts at all: s.326(3) ignores a room under 50 sq ft in both tables. */
  readonly counted: boolean;
}

/** The space standard's tables for a set of rooms; `R` describes each room. */
export interface SpaceTable<R> {
  /** Table I for the rooms counted. */
  readonly byRooms: number;
  /** The sum of Table II over the rooms. */
  readonly byArea: number;
  /** The lower of the two (s.326(3)). */
  readonly permitted: number;
  /** Rooms of 50 sq ft or more. */
  readonly roomsCounted: number;
  /** Per room, in the order given. */
  readonly rooms: readonly R[];
}

export type PermittedNumber = SpaceTable<RoomAllowance>;

function tableI(rooms: number): number {
  if (rooms >= 5) return PERSONS_PER_ROOM_FROM_FIVE_ROOMS * rooms;
  return SPACE_STANDARD_TABLE_I.find((row) => row.rooms === rooms)?.persons ?? 0;
}

/** The space standard's tables for validated areas, keeping whatever else describes each room. */
export function assessSpace<T extends Area>(
  areas: readonly T[],
): SpaceTable<Omit<T, 'exact'> & Pick<RoomAllowance, 'persons' | 'counted'>> {
  const rooms = areas.map(({ exact, ...room }) => {
    const persons = TABLE_II_EXACT.find((row) => atLeast(exact, row.minimum))?.persons ?? 0;
    return { ...room, persons, counted: persons > 0 };
  });
  const roomsCounted = rooms.filter((room) => room.counted).length;
  const byRooms = tableI(roomsCounted);
  const byArea = rooms.reduce((sum, room) => sum + room.persons, 0);
  return { byRooms, byArea, permitted: Math.min(byRooms, byArea), roomsCounted, rooms };
}

/**
 * The permitted number of persons under the space standard (Housing Act 1985 s.326(3)): the lower of
 * Table I (by the number of rooms) and the sum of Table II (by each room's floor area).
 *
 * Pass every room available as sleeping accommodation (bedrooms and living rooms) and nothing else.
 * A room under 50 sq ft is ignored in both tables. Square metres are converted exactly
 * (1 sq ft = 0.09290304 m²) and thresholds are never rounded: 10.22 m² is 110.007 sq ft (2 persons),
 * 10.21 m² is 109.9 sq ft (1½). No rooms → 0. A room's `lowCeilingSquareMetres` is not deducted here:
 * that deduction belongs to the HMO licence sizes; s.326(4) leaves the measuring of floor area to
 * regulations, so the area is taken as the officer measured it.
 *
 * @throws HhsrsInputError naming `rooms[i]` for a missing, negative or non-finite area, or both units given
 */
export function permittedNumber(rooms: readonly RoomArea[]): PermittedNumber {
  return assessSpace(rooms.map((room, i) => requireArea(room, `rooms[${i}]`)));
}
