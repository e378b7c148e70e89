import type { TenantDraft, TenantFirstTold, TenantSentDetails, TenantTopicAnswers } from './tenant.ts';
import { TENANT_DRAFT_VERSION, TENANT_LETTER_LIMITS, type TenantLetterField } from './tenant-format.ts';

export { TENANT_DRAFT_VERSION, TENANT_LETTER_LIMITS, type TenantLetterField } from './tenant-format.ts';

/**
 * Fresh, empty values of the tenant draft, and its limits checked without validation. Kept apart from the
 * zod schema (tenant.ts) so the self-check's start page can begin a check without loading zod, which arrives
 * only to read a saved check.
 */

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

/** Nothing said yet about how and when the landlord was first told. */
export function freshFirstTold(): TenantFirstTold {
  return { how: null, day: '', month: '', year: '', unknown: false };
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
