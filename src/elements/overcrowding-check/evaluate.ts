import { overcrowdingResult, type OvercrowdingResult } from '../../core/overcrowding.ts';
import type { Person } from '../../core/overcrowding.ts';
import type { ReadRoom } from './read-draft.ts';

export type { OvercrowdingResult } from '../../core/overcrowding.ts';

/** The result of what was read from the form, worked out in core (see `overcrowdingResult`). */
export function evaluate(input: { people: readonly Person[]; rooms: readonly ReadRoom[] }, hmo: boolean): OvercrowdingResult {
  return overcrowdingResult({ people: input.people, rooms: input.rooms.map((read) => read.room), hmo });
}
