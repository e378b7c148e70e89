import type { Person } from './types.ts';

/** Who sleeps in which room. */
export interface SleepingRoom {
  readonly roomId: string;
  readonly personIds: readonly string[];
}

export interface RoomStandard {
  readonly contravened: boolean;
  /** The fewest rooms in which the people aged 10 or over can sleep without contravention: 0, 1 or 2. */
  readonly roomsNeeded: number;
  /** Bedrooms and living rooms, whatever their size. */
  readonly roomsAvailable: number;
  /**
   * An arrangement of the people aged 10 or over that meets the standard, or null when it is contravened
   * (or there is no room at all to sleep in). Children under 10 are left out of account and may sleep in
   * any room. Couples share a room while the rooms allow; others are spread over the spare rooms.
   */
  readonly arrangement: readonly SleepingRoom[] | null;
  /** When contravened: the first pair (in the order given) of opposite sexes, not a couple, who must share. */
  readonly conflict: readonly [string, string] | null;
  /**
   * The couples the arrangement parts, each partner with whoever shares their room (none: alone). Couples
   * are kept together while the rooms allow, so a couple is parted only when the standard is met in no
   * other way: the result then rests on their sleeping apart (FACTS §5), and should say so.
   */
  readonly partedCouples: readonly PartedCouple[];
}

/** A couple who sleep apart in the arrangement: `sleepsWith[i]` share the room of `couple[i]`. */
export interface PartedCouple {
  readonly couple: readonly [string, string];
  readonly sleepsWith: readonly [readonly string[], readonly string[]];
}

function partedCouples(people: readonly Person[], arrangement: readonly SleepingRoom[]): PartedCouple[] {
  const roomOf = (id: string) => arrangement.find((room) => room.personIds.includes(id)) as SleepingRoom;
  return people.flatMap((person, i) => {
    const partner = people.slice(i + 1).find((other) => other.id === person.partnerId);
    if (!partner) return [];
    const [mine, theirs] = [roomOf(person.id), roomOf(partner.id)];
    if (mine === theirs) return [];
    const others = (room: SleepingRoom, id: string) => room.personIds.filter((other) => other !== id);
    return [{ couple: [person.id, partner.id], sleepsWith: [others(mine, person.id), others(theirs, partner.id)] }];
  });
}

/** s.325(1): persons of the same sex may share, and so may a couple; no one else of the opposite sex. */
function mayShare(a: Person, b: Person): boolean {
  return a.sex === b.sex || a.partnerId === b.id;
}

function firstConflict(people: readonly Person[]): readonly [Person, Person] | null {
  for (const [i, a] of people.entries()) {
    const b = people.slice(i + 1).find((other) => !mayShare(a, other));
    if (b) return [a, b];
  }
  return null;
}

/**
 * Gives each non-empty pool (people of one sex) a room, then each spare room to the most crowded pool
 * that can still be split, and deals each pool's people round its rooms.
 */
function spread(pools: readonly Person[][], rooms: number): Person[][] {
  const slots = pools.filter((pool) => pool.length > 0).map((pool) => ({ pool, rooms: 1 }));
  for (let spare = rooms - slots.length; spare > 0; spare -= 1) {
    const crowded = slots
      .filter((slot) => slot.rooms < slot.pool.length)
      .sort((a, b) => b.pool.length / b.rooms - a.pool.length / a.rooms)[0];
    if (crowded === undefined) break;
    crowded.rooms += 1;
  }
  return slots.flatMap(({ pool, rooms: count }) =>
    Array.from({ length: count }, (_, r) => pool.filter((_, j) => j % count === r)),
  );
}

/**
 * Sleeping groups for people aged 10 or over, in at most `rooms` rooms (at least one, and at least two
 * if any pair may not share). As many couples as the rooms allow, in the order given, have a room each;
 * everyone else sleeps with their own sex, a couple without a room of their own parted between them.
 */
function sleepingGroups(people: readonly Person[], rooms: number): Person[][] {
  const couples = people.flatMap((person, i) => {
    const partner = people.slice(i + 1).find((other) => other.id === person.partnerId);
    return partner ? [[person, partner]] : [];
  });
  const pools = (kept: number) => {
    const together = new Set(couples.slice(0, kept).flat());
    const apart = people.filter((person) => !together.has(person));
    return [apart.filter((person) => person.sex === 'female'), apart.filter((person) => person.sex === 'male')];
  };
  const roomsFor = (kept: number) => kept + pools(kept).filter((pool) => pool.length > 0).length;
  let kept = couples.length;
  while (kept > 0 && roomsFor(kept) > rooms) kept -= 1;
  return [...couples.slice(0, kept), ...spread(pools(kept), rooms - kept)];
}

/**
 * The room standard (Housing Act 1985 s.325) for validated people and the ids of the rooms available as
 * sleeping accommodation, in the order to fill them.
 *
 * Any household fits into two rooms without contravention: one for each sex, a couple parted between
 * them if need be. So the search for an arrangement ends quickly: with two rooms or more the standard is
 * met; with one room (or none) everyone aged 10 or over shares, and it is contravened exactly when two of
 * them are of opposite sexes and not a couple.
 */
export function roomStandard(people: readonly Person[], roomIds: readonly string[]): RoomStandard {
  const sleepers = people.filter((person) => person.age >= 10);
  const pair = firstConflict(sleepers);
  const roomsNeeded = sleepers.length === 0 ? 0 : pair ? 2 : 1;
  const roomsAvailable = roomIds.length;
  if (pair && roomsAvailable < 2) {
    const conflict = [pair[0].id, pair[1].id] as const;
    return { contravened: true, roomsNeeded, roomsAvailable, arrangement: null, conflict, partedCouples: [] };
  }
  const arrangement =
    sleepers.length > 0 && roomsAvailable === 0
      ? null
      : sleepingGroups(sleepers, roomsAvailable).map((group, i) => ({
          roomId: roomIds[i] as string,
          personIds: group.map((person) => person.id),
        }));
  const parted = arrangement ? partedCouples(sleepers, arrangement) : [];
  return { contravened: false, roomsNeeded, roomsAvailable, arrangement, conflict: null, partedCouples: parted };
}
