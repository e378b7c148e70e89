import { enforcementOptions, type EnforcementAdvice } from './enforcement.ts';
import type { HhsrsInputError } from './errors.ts';
import type { HarmClass, Hazard, Nation, Scheme, Spread } from './scheme/types.ts';
import { scoreHazard, type HazardScore } from './score.ts';
import { sensitivity, type Sensitivity } from './sensitivity.ts';
import { completeSpread } from './spread.ts';
import { workingText } from './working.ts';

/** One hazard as the officer records it; the most likely class's figure is never typed, only worked out. */
export interface HazardEntry {
  hazardId: string;
  /** Table 1 RSPR, or null until chosen. */
  likelihood: number | null;
  mostLikelyClass: HarmClass | null;
  /** Table 2 points for Classes I..IV; the most likely class's slot is ignored. */
  spread: readonly [number, number, number, number];
  /** What was seen, where, and which defects: required before a hazard counts as complete. */
  justification: string;
}

export type MissingPart = 'likelihood' | 'mostLikelyClass' | 'justification';

export interface EvaluatedHazard {
  entry: HazardEntry;
  hazard: Hazard | undefined;
  /** What the officer has still to give; a hazard with anything missing is shown as incomplete. */
  missing: MissingPart[];
  /** The complete spread and its score, when likelihood and most likely class are given and consistent. */
  spread?: Spread;
  result?: HazardScore;
  working?: string;
  sensitivity?: Sensitivity;
  /** Why the figures cannot be scored (e.g. an inconsistent spread), in words to show beside them. */
  error?: { field: string; message: string };
}

/** Scores what can be scored and says what is missing, never throwing for half-finished input. */
export function evaluateHazard(entry: HazardEntry, scheme: Scheme): EvaluatedHazard {
  const hazard = scheme.hazards.find((h) => h.id === entry.hazardId);
  const missing: MissingPart[] = [];
  if (entry.likelihood === null) missing.push('likelihood');
  if (entry.mostLikelyClass === null) missing.push('mostLikelyClass');
  if (entry.justification.trim() === '') missing.push('justification');
  const evaluated: EvaluatedHazard = { entry, hazard, missing };
  if (!hazard) {
    return {
      ...evaluated,
      error: { field: 'hazardId', message: `hazard ${entry.hazardId} is not in scheme ${scheme.id}` },
    };
  }
  if (entry.likelihood === null || entry.mostLikelyClass === null) return evaluated;
  try {
    const open = entry.spread.map((value, index) => (index + 1 === entry.mostLikelyClass ? null : value));
    const spread = completeSpread(open as [number | null, number | null, number | null, number | null], scheme);
    const input = { likelihood: entry.likelihood, spread };
    const result = scoreHazard(input, scheme);
    return {
      ...evaluated,
      spread,
      result,
      working: workingText(input, result, scheme),
      sensitivity: sensitivity(input, scheme),
    };
  } catch (error) {
    const { field, message } = error as HhsrsInputError;
    return { ...evaluated, error: { field, message } };
  }
}

export interface AssessmentSummary {
  /** Scored hazards, highest score first (Schedule 1 order breaks ties). */
  ranked: EvaluatedHazard[];
  category1: number;
  category2: number;
  /** Hazards missing a figure or justification, or with figures that cannot be scored. */
  incomplete: number;
  /** The courses of action for the most serious category found, if any hazard was scored. */
  enforcement?: EnforcementAdvice;
  /** Hazards for which s.10 requires the fire and rescue authority to be consulted. */
  consultFireAuthorityFor: string[];
}

/** The dwelling's summary: ranking, counts by category, and what the authority may or must do. */
export function summariseAssessment(
  evaluated: readonly EvaluatedHazard[],
  scheme: Scheme,
  context: { nation: Nation; hmoOrCommonParts: boolean },
): AssessmentSummary {
  const ranked = evaluated
    .filter((e) => e.result)
    .sort((a, b) => b.result!.rawScore - a.result!.rawScore || (a.hazard?.number ?? 0) - (b.hazard?.number ?? 0));
  const category1 = ranked.filter((e) => e.result!.category === 1).length;
  const consultFireAuthorityFor = ranked
    .filter((e) => e.hazard && scheme.prescribedFireHazards.includes(e.hazard.id) && context.hmoOrCommonParts)
    .map((e) => e.hazard!.name);
  const summary: AssessmentSummary = {
    ranked,
    category1,
    category2: ranked.length - category1,
    incomplete: evaluated.filter((e) => e.missing.length > 0 || e.error).length,
    consultFireAuthorityFor,
  };
  if (ranked.length === 0) return summary;
  const enforcement = enforcementOptions({
    category: category1 > 0 ? 1 : 2,
    prescribedFireHazard: consultFireAuthorityFor.length > 0,
    hmoOrCommonParts: context.hmoOrCommonParts,
    nation: context.nation,
  });
  return { ...summary, enforcement };
}
