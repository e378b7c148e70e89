import { describeIssues, type Problem, z } from './zod.ts';

export const ASSESSMENT_SCHEMA_VERSION = 1;
export const ASSESSMENT_FORMAT = 'hhsrs-assessment/1';

const percentage = z.number().check(z.gte(0), z.lte(100));

/** One hazard as recorded; see HazardEntry in core. */
export const hazardEntrySchema = z.object({
  hazardId: z.string().check(z.minLength(1)),
  likelihood: z.nullable(z.number().check(z.gt(0))),
  mostLikelyClass: z.nullable(z.literal([1, 2, 3, 4])),
  spread: z.readonly(z.tuple([percentage, percentage, percentage, percentage])),
  justification: z.string().check(z.maxLength(20000)),
});

export const assessmentDetailsSchema = z.object({
  address: z.string().check(z.maxLength(500)),
  reference: z.string().check(z.maxLength(100)),
  nation: z.enum(['england', 'wales', '']),
  /** The day the inspection began, YYYY-MM-DD, or '' until given. */
  inspectionDate: z.union([z.literal(''), z.iso.date()]),
  inspector: z.string().check(z.maxLength(200)),
  /** Ages of the occupiers as typed, e.g. "2, 34, 71". */
  occupiers: z.string().check(z.maxLength(200)),
  /** s.10: fire hazard consultation applies to an HMO or the common parts of a building with flats. */
  hmoOrCommonParts: z.boolean(),
  notes: z.string().check(z.maxLength(20000)),
});

/** An officer's assessment of one dwelling: the draft saved as they type, and the file they export. */
export const assessmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  /** The scoring scheme the hazards were scored under, once the nation and date fixed it. */
  schemeId: z.nullable(z.string()),
  /** The version of that scheme, so a re-opened assessment can say exactly which tables it used. */
  schemeVersion: z.optional(z.nullable(z.string())),
  details: assessmentDetailsSchema,
  hazards: z.array(hazardEntrySchema).check(z.maxLength(29 * 4)),
});

export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentDetails = z.infer<typeof assessmentDetailsSchema>;

export const assessmentFileSchema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  exportedAt: z.string(),
  assessment: assessmentSchema,
});

export type AssessmentParse = { ok: true; assessment: Assessment } | { ok: false; problems: Problem[] };

/** A new, empty assessment. */
export function emptyAssessment(id: string): Assessment {
  return {
    id,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    schemeId: null,
    details: { address: '', reference: '', nation: '', inspectionDate: '', inspector: '', occupiers: '', hmoOrCommonParts: false, notes: '' },
    hazards: [],
  };
}

/** Validates an exported assessment file; an invalid one is refused with every problem and its path. */
export function parseAssessmentFile(text: string): AssessmentParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(the whole file)', message: `is not valid JSON (${(error as Error).message})` }] };
  }
  const result = assessmentFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues) };
  return { ok: true, assessment: result.data.assessment };
}

/** Accepts a stored draft value, or nothing if it is not an assessment this version can read. */
export function reviveAssessment(value: unknown): Assessment | undefined {
  const result = assessmentSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

export function assessmentFile(assessment: Assessment, exportedAt: string): string {
  return JSON.stringify({ format: ASSESSMENT_FORMAT, exportedAt, assessment }, null, 2);
}
