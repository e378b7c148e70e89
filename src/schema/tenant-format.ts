/**
 * The tenant draft format's version and the letter's limits: plain values, imported by the zod schema
 * (tenant.ts) and by the fresh values (tenant-values.ts) alike, so neither imports the other.
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

/**
 * How the tenant first told the landlord, asked when they have told them already: Awaab's Law clocks run from
 * then (FACTS.md §4). `letter` is a posted letter, counted from the day it would arrive.
 */
export const FIRST_TOLD_HOWS = ['phone', 'repair-report', 'visit', 'email', 'letter', 'other'] as const;
