/**
 * The words of the tenant self-check, as ids. The wording a tenant reads lives in the element's message
 * catalogue (so it can be translated); what each answer means for the HHSRS lives here.
 */

/** Where the home is. The HHSRS applies in England and Wales only (FACTS.md §7). */
export const TENANT_NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type TenantNation = (typeof TENANT_NATIONS)[number];

/** Who the tenant pays rent to. A council or a housing association is a social landlord. */
export const LANDLORD_TYPES = ['council', 'housing-association', 'private', 'not-sure'] as const;
export type LandlordType = (typeof LANDLORD_TYPES)[number];

/**
 * Who lives in the home, in the age groups the HHSRS relevant occupiers use (reg 6(7); FACTS.md §2), plus a
 * long-term health condition. `none` is the exclusive "none of these" answer.
 */
export const HOUSEHOLD_GROUPS = ['under-5', '5-to-14', '60-to-64', '65-plus', 'health-condition', 'none'] as const;
export type HouseholdGroup = (typeof HOUSEHOLD_GROUPS)[number];

/** What the tenant can pick a problem by. */
export const TOPIC_IDS = [
  'damp-and-mould',
  'cold',
  'heat',
  'falls',
  'fire',
  'electrics',
  'gas',
  'pests-and-rubbish',
  'water-and-drainage',
  'kitchen-and-bathroom',
  'security',
  'noise-and-light',
  'crowding',
  'structure',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** "How bad is it?": the wording differs by topic, the meaning does not. */
export const SEVERITY_LEVELS = ['low', 'medium', 'high'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** "When did you first notice it?" */
export const SINCE_OPTIONS = ['this-week', 'this-month', '1-to-6-months', 'over-6-months'] as const;
export type SinceOption = (typeof SINCE_OPTIONS)[number];

/** "Which rooms?" */
export const ROOM_OPTIONS = [
  'kitchen',
  'bathroom',
  'bedroom',
  'living-room',
  'hall-and-stairs',
  'shared-areas',
  'outside',
] as const;
export type RoomOption = (typeof ROOM_OPTIONS)[number];

export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];

/** "Have you told your landlord?" Seeds 003/004: tenants should first report defects in writing. */
export const TOLD_LANDLORD = ['in-writing', 'not-in-writing', 'no'] as const;
export type ToldLandlord = (typeof TOLD_LANDLORD)[number];

/** How the tenant sent the letter: by post, by email, through the landlord's website or app, or by hand. */
export const SEND_METHODS = ['post', 'email', 'online', 'by-hand'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];

/**
 * An indicative seriousness, for the tenant's next steps only. It is never an HHSRS score, band or
 * category: only an inspection can give those.
 */
export const SERIOUSNESS = ['urgent', 'serious', 'moderate', 'minor'] as const;
export type Seriousness = (typeof SERIOUSNESS)[number];

/** Situations in which the tenant should get help now, before anything else. */
export const EMERGENCY_IDS = [
  'fire',
  'gas',
  'carbon-monoxide',
  'electric-shock-risk',
  'collapse',
  'no-heat-vulnerable',
  'no-water',
  'sewage',
  'no-toilet',
  'insecure-home',
] as const;
export type EmergencyId = (typeof EMERGENCY_IDS)[number];

/** The answers about one problem (topic). */
export interface TopicAnswers {
  /** The problem ids ticked on "What is the problem?" (see TENANT_PROBLEMS). */
  kinds: readonly string[];
  severity: SeverityLevel | null;
  /** "Is the weather cold now?" — asked only when there is no heating or no hot water. */
  coldNow: YesNo | null;
  since: SinceOption | null;
  rooms: readonly RoomOption[];
}
