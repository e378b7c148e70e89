import { HhsrsInputError } from '../errors.ts';
import { checkArrangement, hmoRoomSizes, type HmoRoomSize } from './hmo-room-sizes.ts';
import type { SleepingRoom } from './room-standard.ts';
import type { Person, Room } from './types.ts';
import { inSleepingOrder, validatePeople, validateRooms } from './validate.ts';

export interface HmoSleeping {
  /**
   * Who sleeps where: the room standard's groups of people aged 10 or over, each in a room, and every child
   * under 10 placed too. Rooms nobody sleeps in are left out.
   */
  readonly arrangement: readonly SleepingRoom[];
  /** True when the groups were put in other rooms than the room standard's arrangement, to meet the sizes. */
  readonly moved: boolean;
  /** Each bedroom and living room, in the order given, with `occupancy` for the rooms slept in. */
  readonly rooms: readonly HmoRoomSize[];
}

type Placed = Map<string, string[]>;

/** The groups in these rooms, in order, and each child under 10 in the first empty room big enough (4.64 m²). */
function place(
  groups: readonly (readonly string[])[],
  roomIds: readonly string[],
  children: readonly Person[],
  sizes: readonly HmoRoomSize[],
): Placed {
  const placed: Placed = new Map(groups.map((group, i) => [roomIds[i] as string, [...group]]));
  const largest = [...sizes].sort((a, b) => b.usableSquareMetres - a.usableSquareMetres)[0] as HmoRoomSize;
  for (const child of children) {
    const empty = sizes.find((size) => size.sleepingAllowed && !placed.has(size.roomId));
    // No room of their own: the child shares the largest room, where the regulations set no size for the mix.
    const roomId = empty?.roomId ?? largest.roomId;
    placed.set(roomId, [...(placed.get(roomId) ?? []), child.id]);
  }
  return placed;
}

function check(placed: Placed, rooms: readonly Room[], people: readonly Person[]): HmoRoomSize[] {
  return hmoRoomSizes(
    { rooms, people },
    [...placed].map(([roomId, personIds]) => ({ roomId, personIds })),
  );
}

const meetsAll = (sizes: readonly HmoRoomSize[]) => sizes.every((size) => size.occupancy?.meetsMinimum !== false);

/**
 * Checks a sleeping arrangement against the room sizes of the Licensing of Houses in Multiple Occupation
 * (Mandatory Conditions of Licences) (England) Regulations 2018: the room standard's arrangement of the
 * people aged 10 or over (`checkOvercrowding(...).room.arrangement`, which leaves children out), with each
 * child under 10 given an empty bedroom or living room of at least 4.64 m² where one is left, else put in
 * the largest room.
 *
 * If that arrangement puts someone in a room too small for them but the same groups, largest group in the
 * largest room, all fit, that is preferred (`moved`): the groups are those of the room standard, so moving
 * them between rooms keeps it met. The groups themselves are never changed.
 *
 * @param input people and rooms (`Person` and `Room` objects) as given to `checkOvercrowding`; only the
 *   rooms available as sleeping accommodation are slept in, bedrooms first. With none, nobody is placed.
 * @param arrangement the room standard's arrangement for the same household: every person aged 10 or
 *   over exactly once, in rooms available as sleeping accommodation. A child under 10 in it stays where
 *   it puts them; any other child is placed as above.
 * @throws HhsrsInputError as `checkOvercrowding` does for `people` and `rooms`; naming
 *   `arrangement[i].roomId` for a room that is not one of the rooms to sleep in (or is given twice),
 *   `arrangement[i].personIds[j]` for someone not in the household (or given twice), or `arrangement` when
 *   it leaves out someone aged 10 or over
 */
export function hmoSleeping(
  input: { readonly people: readonly Person[]; readonly rooms: readonly Room[] },
  arrangement: readonly SleepingRoom[],
): HmoSleeping {
  const { people } = input;
  validatePeople(people);
  // Bedrooms first, as the room standard fills them; `given` keeps the order the rooms were given in.
  const sleeping = inSleepingOrder(validateRooms(input.rooms, true), ({ room }) => room).map(({ room }) => room);
  const placedIds = new Set(
    [...checkArrangement(arrangement, sleeping, people).values()].flat().map((person) => person.id),
  );
  // With no room to sleep in, nobody can be placed (the room standard then gives no arrangement).
  if (sleeping.length === 0) return { arrangement: [], moved: false, rooms: [] };
  const missing = people.find((person) => person.age >= 10 && !placedIds.has(person.id));
  if (missing) {
    throw new HhsrsInputError(
      'arrangement',
      `arrangement must place everyone aged 10 or over in the household; ${JSON.stringify(missing.id)} is not in it`,
    );
  }
  const given = input.rooms.filter((room) => sleeping.includes(room));
  const sizes = hmoRoomSizes({ rooms: sleeping });
  const children = people.filter((person) => person.age < 10 && !placedIds.has(person.id));
  const groups = arrangement.map((room) => room.personIds);
  const asSuggested = place(
    groups,
    arrangement.map((room) => room.roomId),
    children,
    sizes,
  );
  const suggested = check(asSuggested, given, people);
  const bySize = [...sizes].sort((a, b) => b.usableSquareMetres - a.usableSquareMetres).map((size) => size.roomId);
  const largestFirst = [...groups].sort((a, b) => b.length - a.length);
  const asMoved = place(largestFirst, bySize, children, sizes);
  const moved = check(asMoved, given, people);
  const useMoved = !meetsAll(suggested) && meetsAll(moved);
  const placed = useMoved ? asMoved : asSuggested;
  const order = new Map(sleeping.map((room, i) => [room.id, i]));
  return {
    arrangement: [...placed]
      .sort(([a], [b]) => (order.get(a) as number) - (order.get(b) as number))
      .map(([roomId, personIds]) => ({ roomId, personIds })),
    moved: useMoved,
    rooms: useMoved ? moved : suggested,
  };
}
