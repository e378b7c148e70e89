import { HhsrsInputError } from '../errors.ts';
import { listOf } from '../format.ts';
import { atRiskGroups } from './at-risk.ts';
import { problemsFor, type TenantProblem } from './problems.ts';
import { COLD_EMERGENCY_GROUPS } from './questions.ts';
import type { EmergencyId, HouseholdGroup, Seriousness, SeverityLevel, TopicAnswers, TopicId } from './types.ts';

/** An indicative view of one problem. Not an HHSRS score, band or category. */
export interface IndicativeResult {
  topic: TopicId;
  seriousness: Seriousness;
  /** Schedule 1 numbers an inspector would look at, most relevant first, without repeats. */
  hazards: number[];
  /** Get help now, in the order of TENANT_PROBLEMS. */
  emergencies: EmergencyId[];
  /** Household groups among the most at risk from these hazards (they moved the result up). */
  atRisk: HouseholdGroup[];
}

const LEVELS = ['minor', 'moderate', 'serious'] as const;
const SEVERITY_STEP: Readonly<Record<SeverityLevel, number>> = { low: -1, medium: 0, high: 1 };

/**
 * How serious one problem could be, as a first indication for the tenant.
 *
 * For each problem ticked: start from its `base` (TENANT_PROBLEMS); one step down for "low" and one up for
 * "high" on "How bad is it?"; one step up when someone in the household is among the hazard's most at-risk
 * group (AT_RISK_GROUPS, from reg 6(7)); kept between minor and serious. A problem whose emergency applies
 * is urgent instead. The topic takes its most serious problem. "Urgent" is reached only through an
 * emergency, so that it always comes with something to do now.
 *
 * @throws HhsrsInputError naming "kinds" when none of the ticked ids is a problem of this topic
 */
export function indicativeResult(
  topic: TopicId,
  answers: TopicAnswers,
  household: readonly HouseholdGroup[],
): IndicativeResult {
  const offered = problemsFor(topic);
  const chosen = offered.filter((problem) => answers.kinds.includes(problem.id));
  if (chosen.length === 0) {
    throw new HhsrsInputError(
      'kinds',
      `kinds must include at least one of ${listOf(offered.map((problem) => problem.id))} for ${topic}; got [${answers.kinds.join(', ')}]`,
    );
  }
  const emergencies = [
    ...new Set(
      chosen.filter((problem) => emergencyApplies(problem, answers, household)).map((problem) => problem.emergency!.id),
    ),
  ];
  const hazards = [...new Set(chosen.flatMap((problem) => problem.hazards))];
  const atRisk = atRiskGroups(hazards, household);
  const step = answers.severity ? SEVERITY_STEP[answers.severity] : 0;
  const level = Math.max(
    ...chosen.map((problem) => {
      const raised = atRiskGroups(problem.hazards, household).length > 0 ? 1 : 0;
      return Math.min(2, Math.max(0, LEVELS.indexOf(problem.base) + step + raised));
    }),
  );
  return { topic, seriousness: emergencies.length > 0 ? 'urgent' : LEVELS[level]!, hazards, emergencies, atRisk };
}

function emergencyApplies(
  problem: TenantProblem,
  answers: TopicAnswers,
  household: readonly HouseholdGroup[],
): boolean {
  if (!problem.emergency) return false;
  if (problem.emergency.when === 'always') return true;
  return answers.coldNow === 'yes' && household.some((group) => COLD_EMERGENCY_GROUPS.includes(group));
}
