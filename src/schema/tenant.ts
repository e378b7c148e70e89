import {
  HOUSEHOLD_GROUPS,
  LANDLORD_TYPES,
  ROOM_OPTIONS,
  SEND_METHODS,
  SEVERITY_LEVELS,
  SINCE_OPTIONS,
  TENANT_NATIONS,
  TOLD_LANDLORD,
  TOPIC_IDS,
  YES_NO,
} from '../core/tenant/types.ts';
import { FIRST_TOLD_HOWS, TENANT_DRAFT_VERSION, TENANT_LETTER_LIMITS as LIMITS } from './tenant-format.ts';
import { describeIssues, type Problem, z } from './zod.ts';

export { TENANT_DRAFT_VERSION, TENANT_LETTER_LIMITS } from './tenant-format.ts';

const topicAnswers = z.object({
  // Ids this version does not know are kept and ignored, so a newer draft opened in an older tab loses nothing.
  kinds: z.array(z.string().check(z.maxLength(60))),
  severity: z.nullable(z.enum(SEVERITY_LEVELS)),
  coldNow: z.nullable(z.enum(YES_NO)),
  since: z.nullable(z.enum(SINCE_OPTIONS)),
  rooms: z.array(z.enum(ROOM_OPTIONS)),
});

const letterDetails = z.object({
  name: z.string().check(z.maxLength(LIMITS.name)),
  address: z.string().check(z.maxLength(LIMITS.address)),
  landlordName: z.string().check(z.maxLength(LIMITS.landlordName)),
  contact: z.string().check(z.maxLength(LIMITS.contact)),
  extra: z.string().check(z.maxLength(LIMITS.extra)),
});

/** How and when the letter was sent, as typed: the date is checked when the tenant continues, not here. */
const sentDetails = z.object({
  how: z.nullable(z.enum(SEND_METHODS)),
  day: z.string().check(z.maxLength(20)),
  month: z.string().check(z.maxLength(20)),
  year: z.string().check(z.maxLength(20)),
});

/** How and when the tenant first told the landlord, as typed; `unknown` when they do not know the exact date. */
const firstToldDetails = z.object({
  how: z.nullable(z.enum(FIRST_TOLD_HOWS)),
  day: z.string().check(z.maxLength(20)),
  month: z.string().check(z.maxLength(20)),
  year: z.string().check(z.maxLength(20)),
  unknown: z.boolean(),
});

/**
 * The tenant self-check as saved in this browser under `${storageKey}/current`: every answer, the page the
 * tenant was on, and what they typed for the letter. Nothing here leaves the device.
 */
export const tenantDraftSchema = z.object({
  version: z.literal(TENANT_DRAFT_VERSION),
  page: z.string().check(z.maxLength(80)),
  /** Set while changing an answer from "Check your answers", which the tenant returns to. */
  returnTo: z.nullable(z.literal('check')),
  nation: z.nullable(z.enum(TENANT_NATIONS)),
  landlord: z.nullable(z.enum(LANDLORD_TYPES)),
  household: z.nullable(z.array(z.enum(HOUSEHOLD_GROUPS))),
  topics: z.nullable(z.array(z.enum(TOPIC_IDS))),
  answers: z.partialRecord(z.enum(TOPIC_IDS), topicAnswers),
  told: z.nullable(z.enum(TOLD_LANDLORD)),
  /** How and when the landlord was first told, when they were. Added later: older drafts have none. */
  firstTold: z.optional(firstToldDetails),
  letter: letterDetails,
  /** The letter's language, where the tenant chose one other than the page's. Added later: older drafts have none. */
  letterLang: z.optional(z.nullable(z.enum(['en', 'cy']))),
  /** After the letter: how and when it was sent. Added later: older drafts have none. */
  sent: z.optional(sentDetails),
});

export type TenantDraft = z.infer<typeof tenantDraftSchema>;
export type TenantTopicAnswers = z.infer<typeof topicAnswers>;
export type TenantLetterDetails = z.infer<typeof letterDetails>;
export type TenantSentDetails = z.infer<typeof sentDetails>;
export type TenantFirstTold = z.infer<typeof firstToldDetails>;

/** A saved draft, or undefined when it is not one this version can read (the check then starts afresh). */
export function parseTenantDraft(value: unknown): TenantDraft | undefined {
  const parsed = tenantDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Why a saved value is not a check this version can read, each problem with its path. */
export function tenantDraftProblems(value: unknown): Problem[] {
  const parsed = tenantDraftSchema.safeParse(value, { reportInput: true });
  return parsed.success ? [] : describeIssues(parsed.error.issues);
}
