import { AWAABS_LAW } from '../awaabs-law.ts';
import { REGISTER_POLICY_DEFAULTS, type RegisterPolicy } from '../policy.ts';

/**
 * The register's policy: REGISTER_POLICY_DEFAULTS plus the two settings the quarterly checklist also needs
 * (FACTS.md §6 leaves "escalated" and the reporting period to the provider too).
 */
export interface ChecklistPolicy extends RegisterPolicy {
  /** Calendar days from a resident's or key worker's report to it being passed on for assessment. */
  reportEscalationDays: number;
  /** Months a report looks back: work finished before then is history, not this period's compliance. */
  reportingPeriodMonths: number;
}

export const CHECKLIST_POLICY_DEFAULTS: Readonly<ChecklistPolicy> = Object.freeze({
  ...REGISTER_POLICY_DEFAULTS,
  reportEscalationDays: 7,
  reportingPeriodMonths: 3,
});

/** The policy in sentences, printed on every report so a reader knows what "compliant" was measured against. */
export function describePolicy(policy: ChecklistPolicy): string[] {
  const lines = [
    `An HHSRS assessment is current for ${policy.assessmentCurrentMonths} months after the inspection.`,
    `Category 1 hazards: remedial action completed within ${policy.category1RemedialDays} days of the hazard being found.`,
    `Category 2 hazards: remedial action completed within ${policy.category2RemedialDays} days of the hazard being found.`,
    `Reports from residents or key workers: passed on for assessment within ${policy.reportEscalationDays} days.`,
    `Reporting period: the ${policy.reportingPeriodMonths} months up to the report date.`,
  ];
  lines.push(
    policy.applyAwaabsLaw
      ? `Awaab’s Law timescales apply to social landlords in England where the hazard is in scope (${AWAABS_LAW.legislation}; check locally).`
      : 'Awaab’s Law timescales are not applied (provider setting).',
  );
  lines.push('These are the provider’s own settings; only the Awaab’s Law timescales come from law.');
  return lines;
}
