/** The assessment format's fixed values, shared by its zod schema and the zod-free helpers beside it. */

export const ASSESSMENT_SCHEMA_VERSION = 1;
export const ASSESSMENT_FORMAT = 'hhsrs-assessment/1';

/**
 * The most characters each text field holds: the schema refuses more, and each input counts down to its limit.
 * Generous for real notes (a justification can run to several pages).
 */
export const ASSESSMENT_LIMITS = {
  address: 500,
  reference: 100,
  inspector: 200,
  occupiers: 200,
  notes: 20_000,
  justification: 20_000,
} as const;

export type AssessmentTextField = keyof typeof ASSESSMENT_LIMITS;
