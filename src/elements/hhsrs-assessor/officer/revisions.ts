import type { Assessment } from '../../../schema/assessment.ts';

/** The kind of a stored finalised revision: kept as it was, opened read-only, never saved over. */
export const REVISION_KIND = 'assessment-revision';

/** Where revision `n` of the assessment stored at `key` is kept: `${storageKey}/${id}@r${n}`. */
export const revisionKey = (key: string, revision: number): string => `${key}@r${revision}`;

/** The key of the assessment a revision was kept from. */
export const currentKeyOf = (key: string): string => key.replace(/@r\d+$/, '');

export const isRevisionKey = (key: string | undefined): boolean => /@r\d+$/.test(key ?? '');

/** The line for the list of assessments: address and reference. */
export const assessmentTitle = (a: Assessment): string =>
  [a.details.address, a.details.reference].filter(Boolean).join(' — ');

/** A file name from an address or title: lower case, hyphens for anything else, at most 60 characters. */
export function fileNameFrom(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'assessment'
  );
}
