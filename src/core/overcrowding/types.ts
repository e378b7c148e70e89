/** Sex as s.325 uses it: the room standard only separates persons of opposite sexes. */
export type Sex = 'female' | 'male';

/**
 * A person who sleeps in the dwelling. `age` is in whole or fractional years (0.5 = six months).
 * `partnerId` names the person they live with as a couple; it must point both ways, and both must be 16
 * or over.
 */
export interface Person {
  readonly id: string;
  readonly age: number;
  readonly sex: Sex;
  readonly partnerId?: string;
}

/** A floor area in square feet or in square metres (1 sq ft = 0.09290304 m² exactly), never both. */
export type RoomArea =
  | { readonly squareFeet: number; readonly squareMetres?: never }
  | { readonly squareMetres: number; readonly squareFeet?: never };

/**
 * What a room is used as. The first five are the original list and keep their meaning; the rest say more
 * exactly which rooms count as sleeping accommodation (see `ROOM_USES`).
 */
export type RoomUse =
  | 'bedroom'
  | 'living'
  | 'kitchen'
  | 'bathroom'
  | 'other'
  | 'dining'
  | 'study'
  | 'box-room'
  | 'kitchen-diner'
  | 'hall'
  | 'store';

/** Whether a room of a use is available as sleeping accommodation, or the user must say. */
export type RoomCounts = 'counts' | 'may-count' | 'does-not-count';

/**
 * s.325(2)(b), s.326(2)(b): rooms "of a type normally used in the locality either as a bedroom or as a
 * living room" count. A dining room, study or box room is such a room; a kitchen-diner may be (if it is
 * large enough to be used as a living room there), so the user decides; a kitchen, bathroom or WC, hall or
 * landing, store or utility room is not. In the order to fill them: bedrooms first, as people sleep in
 * living rooms only when they must.
 */
export const ROOM_USES: readonly { readonly use: RoomUse; readonly counts: RoomCounts }[] = [
  { use: 'bedroom', counts: 'counts' },
  { use: 'box-room', counts: 'counts' },
  { use: 'living', counts: 'counts' },
  { use: 'dining', counts: 'counts' },
  { use: 'study', counts: 'counts' },
  { use: 'kitchen-diner', counts: 'may-count' },
  { use: 'kitchen', counts: 'does-not-count' },
  { use: 'bathroom', counts: 'does-not-count' },
  { use: 'hall', counts: 'does-not-count' },
  { use: 'store', counts: 'does-not-count' },
  { use: 'other', counts: 'does-not-count' },
];

/**
 * A room of the dwelling. `lowCeilingSquareMetres` is the part of its floor under a ceiling lower than
 * 1.5 m: it matters only for HMO room sizes. `counts` is the user's decision for a use that may count
 * (a kitchen-diner): whether rooms like it are normally used in the locality as a living room or bedroom.
 * It is required for such a use and ignored for any other.
 */
export type Room = RoomArea & {
  readonly id: string;
  readonly use: RoomUse;
  readonly counts?: boolean;
  readonly lowCeilingSquareMetres?: number;
};
