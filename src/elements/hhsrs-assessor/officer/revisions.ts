import { sha256Hex } from '../../../evidence/sha256.ts';
import { canonicalJson } from '../../../schema/canonical.ts';
import { fingerprintedPart, type Assessment } from '../../../schema/assessment.ts';

/** The kind of a stored finalised revision: kept as it was, opened read-only, never saved over. */
export const REVISION_KIND = 'assessment-revision';

/** Where revision `n` of the assessment stored at `key` is kept: `${storageKey}/${id}@r${n}`. */
export const revisionKey = (key: string, revision: number): string => `${key}@r${revision}`;

export const isRevisionKey = (key: string | undefined): boolean => /@r\d+$/.test(key ?? '');

/** The key of the assessment a revision was kept from. */
export const currentKeyOf = (key: string): string => key.replace(/@r\d+$/, '');

/** The line for the list of assessments: address and reference. */
export const assessmentTitle = (a: Assessment): string => [a.details.address, a.details.reference].filter(Boolean).join(' — ');

/**
 * The SHA-256 (hex) of the assessment's canonical JSON without `finalised` and `statement`: anyone holding
 * the record (stored or exported) can recompute it and compare it with the one printed on the PDF.
 */
export async function assessmentFingerprint(assessment: Assessment): Promise<string> {
  return sha256Hex(new Blob([canonicalJson(fingerprintedPart(assessment))], { type: 'application/json' }));
}
