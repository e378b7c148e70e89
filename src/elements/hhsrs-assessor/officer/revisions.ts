import type { Assessment } from '../../../schema/assessment.ts';

/** The kind of a stored finalised revision: kept as it was, opened read-only, never saved over. */
export const REVISION_KIND = 'assessment-revision';

/** A kept revision is stored under its assessment's key plus `@r<n>` (`revisionKey`, in revision-keys.ts). */
export const isRevisionKey = (key: string | undefined): boolean => /@r\d+$/.test(key ?? '');

/** The line for the list of assessments: address and reference. */
export const assessmentTitle = (a: Assessment): string => [a.details.address, a.details.reference].filter(Boolean).join(' — ');

