/**
 * The parts of the overcrowding draft format that need no validation: its version and an empty draft. Kept
 * apart from the zod schema (overcrowding.ts re-exports both) so the check's first screen can start a draft
 * without loading zod, which arrives only to read a saved draft.
 */

export const OVERCROWDING_DRAFT_VERSION: 1 = 1;

/**
 * The longest name or description of a person or room, and the home's address and reference, checked as it is typed (the save is held until it
 * fits), never when a saved draft is read: drafts saved before there was a limit still open.
 */
export const OVERCROWDING_LIMITS = { name: 200, address: 300, reference: 100 } as const;

/**
 * A draft with nobody and no rooms yet. Typed without the schema, which this file does not import (the
 * schema imports it); overcrowding.ts checks that the schema accepts it.
 */
export function emptyOvercrowdingDraft<P = never, R = never>(units: 'metric' | 'imperial' = 'metric') {
  return { version: OVERCROWDING_DRAFT_VERSION, units, hmo: false, people: [] as P[], rooms: [] as R[] };
}
