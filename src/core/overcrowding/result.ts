import { bedroomStandard, type BedroomStandard } from './bedroom-standard.ts';
import { checkOvercrowding, type OvercrowdingCheck } from './check.ts';
import { hmoRoomSizes, type HmoRoomSize } from './hmo-room-sizes.ts';
import { hmoSleeping, type HmoSleeping } from './hmo-sleeping.ts';
import type { Person, Room } from './types.ts';
import { inSleepingOrder } from './validate.ts';

/**
 * Everything the overcrowding check shows: the full `checkOvercrowding` result (ss.324–326), the bedroom
 * standard with the bedrooms the home has and, for a licensed HMO in England, the 2018 room sizes.
 */
export interface OvercrowdingResult extends OvercrowdingCheck {
  readonly bedroomStandard: BedroomStandard & { readonly bedroomsAvailable: number };
  /**
   * Null unless the home is a licensed HMO in England: each room available as sleeping accommodation, in
   * the order given, its `occupancy` that of `hmoArrangement` (null when the room standard gives none).
   */
  readonly hmoRoomSizes: readonly HmoRoomSize[] | null;
  /** In a licensed HMO, who sleeps where for the sizes check (see `hmoSleeping`); null without an arrangement. */
  readonly hmoArrangement: Pick<HmoSleeping, 'arrangement' | 'moved'> | null;
}

/**
 * The whole overcrowding result for a household and its rooms: statutory overcrowding (Housing Act 1985
 * ss.324–326), the bedroom standard (bedrooms in the home: rooms used as a bedroom), and, when `hmo` is
 * true, the 2018 HMO licence room sizes of each room to sleep in, checked against the room standard's
 * arrangement with children placed (`hmoSleeping`) or, when the standard is contravened, the sizes alone.
 *
 * @throws HhsrsInputError as `checkOvercrowding` does
 */
export function overcrowdingResult(input: {
  readonly people: readonly Person[];
  readonly rooms: readonly Room[];
  readonly hmo: boolean;
}): OvercrowdingResult {
  const { people, rooms } = input;
  const check = checkOvercrowding({ people, rooms });
  const bedrooms = {
    ...bedroomStandard(people),
    bedroomsAvailable: rooms.filter((room) => room.use === 'bedroom').length,
  };
  if (!input.hmo) return { ...check, bedroomStandard: bedrooms, hmoRoomSizes: null, hmoArrangement: null };
  const arrangement = check.room.arrangement;
  if (!arrangement) {
    const sleeping = inSleepingOrder(rooms, (room) => room);
    const sizes = hmoRoomSizes({ rooms: rooms.filter((room) => sleeping.includes(room)) });
    return { ...check, bedroomStandard: bedrooms, hmoRoomSizes: sizes, hmoArrangement: null };
  }
  const { rooms: sizes, ...hmoArrangement } = hmoSleeping({ people, rooms }, arrangement);
  return { ...check, bedroomStandard: bedrooms, hmoRoomSizes: sizes, hmoArrangement };
}
