import type { Assessment } from '../../../schema/assessment.ts';
import type { StoredDraft } from '../../../storage/repository.ts';

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

/** A finalised revision kept in the history of an assessment that no longer says it was finalised. */
export interface LostFinalised {
  revision: number;
  /** When that revision was finalised, as recorded in it (ISO), if it can be read. */
  at: string | undefined;
  key: string;
}

/**
 * The newest kept revision of the assessment at `key` that the record itself does not account for: a record is
 * finalised, or a new revision pointing back to its latest kept one. Anything else was changed outside this
 * tool (its `finalised` block deleted, say), and must not pass as an ordinary draft.
 */
export function lostFinalised(
  key: string | undefined,
  assessment: Assessment,
  drafts: readonly StoredDraft[],
): LostFinalised | undefined {
  if (!key || isRevisionKey(key) || assessment.finalised) return undefined;
  const kept = drafts
    .filter((d) => d.kind === REVISION_KIND && d.key.startsWith(key) && /^@r\d+$/.test(d.key.slice(key.length)))
    .map((d) => ({ key: d.key, revision: Number(d.key.slice(key.length + 2)), value: d.value as KeptValue }))
    .sort((a, b) => b.revision - a.revision)[0];
  if (!kept || (assessment.previous?.revision ?? 0) >= kept.revision) return undefined;
  const at = kept.value?.finalised?.at;
  return { revision: kept.revision, at: typeof at === 'string' ? at : undefined, key: kept.key };
}

/** A kept revision as stored, read only as far as the warning needs (the schema that reads it all is fetched later). */
type KeptValue = { finalised?: { at?: unknown } } | null | undefined;
