/**
 * Register policy defaults (FACTS.md §6). The hazard register's quarterly checklist asks whether
 * assessments are "current" and remedial action is within "required timescales"; neither is defined in
 * law, so they are the provider's policy: settings with these defaults, printed on every report.
 */

export interface RegisterPolicy {
  /** Months an HHSRS assessment stays current after its inspection date. */
  assessmentCurrentMonths: number;
  /** Calendar days from identifying a Category 1 hazard to completing its remedial action. */
  category1RemedialDays: number;
  /** Calendar days from identifying a Category 2 hazard to completing its remedial action. */
  category2RemedialDays: number;
  /** Whether Awaab's Law timescales are applied where they apply (England, social landlords). */
  applyAwaabsLaw: boolean;
}

/** The defaults FACTS.md §6 gives. Policy, not law: a provider may set its own. */
export const REGISTER_POLICY_DEFAULTS: Readonly<RegisterPolicy> = Object.freeze({
  assessmentCurrentMonths: 12,
  category1RemedialDays: 28,
  category2RemedialDays: 90,
  applyAwaabsLaw: true,
});
