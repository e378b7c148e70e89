import type { AwaabsRiskLevel } from '../awaabs-law.ts';
import type { Nation } from '../scheme/types.ts';
import type { AwaabsRecorded } from './awaabs-steps.ts';

/**
 * The parts of register records the compliance checks read. The stored records (src/schema/register.ts)
 * carry more; anything with at least these fields can be checked. Dates are YYYY-MM-DD.
 */

export type LandlordType = 'social' | 'private';
export type ReportedBy = 'inspection' | 'resident' | 'key-worker';
export type HazardStatus = 'reported' | 'open' | 'resolved' | 'no-action';

export interface RegisterProperty {
  id: string;
  reference: string;
  housingSchemeId: string | null;
  landlordType: LandlordType;
  nation: Nation;
  nextInspectionDate: string | null;
}

export interface RegisterAssessment {
  id: string;
  propertyId: string;
  inspectionDate: string;
}

/** Awaab's Law classification: the landlord's view of the risk to the tenant, not HHSRS Category 1/2. */
export interface AwaabsClassification {
  riskLevel: AwaabsRiskLevel;
  /** When the landlord became aware: 'YYYY-MM-DDTHH:MM', UK time; for a posted letter, when it was posted. */
  awareAt: string;
  /** How the landlord was first told; absent on entries recorded before it was asked. */
  how?: AwarenessMeans | undefined;
  /** A posted letter's class; absent means not known, counted as second class (the later day). */
  postClass?: 'first' | 'second' | undefined;
}

/** The ways a landlord is first told of a hazard that the register records (FACTS.md §4). */
export const AWARENESS_MEANS = ['phone', 'repair-report', 'visit', 'email', 'letter'] as const;
export type AwarenessMeans = (typeof AWARENESS_MEANS)[number];

/** The Awaab's Law steps (AwaabsRecorded) are optional: absent means not yet recorded. */
export interface RegisterHazard extends AwaabsRecorded {
  id: string;
  propertyId: string;
  hazardId: string;
  foundOn: string;
  reportedBy: ReportedBy;
  /** Null until the hazard has been assessed (a resident's report starts without one). */
  category: 1 | 2 | null;
  status: HazardStatus;
  /** The day a resident's or key worker's report was passed on for assessment (an inspection booked). */
  escalatedOn: string | null;
  /** The day the hazard was dealt with (status resolved or no action), or null while it is open. */
  resolvedOn: string | null;
  awaabs: AwaabsClassification | null;
}

export interface RegisterAction {
  id: string;
  propertyId: string;
  hazardId: string;
  description: string;
  raisedOn: string;
  targetDate: string;
  completedOn: string | null;
}

export interface RegisterEvidence {
  recordId: string;
  /** The day the evidence was added (or the photo taken). */
  addedOn: string;
}
