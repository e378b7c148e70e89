import { countPersons } from './persons.ts';
import { roomStandard, type RoomStandard } from './room-standard.ts';
import { assessSpace, type RoomAllowance, type SpaceTable } from './space-standard.ts';
import { ROOM_USES, type Person, type Room, type RoomUse } from './types.ts';
import { inSleepingOrder, validatePeople, validateRooms } from './validate.ts';

/** A room's part in the space standard, with the room it belongs to. */
export interface SpaceRoom extends RoomAllowance {
  readonly roomId: string;
  readonly use: RoomUse;
}

export interface SpaceStandard extends SpaceTable<SpaceRoom> {
  readonly contravened: boolean;
  /** s.326(2)(a): under 1 → 0, 1 to under 10 → ½, else 1. */
  readonly persons: number;
}

export interface OvercrowdingCheck {
  /** s.324: either standard contravened. */
  readonly overcrowded: boolean;
  readonly room: RoomStandard;
  readonly space: SpaceStandard;
  /**
   * The rooms whose use may or may not count (a kitchen-diner), with the user's decision (`counts`): both
   * standards rest on it, so a result should say so.
   */
  readonly decidedRooms: readonly { readonly roomId: string; readonly counts: boolean }[];
}

/**
 * Whether a dwelling is statutorily overcrowded (Housing Act 1985 s.324): the room standard (s.325) or
 * the space standard (s.326) is contravened by the people who sleep there.
 *
 * Rooms available as sleeping accommodation are those "of a type normally used in the locality either as
 * a bedroom or as a living room" (s.325(2)(b), s.326(2)(b)): see `ROOM_USES`. A bedroom, box room, living
 * room, dining room or study counts; a kitchen-diner counts when its `counts` is true (the user's decision,
 * reported in `decidedRooms`); a kitchen, bathroom, hall, store or other room counts for neither standard.
 * - Room standard: every bedroom and living room counts, however small — the 50 sq ft rule of s.326(3)
 *   is written for the space standard's tables only. `room.roomsNeeded` is the minimum (never more
 *   than 2); `room.arrangement` shows who sleeps where when the standard is met, `room.conflict` the
 *   pair who must share when it is not, and `room.partedCouples` any couple the arrangement must part.
 * - Space standard: see `countPersons` and `permittedNumber`; contravened when persons > permitted.
 *   `lowCeilingSquareMetres` does not reduce the area here (it applies to HMO sizes only).
 *
 * Areas in square feet or square metres; ages in years.
 * @throws HhsrsInputError naming the field (e.g. `people[2].partnerId`, `rooms[0].squareMetres`) for
 *   duplicate or empty ids, an age not from 0 to 130, a sex not "female"/"male", a partnerId that names
 *   nobody else or does not point back, a partnerId on a person under 16, a use not in the list, a
 *   kitchen-diner without `counts`, a missing, negative or doubled area, or a low-ceiling area outside 0 to
 *   the room's area.
 */
export function checkOvercrowding(input: {
  readonly people: readonly Person[];
  readonly rooms: readonly Room[];
}): OvercrowdingCheck {
  validatePeople(input.people);
  const valid = validateRooms(input.rooms, true);
  const sleeping = inSleepingOrder(valid, ({ room }) => room);
  const room = roomStandard(
    input.people,
    sleeping.map(({ room }) => room.id),
  );
  // Table II lists the rooms in the order given, as the user entered them.
  const given = valid.filter((entry) => sleeping.includes(entry));
  const table = assessSpace(given.map(({ room, area }) => ({ ...area, roomId: room.id, use: room.use })));
  const persons = countPersons(input.people.map((person) => person.age));
  const space: SpaceStandard = { ...table, contravened: persons > table.permitted, persons };
  const decidedRooms = input.rooms
    .filter((entry) => ROOM_USES.some((row) => row.use === entry.use && row.counts === 'may-count'))
    .map((entry) => ({ roomId: entry.id, counts: entry.counts === true }));
  return { overcrowded: room.contravened || space.contravened, room, space, decidedRooms };
}
