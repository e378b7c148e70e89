/** hhsrs-toolkit/core: the law and arithmetic of the HHSRS, pure and framework-free. */
import { ENGLAND_2005 } from './scheme/england-2005.ts';

export { HhsrsInputError } from './errors.ts';
export type {
  Band,
  BandRange,
  HarmClass,
  HarmClassInfo,
  Hazard,
  HazardGroup,
  LikelihoodPoint,
  Nation,
  Scheme,
  SchemeCoverage,
  Spread,
  SpreadPoint,
} from './scheme/types.ts';
export { ENGLAND_2005 };
export {
  BUILT_IN_SCHEMES,
  chooseScheme,
  ENGLAND_2026_CUTOFF,
  packConflict,
  schemeById,
  schemeCovers,
  schemeFor,
  usablePacks,
  type SchemeChoice,
  type SchemeQuestion,
} from './scheme/select.ts';
export { checkWorkedExample, type WorkedExample, type WorkedExampleCheck } from './scheme/worked-example.ts';
export { completeSpread, validateSpread } from './spread.ts';
export {
  scoreHazard,
  bandFor,
  categoryFor,
  roundHalfUp,
  requireLikelihood,
  type HazardInput,
  type HazardScore,
} from './score.ts';
export { workingText, likelihoodLabel, likelihoodOption, spreadOption } from './working.ts';
export { sensitivity, type Sensitivity, type SensitivityChange } from './sensitivity.ts';
export {
  enforcementOptions,
  type EnforcementAdvice,
  type EnforcementContext,
  type EnforcementOption,
} from './enforcement.ts';
export { formatNumber } from './format.ts';
export {
  evaluateHazard,
  summariseAssessment,
  type AssessmentSummary,
  type EvaluatedHazard,
  type HazardEntry,
  type MissingPart,
} from './assessment.ts';

/** The 29 hazards of Schedule 1, in its order. */
export const HAZARDS = ENGLAND_2005.hazards;
/** Table 1: 16 rows, 5600 → 1. */
export const LIKELIHOOD_SCALE = ENGLAND_2005.likelihoodScale;
/** Table 2: 11 rows, 0 → 46.4. */
export const SPREAD_SCALE = ENGLAND_2005.spreadScale;
/** Table 3: A first (max of A = Infinity). */
export const BANDS = ENGLAND_2005.bands;
export * from './overcrowding.ts';
export * from './working-days.ts';
export * from './bank-holidays.ts';
export * from './deadlines.ts';
export * from './awaabs-law.ts';
export * from './awaabs-law-scope.ts';
export * from './awaabs-law-awareness.ts';
export * from './day-of-service.ts';
export * from './policy.ts';
export * from './penalties.ts';
export * from './statement.ts';
