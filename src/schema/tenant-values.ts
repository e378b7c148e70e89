import type { TenantDraft, TenantSentDetails, TenantTopicAnswers } from './tenant.ts';

/**
 * The parts of the tenant draft format that need no validation: its version and fresh, empty values. Kept
 * apart from the zod schema (tenant.ts re-exports them) so the self-check's start page can begin a check
 * without loading zod, which arrives only to read a saved check.
 */

/** Bumped when the saved shape changes; an older draft that no longer parses starts the check again. */
export const TENANT_DRAFT_VERSION = 1;

/**
 * The most characters each of the letter's text fields holds: the schema refuses more, and each input counts
 * down to its limit. "Anything else" is generous: a tenant may describe months of trouble.
 */
export const TENANT_LETTER_LIMITS = {
  name: 200,
  address: 600,
  landlordName: 200,
  contact: 200,
  extra: 10_000,
} as const;

export type TenantLetterField = keyof typeof TENANT_LETTER_LIMITS;

/** The letter's fields over their limits, in the order they appear on the page. */
export function tenantOverLimits(draft: TenantDraft): { field: TenantLetterField; over: number }[] {
  return (Object.keys(TENANT_LETTER_LIMITS) as TenantLetterField[]).flatMap((field) => {
    const over = draft.letter[field].length - TENANT_LETTER_LIMITS[field];
    return over > 0 ? [{ field, over }] : [];
  });
}

/** Nothing typed yet about sending the letter. */
export function freshSentDetails(): TenantSentDetails {
  return { how: null, day: '', month: '', year: '' };
}

/** A new, empty check on its start page. */
export function freshTenantDraft(): TenantDraft {
  return {
    version: TENANT_DRAFT_VERSION,
    page: 'start',
    returnTo: null,
    nation: null,
    landlord: null,
    household: null,
    topics: null,
    answers: {},
    told: null,
    letter: { name: '', address: '', landlordName: '', contact: '', extra: '' },
  };
}

/** Empty answers for a problem just chosen. */
export function freshTopicAnswers(): TenantTopicAnswers {
  return { kinds: [], severity: null, coldNow: null, since: null, rooms: [] };
}
