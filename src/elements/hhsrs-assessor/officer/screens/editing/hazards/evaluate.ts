import {
  ENGLAND_2005,
  evaluateHazard,
  summariseAssessment,
  type AssessmentSummary,
  type EvaluatedHazard,
  type Scheme,
} from '../../../../../../core/index.ts';
import type { Assessment } from '../../../../../../schema/assessment.ts';

/**
 * Every hazard of the assessment, scored under `scheme`; without a scheme for its nation and date nothing is
 * scored (FACTS §7: never silently under old tables), though what is missing is still said.
 */
export function evaluateAssessment(
  assessment: Assessment,
  scheme: Scheme | undefined,
  findingsOnly = false,
): EvaluatedHazard[] {
  return assessment.hazards.map((entry) => {
    const item = evaluateHazard(entry, scheme ?? ENGLAND_2005);
    if (scheme) return item;
    const { result: _r, working: _w, sensitivity: _s, error, ...unscored } = item;
    // Findings only (an English inspection from 22 June 2026 without its pack): the 2005 figures are not asked
    // for, so they are not missing; a justification still is.
    if (findingsOnly) return { ...unscored, missing: unscored.missing.filter((part) => part === 'justification') };
    return error ? { ...unscored, error } : unscored;
  });
}

/** What the hhsrs-score-change event carries: each scored hazard's score, band and category. */
export function scoredHazards(evaluated: readonly EvaluatedHazard[]) {
  return evaluated.flatMap((item) =>
    item.result && item.hazard
      ? [
          {
            hazardId: item.hazard.id,
            hazardNumber: item.hazard.number,
            score: item.result.score,
            rawScore: item.result.rawScore,
            band: item.result.band,
            category: item.result.category,
          },
        ]
      : [],
  );
}

/** Hazards ranked, counts by category and the courses of action, for the page and the printout alike. */
export function assessmentSummary(
  assessment: Assessment,
  evaluated: readonly EvaluatedHazard[],
  scheme: Scheme | undefined,
): AssessmentSummary {
  return summariseAssessment(evaluated, scheme ?? ENGLAND_2005, {
    nation: assessment.details.nation || 'england',
    hmoOrCommonParts: assessment.details.hmoOrCommonParts,
  });
}
