import { SERVICE_METHODS } from '../core/day-of-service.ts';
import type { NoticeType } from '../core/notice-rules.ts';
import { ASSESSMENT_FORMAT, ASSESSMENT_LIMITS as LIMITS, ASSESSMENT_SCHEMA_VERSION } from './assessment-format.ts';
import { schemePackSchema } from './scheme.ts';
import { describeIssues, readJson, type Problem, z } from './zod.ts';

export { ASSESSMENT_FORMAT, ASSESSMENT_LIMITS, ASSESSMENT_SCHEMA_VERSION } from './assessment-format.ts';

const percentage = z.number().check(z.gte(0), z.lte(100));

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/**
 * A photo kept as evidence for a hazard: the stored Blob is in the evidence store under this id; the record
 * carries its SHA-256 (of the re-encoded bytes kept), so a finalised assessment's fingerprint covers its photos.
 */
export const photoRefSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  sha256,
  originalName: z.string().check(z.maxLength(200)),
  type: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  size: z.int().check(z.gte(0)),
});

/** One hazard as recorded; see HazardEntry in core. */
export const hazardEntrySchema = z.object({
  hazardId: z.string().check(z.minLength(1)),
  likelihood: z.nullable(z.number().check(z.gt(0))),
  mostLikelyClass: z.nullable(z.literal([1, 2, 3, 4])),
  spread: z.readonly(z.tuple([percentage, percentage, percentage, percentage])),
  justification: z.string().check(z.maxLength(LIMITS.justification)),
  photos: z.optional(z.array(photoRefSchema).check(z.maxLength(50))),
});

export const assessmentDetailsSchema = z.object({
  address: z.string().check(z.maxLength(LIMITS.address)),
  reference: z.string().check(z.maxLength(LIMITS.reference)),
  nation: z.enum(['england', 'wales', '']),
  /** The day the inspection began, YYYY-MM-DD, or '' until given. */
  inspectionDate: z.union([z.literal(''), z.iso.date()]),
  inspector: z.string().check(z.maxLength(LIMITS.inspector)),
  /** Ages of the occupiers as typed, e.g. "2, 34, 71". */
  occupiers: z.string().check(z.maxLength(LIMITS.occupiers)),
  /** s.10: fire hazard consultation applies to an HMO or the common parts of a building with flats. */
  hmoOrCommonParts: z.boolean(),
  notes: z.string().check(z.maxLength(LIMITS.notes)),
});

/**
 * Who finalised the assessment and when, and its fingerprint. Version 2 (`fingerprintVersion: 2`) fingerprints
 * every field but `sha256` and the statement, which has its own; a record without it has the version 1
 * fingerprint, of everything but `finalised` and `statement`. See assessment-fingerprint.ts.
 */
export const finalisedSchema = z.object({
  by: z.string().check(z.minLength(1), z.maxLength(200)),
  /** ISO date-time (UTC). */
  at: z.iso.datetime(),
  sha256,
  revision: z.int().check(z.gte(1)),
  fingerprintVersion: z.optional(z.literal(2)),
  /** The SHA-256 of each part, so a mismatch can say what differs. */
  parts: z.optional(z.record(z.string(), sha256)),
  /** The scheme data it was scored under, kept so no pack loaded later changes it, and the SHA-256 of that data. */
  scheme: z.optional(schemePackSchema),
  schemeSha256: z.optional(sha256),
  /** The statement of reasons is written after finalising: its own fingerprint, renewed with each change made here. */
  statementSha256: z.optional(sha256),
});

/** The finalised revision this one was made from, kept as its own read-only draft at `key`. */
export const previousRevisionSchema = z.object({
  key: z.string().check(z.minLength(1)),
  revision: z.int().check(z.gte(1)),
  sha256,
});

export const STATEMENT_ACTIONS = [
  'improvement-notice',
  'suspended-improvement-notice',
  'prohibition-order',
  'hazard-awareness-notice',
  'emergency-remedial-action',
  'emergency-prohibition-order',
] as const satisfies readonly NoticeType[];

const action = z.enum(STATEMENT_ACTIONS);
const hazardIds = z.array(z.string()).check(z.maxLength(29 * 4));

/** The s.8 statement of reasons for the action taken on a finalised assessment: the officer's edited text. */
export const statementSchema = z.object({
  action: z.union([z.literal(''), action]),
  /**
   * The day the notice is served, the order made or the emergency action started, YYYY-MM-DD, or ''. For a
   * notice with `service`, the day of service worked out from it.
   */
  date: z.union([z.literal(''), z.iso.date()]),
  /** How a notice is (to be) sent, and when: its day of service follows (Interpretation Act 1978 s.7). */
  service: z.optional(
    z.object({
      method: z.union([z.literal(''), z.enum(SERVICE_METHODS)]),
      sentOn: z.union([z.literal(''), z.iso.date()]),
      /** 'HH:MM' an email is sent, or ''. */
      sentAt: z.string().check(z.maxLength(5)),
    }),
  ),
  hazardIds,
  sections: z
    .array(
      z.object({
        id: z.string(),
        heading: z.string().check(z.maxLength(500)),
        text: z.string().check(z.maxLength(50000)),
      }),
    )
    .check(z.maxLength(200)),
  /** What the text was drafted for, to warn when the action or hazards were changed afterwards. */
  drafted: z.optional(z.object({ action, hazardIds })),
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
  /** Set once the assessment is finalised; it is then read-only, and changes make a new revision. */
  finalised: z.optional(finalisedSchema),
  previous: z.optional(previousRevisionSchema),
  statement: z.optional(statementSchema),
});

export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentDetails = z.infer<typeof assessmentDetailsSchema>;
export type Finalised = z.infer<typeof finalisedSchema>;
export type PhotoRef = z.infer<typeof photoRefSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type StatementAction = (typeof STATEMENT_ACTIONS)[number];

export const assessmentFileSchema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  exportedAt: z.string(),
  assessment: assessmentSchema,
});

export type AssessmentParse = { ok: true; assessment: Assessment } | { ok: false; problems: Problem[] };

/** Validates an exported assessment file; an invalid one is refused with every problem and its path. */
export function parseAssessmentFile(text: string): AssessmentParse {
  const json = readJson(text);
  if (!json.ok) return json;
  const result = assessmentFileSchema.safeParse(json.data, { reportInput: true });
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues) };
  return { ok: true, assessment: result.data.assessment };
}

/** Why a stored draft value is not an assessment this version can read: each problem with its path. */
export function assessmentProblems(value: unknown): Problem[] {
  const result = assessmentSchema.safeParse(value, { reportInput: true });
  return result.success ? [] : describeIssues(result.error.issues);
}

/** Accepts a stored draft value, or nothing if it is not an assessment this version can read. */
export function reviveAssessment(value: unknown): Assessment | undefined {
  const result = assessmentSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
