import { emptyOvercrowdingDraft as emptyDraft, OVERCROWDING_DRAFT_VERSION } from './overcrowding-values.ts';
import { describeIssues, type Problem, z } from './zod.ts';

export { OVERCROWDING_DRAFT_VERSION, OVERCROWDING_LIMITS } from './overcrowding-values.ts';

/**
 * The overcrowding check's draft, as typed: every field is kept as the text the user entered (so an
 * invalid value survives a reload and can be corrected), and every measurement remembers the unit it was
 * typed in (so switching between metres and feet never rounds what was typed).
 */

export const unitsSchema = z.enum(['metric', 'imperial']);
export type Units = z.infer<typeof unitsSchema>;

/** A number as typed, with the unit it was typed in. */
export const measureSchema = z.object({ text: z.string(), unit: unitsSchema });
export type Measure = z.infer<typeof measureSchema>;

export const draftPersonSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** A name or description, e.g. "Mum"; blank means "Person 1" and so on. */
  name: z.string(),
  /** Age in years as typed; 0 for a baby under 1. */
  age: z.string(),
  sex: z.enum(['', 'female', 'male']),
  /** The id of the person they live with as a couple; '' for none. */
  partnerId: z.string(),
});
export type DraftPerson = z.infer<typeof draftPersonSchema>;

export const draftRoomSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  /**
   * What the room is used as (core's RoomUse, or '' not yet chosen). The first five values are those of the
   * first drafts, which keep their meaning; the rest were added to say which rooms count more exactly.
   */
  use: z.enum([
    '',
    'bedroom',
    'living',
    'kitchen',
    'bathroom',
    'other',
    'dining',
    'study',
    'box-room',
    'kitchen-diner',
    'hall',
    'store',
  ]),
  /** For a kitchen-diner: whether rooms like it are normally used locally as a living room or bedroom. */
  counts: z.optional(z.enum(['', 'yes', 'no'])),
  /** Floor area typed, or worked out from length × width. */
  size: z.enum(['area', 'dimensions']),
  area: measureSchema,
  length: measureSchema,
  width: measureSchema,
  /** HMOs: the part of the floor under a ceiling lower than 1.5 m (an area). */
  lowCeiling: measureSchema,
});
export type DraftRoom = z.infer<typeof draftRoomSchema>;

/** Which home the check is about, printed at the top of the result; drafts saved before it have none. */
export const draftHomeSchema = z.object({ address: z.string(), reference: z.string() });
export type DraftHome = z.infer<typeof draftHomeSchema>;

export const overcrowdingDraftSchema = z.object({
  version: z.literal(OVERCROWDING_DRAFT_VERSION),
  units: unitsSchema,
  home: z.optional(draftHomeSchema),
  /** A licensed house in multiple occupation in England: show the 2018 room sizes. */
  hmo: z.boolean(),
  people: z.array(draftPersonSchema).check(z.maxLength(100)),
  rooms: z.array(draftRoomSchema).check(z.maxLength(100)),
});
export type OvercrowdingDraft = z.infer<typeof overcrowdingDraftSchema>;

/** A draft with nobody and no rooms yet, in `units` (its type checked against the schema here). */
export const emptyOvercrowdingDraft: (units?: Units) => OvercrowdingDraft = emptyDraft;

/** A stored draft, if it is one this version can read; otherwise undefined. */
export function reviveOvercrowdingDraft(stored: unknown): OvercrowdingDraft | undefined {
  const result = overcrowdingDraftSchema.safeParse(stored);
  return result.success ? result.data : undefined;
}

/** Why a stored value is not a draft this version can read, by path (empty when it is one). */
export function overcrowdingDraftProblems(stored: unknown): Problem[] {
  const result = overcrowdingDraftSchema.safeParse(stored);
  return result.success ? [] : describeIssues(result.error.issues);
}
