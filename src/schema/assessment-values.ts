import type { Assessment } from './assessment.ts';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_LIMITS,
  ASSESSMENT_SCHEMA_VERSION,
  type AssessmentTextField,
} from './assessment-format.ts';

export { ASSESSMENT_FORMAT, ASSESSMENT_LIMITS, ASSESSMENT_SCHEMA_VERSION, type AssessmentTextField };

/**
 * The parts of the assessment format that need no validation: version numbers, a fresh assessment, and what
 * is worked out from one. Kept apart from the zod schemas (assessment.ts re-exports all of it) so the officer's
 * first screen can start an assessment without loading zod, which arrives only to read saved or imported data.
 */

/** A field over its limit; `index` is the hazard's, for a justification. */
export interface AssessmentOverLimit {
  field: AssessmentTextField;
  over: number;
  index?: number;
}

/** The fields of `assessment` over their limits, in the order they appear on the page. */
export function assessmentOverLimits(assessment: Assessment): AssessmentOverLimit[] {
  const over = (field: AssessmentTextField, text: string, index?: number): AssessmentOverLimit[] => {
    const by = text.length - ASSESSMENT_LIMITS[field];
    return by > 0 ? [index === undefined ? { field, over: by } : { field, over: by, index }] : [];
  };
  const { details } = assessment;
  return [
    ...over('address', details.address),
    ...over('reference', details.reference),
    ...over('inspector', details.inspector),
    ...over('occupiers', details.occupiers),
    ...over('notes', details.notes),
    ...assessment.hazards.flatMap((hazard, index) => over('justification', hazard.justification, index)),
  ];
}

/** A new, empty assessment. */
export function emptyAssessment(id: string): Assessment {
  return {
    id,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    schemeId: null,
    details: {
      address: '',
      reference: '',
      nation: '',
      inspectionDate: '',
      inspector: '',
      occupiers: '',
      hmoOrCommonParts: false,
      notes: '',
    },
    hazards: [],
  };
}

/** The revision number the assessment has (or will have when finalised): one more than the one it replaced. */
export function revisionOf(assessment: Assessment): number {
  return (assessment.previous?.revision ?? 0) + 1;
}

/** What the fingerprint covers: everything except the finalising record itself and the statement of reasons. */
export function fingerprintedPart(assessment: Assessment): Omit<Assessment, 'finalised' | 'statement'> {
  const { finalised: _finalised, statement: _statement, ...rest } = assessment;
  return rest;
}

export function assessmentFile(assessment: Assessment, exportedAt: string): string {
  return JSON.stringify({ format: ASSESSMENT_FORMAT, exportedAt, assessment }, null, 2);
}
