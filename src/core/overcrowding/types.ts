/** Sex as s.325 uses it: the room standard only separates persons of opposite sexes. */
export type Sex = 'female' | 'male';

/**
 * A person who sleeps in the dwelling. `age` is in whole or fractional years (0.5 = six months).
 * `partnerId` names the person they live with as a couple; it must point both ways.
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

export type RoomUse = 'bedroom' | 'living' | 'kitchen' | 'bathroom' | 'other';

/** The uses s.325(2)(b) and s.326 treat as available as sleeping accommodation. */
export const SLEEPING_USES: readonly RoomUse[] = ['bedroom', 'living'];

/**
 * A room of the dwelling. `lowCeilingSquareMetres` is the part of its floor under a ceiling lower than
 * 1.5 m: it matters only for HMO room sizes.
 */
export type Room = RoomArea & {
  readonly id: string;
  readonly use: RoomUse;
  readonly lowCeilingSquareMetres?: number;
};
