import type { AwaabsDueDate } from '../awaabs-law.ts';
import { addCalendarDays } from '../working-days.ts';
import { awaabsFor, type AwaabsCase, type AwaabsOutcome } from './awaabs.ts';
import type { ChecklistPolicy } from './policy.ts';

export interface TargetInput extends AwaabsCase {
  /** Null while the hazard has not been assessed. */
  category: 1 | 2 | null;
  /** YYYY-MM-DD the hazard was found or reported. */
  foundOn: string;
}

export interface TargetProposal {
  /** YYYY-MM-DD, or null when neither the policy nor Awaab's Law gives a date (not yet assessed). */
  date: string | null;
  basis: 'policy' | 'awaabs' | 'none';
  /** How the date was reached, e.g. 'found 2026-03-02 + 28 days (Category 1 policy)'. */
  formula: string;
  awaabs: AwaabsOutcome;
}

/** The policy's completion date for a hazard of this category, with its sum. */
export function policyDueDate(
  category: 1 | 2,
  foundOn: string,
  policy: ChecklistPolicy,
): { date: string; formula: string } {
  const days = category === 1 ? policy.category1RemedialDays : policy.category2RemedialDays;
  return {
    date: addCalendarDays(foundOn, days),
    formula: `found ${foundOn} + ${days} days (Category ${category} policy)`,
  };
}

/**
 * A target date for remedial action: the policy's period for the hazard's category from the day it was
 * found, or — where Awaab's Law applies and is sooner — the day it must be made safe by.
 * @throws HhsrsInputError naming "isoDate" when foundOn is not a date
 */
export function proposeTargetDate(input: TargetInput, policy: ChecklistPolicy): TargetProposal {
  const awaabs = awaabsFor(input, policy);
  const byPolicy = input.category === null ? null : policyDueDate(input.category, input.foundOn, policy);
  if (awaabs.applies && (byPolicy === null || awaabs.makeSafeBy < byPolicy.date)) {
    const rule = awaabs.dueDates.dueDates.find((row) => row.id.endsWith('make-safe')) as AwaabsDueDate;
    return { date: awaabs.makeSafeBy, basis: 'awaabs', formula: `Awaab’s Law, make safe: ${rule.formula}`, awaabs };
  }
  if (byPolicy) return { ...byPolicy, basis: 'policy', awaabs };
  return {
    date: null,
    basis: 'none',
    formula: 'Assess the hazard first: the target date follows from its category.',
    awaabs,
  };
}
