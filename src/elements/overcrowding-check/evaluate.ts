import {
  bedroomStandard,
  checkOvercrowding,
  hmoRoomSizes,
  type BedroomStandard,
  type HmoRoomSize,
  type OvercrowdingCheck,
  type Person,
} from '../../core/overcrowding.ts';
import type { ReadRoom } from './read-draft.ts';

/**
 * What `hhsrs-overcrowding-change` carries: the full `checkOvercrowding` result (s.324–326), the bedroom
 * standard with the bedrooms the home has, and, for a licensed HMO, the 2018 room sizes of each bedroom
 * and living room.
 */
export interface OvercrowdingResult extends OvercrowdingCheck {
  readonly bedroomStandard: BedroomStandard & { readonly bedroomsAvailable: number };
  /** Null unless the home was said to be a licensed HMO in England. */
  readonly hmoRoomSizes: readonly HmoRoomSize[] | null;
}

const SLEEPING = new Set(['bedroom', 'living']);

export function evaluate(input: { people: readonly Person[]; rooms: readonly ReadRoom[] }, hmo: boolean): OvercrowdingResult {
  const rooms = input.rooms.map((read) => read.room);
  const check = checkOvercrowding({ people: input.people, rooms });
  const bedrooms = bedroomStandard(input.people);
  return {
    ...check,
    bedroomStandard: { ...bedrooms, bedroomsAvailable: rooms.filter((room) => room.use === 'bedroom').length },
    hmoRoomSizes: hmo ? hmoRoomSizes(rooms.filter((room) => SLEEPING.has(room.use))) : null,
  };
}
