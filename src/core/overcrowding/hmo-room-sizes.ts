import { HhsrsInputError } from '../errors.ts';
import { atLeast, decimal, minus, toNumber } from './exact-area.ts';
import type { SleepingRoom } from './room-standard.ts';
import type { Person } from './types.ts';
import { validatePeople, validateRooms, type HmoRoom } from './validate.ts';

/**
 * Licensing of Houses in Multiple Occupation (Mandatory Conditions of Licences) (England) Regulations
 * 2018: the smallest floor area (m²) of a room slept in by exactly these people. "Over 10" here includes
 * a person aged exactly 10: the regulations say "over 10" and "under 10" and leave 10 itself out, and
 * the stricter reading keeps a ten-year-old from being squeezed into a child's room.
 */
export const HMO_ROOM_MINIMUMS: readonly {
  readonly over10: number;
  readonly under10: number;
  readonly squareMetres: number;
}[] = [
  { over10: 2, under10: 0, squareMetres: 10.22 },
  { over10: 1, under10: 0, squareMetres: 6.51 },
  { over10: 0, under10: 1, squareMetres: 4.64 },
];

/** 2018 Regulations: a room under 4.64 m² may not be used as sleeping accommodation at all. */
export const HMO_SLEEPING_MINIMUM_SQUARE_METRES = 4.64;

export interface HmoOccupancy {
  readonly over10: number;
  readonly under10: number;
  /**
   * False when the regulations set no size for this mix (three or more over 10, two or more children,
   * or adults with children): the licence's own conditions decide, and `minimumSquareMetres` is then the
   * largest size the regulations set for any part of the group.
   */
  readonly prescribed: boolean;
  readonly minimumSquareMetres: number;
  readonly meetsMinimum: boolean;
}

export interface HmoRoomSize {
  readonly roomId: string;
  /** Floor area less any floor under a ceiling lower than 1.5 m, in m². */
  readonly usableSquareMetres: number;
  /** 4.64 m² or more. */
  readonly sleepingAllowed: boolean;
  /** 2 from 10.22 m², 1 from 6.51 m², else 0. */
  readonly maxPersonsOver10: number;
  /** The check of the people who sleep in the room, when they were given. */
  readonly occupancy: HmoOccupancy | null;
}

/**
 * Checks rooms in a licensed HMO in England against the 2018 mandatory licence conditions on room
 * sizes: 6.51 m² for one person over 10, 10.22 m² for two persons over 10, 4.64 m² for one child under
 * 10, and no sleeping at all in a room under 4.64 m². Floor where the ceiling is lower than 1.5 m
 * (`lowCeilingSquareMetres`) does not count. A person aged exactly 10 is treated as over 10.
 *
 * @param input `rooms`: floor areas in sq ft or m² (converted exactly), any `use` ignored; `people`: the
 *   household, as `Person` objects like `checkOvercrowding` takes (needed only with an arrangement)
 * @param arrangement optional: who sleeps in which room (ids of `people` and `rooms`), e.g. a room
 *   standard's arrangement; each room in it gets an `occupancy`. Nobody may be in it twice; people left
 *   out of it (sleeping elsewhere) are not checked.
 * @throws HhsrsInputError naming `rooms[i]…` or `people[i]…` as `checkOvercrowding` does,
 *   `arrangement[i].roomId` for a room id not among the rooms (or given twice), or
 *   `arrangement[i].personIds[j]` for an id not among the people (or given twice)
 */
export function hmoRoomSizes(
  input: { readonly rooms: readonly HmoRoom[]; readonly people?: readonly Person[] },
  arrangement: readonly SleepingRoom[] = [],
): HmoRoomSize[] {
  const valid = validateRooms(input.rooms, false);
  const people = input.people ?? [];
  validatePeople(people);
  const occupants = checkArrangement(arrangement, input.rooms, people);
  return valid.map(({ room, area, lowCeiling }) => {
    const usable = minus(area.exact, lowCeiling);
    const fits = (squareMetres: number) => atLeast(usable, decimal(squareMetres));
    const sleepers = occupants.get(room.id);
    return {
      roomId: room.id,
      usableSquareMetres: toNumber(usable),
      sleepingAllowed: fits(HMO_SLEEPING_MINIMUM_SQUARE_METRES),
      maxPersonsOver10: HMO_ROOM_MINIMUMS.find((row) => row.under10 === 0 && fits(row.squareMetres))?.over10 ?? 0,
      occupancy: sleepers
        ? occupancy(
            sleepers.map((person) => person.age),
            fits,
          )
        : null,
    };
  });
}

/** The people in each room of an arrangement, once it is known to name only these rooms and people, each once. */
export function checkArrangement(
  arrangement: readonly SleepingRoom[],
  rooms: readonly { readonly id: string }[],
  people: readonly Person[],
): Map<string, Person[]> {
  const byId = new Map(people.map((person) => [person.id, person]));
  const roomIds = new Set(rooms.map((room) => room.id));
  const placed = new Set<string>();
  const occupants = new Map<string, Person[]>();
  arrangement.forEach((sleeping, i) => {
    const at = `arrangement[${i}]`;
    if (!roomIds.has(sleeping.roomId) || occupants.has(sleeping.roomId)) {
      throw new HhsrsInputError(
        `${at}.roomId`,
        `${at}.roomId must name one of the rooms, once; got ${JSON.stringify(sleeping.roomId)}`,
      );
    }
    occupants.set(
      sleeping.roomId,
      sleeping.personIds.map((id, j) => {
        const person = byId.get(id);
        if (!person || placed.has(id)) {
          const field = `${at}.personIds[${j}]`;
          throw new HhsrsInputError(
            field,
            `${field} must name a person in the household, once; got ${JSON.stringify(id)}`,
          );
        }
        placed.add(id);
        return person;
      }),
    );
  });
  return occupants;
}
function occupancy(ages: readonly number[], fits: (squareMetres: number) => boolean): HmoOccupancy {
  const over10 = ages.filter((age) => age >= 10).length;
  const under10 = ages.length - over10;
  const minimumSquareMetres = HMO_ROOM_MINIMUMS.filter((row) => row.over10 <= over10 && row.under10 <= under10).reduce(
    (largest, row) => Math.max(largest, row.squareMetres),
    0,
  );
  const prescribed =
    ages.length === 0 || HMO_ROOM_MINIMUMS.some((row) => row.over10 === over10 && row.under10 === under10);
  return { over10, under10, prescribed, minimumSquareMetres, meetsMinimum: fits(minimumSquareMetres) };
}
