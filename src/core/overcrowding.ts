/**
 * Statutory overcrowding (Housing Act 1985 Part X, ss.324–326), with the bedroom standard and the 2018
 * HMO licence room sizes beside it. Pure: no DOM, no dates.
 */
export {
  ROOM_USES,
  type Person,
  type Room,
  type RoomArea,
  type RoomCounts,
  type RoomUse,
  type Sex,
} from './overcrowding/types.ts';
export { MIN_PARTNER_AGE, isSleepingRoom, type HmoRoom } from './overcrowding/validate.ts';
export { SQUARE_METRES_PER_SQUARE_FOOT } from './overcrowding/exact-area.ts';
export { countPersons } from './overcrowding/persons.ts';
export {
  permittedNumber,
  SPACE_STANDARD_TABLE_I,
  SPACE_STANDARD_TABLE_II,
  PERSONS_PER_ROOM_FROM_FIVE_ROOMS,
  type PermittedNumber,
  type RoomAllowance,
  type SpaceTable,
} from './overcrowding/space-standard.ts';
export type { PartedCouple, RoomStandard, SleepingRoom } from './overcrowding/room-standard.ts';
export {
  checkOvercrowding,
  type OvercrowdingCheck,
  type SpaceRoom,
  type SpaceStandard,
} from './overcrowding/check.ts';
export {
  bedroomStandard,
  type Bedroom,
  type BedroomBasis,
  type BedroomStandard,
} from './overcrowding/bedroom-standard.ts';
export {
  hmoRoomSizes,
  HMO_ROOM_MINIMUMS,
  HMO_SLEEPING_MINIMUM_SQUARE_METRES,
  type HmoOccupancy,
  type HmoRoomSize,
} from './overcrowding/hmo-room-sizes.ts';
export { hmoSleeping, type HmoSleeping } from './overcrowding/hmo-sleeping.ts';
export { overcrowdingResult, type OvercrowdingResult } from './overcrowding/result.ts';
