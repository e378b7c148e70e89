import { sha256Hex } from '../../../evidence/sha256.ts';
import { fingerprintedPart } from '../../../schema/assessment-values.ts';
import type { Assessment } from '../../../schema/assessment.ts';
import { canonicalJson } from '../../../schema/canonical.ts';

/**
 * The SHA-256 (hex) of the assessment's canonical JSON without `finalised` and `statement`: anyone holding
 * the record (stored or exported) can recompute it and compare it with the one printed on the PDF.
 */
export async function assessmentFingerprint(assessment: Assessment): Promise<string> {
  return sha256Hex(new Blob([canonicalJson(fingerprintedPart(assessment))], { type: 'application/json' }));
}
