import type { HouseholdGroup } from './types.ts';

/**
 * For each hazard, the household groups that include its relevant occupier (reg 6(7); FACTS.md §2): the
 * people an inspector assesses the hazard for, because they are the most likely to be harmed.
 *
 * The tool asks for age bands, not exact ages, so: "under 15" (hazard 1) is a child under 5 or aged 5 to 14;
 * "under 3" (hazard 7) is approximated by a child under 5; "60 or over" is someone 60 to 64 or 65 or over.
 * A long-term health condition is not a relevant occupier in law (convention): the Operating Guidance's
 * profiles of damp, cold and heat (1–3) describe people with breathing and heart conditions as more
 * affected, so it counts for those three only. Hazards assessed for "any occupier" have no group here.
 */
export const AT_RISK_GROUPS: Readonly<Partial<Record<number, readonly HouseholdGroup[]>>> = {
  1: ['under-5', '5-to-14', 'health-condition'],
  2: ['65-plus', 'health-condition'],
  3: ['65-plus', 'health-condition'],
  6: ['65-plus'],
  7: ['under-5'],
  17: ['under-5'],
  19: ['60-to-64', '65-plus'],
  20: ['60-to-64', '65-plus'],
  21: ['60-to-64', '65-plus'],
  22: ['under-5'],
  23: ['under-5'],
  24: ['60-to-64', '65-plus'],
  25: ['under-5'],
  26: ['under-5'],
  28: ['60-to-64', '65-plus'],
};

/** The groups in this household who are among the most at risk from any of these hazards, in household order. */
export function atRiskGroups(hazards: readonly number[], household: readonly HouseholdGroup[]): HouseholdGroup[] {
  return household.filter((group) => hazards.some((hazard) => AT_RISK_GROUPS[hazard]?.includes(group)));
}
