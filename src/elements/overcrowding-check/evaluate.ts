import {
  bedroomStandard,
  checkOvercrowding,
  hmoRoomSizes,
  type BedroomStandard,
  type HmoRoomSize,
  type OvercrowdingCheck,
  type Person,
  type Room,
} from '../../core/overcrowding.ts';
import { hmoSleeping, type HmoSleeping } from '../../core/overcrowding/hmo-sleeping.ts';
import type { ReadRoom } from './read-draft.ts';

/**
 * What `hhsrs-overcrowding-change` carries: the full `checkOvercrowding` result (s.324–326), the bedroom
 * standard with the bedrooms the home has, and, for a licensed HMO, the 2018 room sizes of each bedroom
 * and living room, checked against the people the suggested arrangement puts in it.
 */
export interface OvercrowdingResult extends OvercrowdingCheck {
  readonly bedroomStandard: BedroomStandard & { readonly bedroomsAvailable: number };
  /**
   * Null unless the home was said to be a licensed HMO in England. Each room's `occupancy` is that of
   * `hmoArrangement`, or null when the room standard gives no arrangement.
   */
  readonly hmoRoomSizes: readonly HmoRoomSize[] | null;
  /** In a licensed HMO, who sleeps where for the sizes check (see `hmoSleeping`); null without an arrangement. */
  readonly hmoArrangement: Pick<HmoSleeping, 'arrangement' | 'moved'> | null;
}

const SLEEPING = new Set(['bedroom', 'living']);

/** The 2018 sizes of the rooms to sleep in, checked against the suggested arrangement where there is one. */
function hmoChecks(input: { people: readonly Person[]; rooms: readonly Room[] }, check: OvercrowdingCheck) {
  const arrangement = check.room.arrangement;
  if (!arrangement) return { hmoRoomSizes: hmoRoomSizes(input.rooms.filter((room) => SLEEPING.has(room.use))), hmoArrangement: null };
  const { rooms, ...hmoArrangement } = hmoSleeping(input, arrangement);
  return { hmoRoomSizes: rooms, hmoArrangement };
}

export function evaluate(input: { people: readonly Person[]; rooms: readonly ReadRoom[] }, hmo: boolean): OvercrowdingResult {
  const rooms = input.rooms.map((read) => read.room);
  const check = checkOvercrowding({ people: input.people, rooms });
  const bedrooms = bedroomStandard(input.people);
  return {
    ...check,
    bedroomStandard: { ...bedrooms, bedroomsAvailable: rooms.filter((room) => room.use === 'bedroom').length },
    ...(hmo ? hmoChecks({ people: input.people, rooms }, check) : { hmoRoomSizes: null, hmoArrangement: null }),
  };
}
