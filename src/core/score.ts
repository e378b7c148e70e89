import { HhsrsInputError } from './errors.ts';
import { listOf } from './format.ts';
import { ENGLAND_2005 } from './scheme/england-2005.ts';
import type { Band, Scheme, Spread } from './scheme/types.ts';
import { validateSpread } from './spread.ts';

export interface HazardInput {
  /** Table 1's representative scale point (RSPR), e.g. 180 for "1 in 130 to 1 in 240". */
  likelihood: number;
  /** Percentages for Classes I..IV; see completeSpread. */
  spread: Spread;
}

export interface HazardScore {
  /** The whole-number score, rounded half up (the official worked examples' convention). */
  score: number;
  /** The score before rounding, kept so the working can be shown. */
  rawScore: number;
  band: Band;
  category: 1 | 2;
}

/**
 * Reg 6(5): S = (10000·O1 + 1000·O2 + 300·O3 + 10·O4) / L, with the weights of the scheme's harm classes.
 * Throws HhsrsInputError naming 'likelihood' or 'spread' for input the regulations do not allow.
 */
export function scoreHazard(input: HazardInput, scheme: Scheme = ENGLAND_2005): HazardScore {
  requireLikelihood(input.likelihood, scheme);
  validateSpread(input.spread, scheme);
  const weighted = scheme.harmClasses.reduce(
    (sum, harm, index) => sum + harm.weight * (input.spread[index] as number),
    0,
  );
  const rawScore = weighted / input.likelihood;
  const score = roundHalfUp(rawScore);
  const band = bandFor(score, scheme);
  return { score, rawScore, band, category: categoryFor(band, scheme) };
}

/** Half up, after clearing binary noise so 1713.4999999999998 (really 1713.5) still rounds to 1714. */
export function roundHalfUp(value: number): number {
  return Math.floor(Math.round(value * 1e6) / 1e6 + 0.5);
}

/** Reg 7, Table 3: the band of a whole score. */
export function bandFor(score: number, scheme: Scheme = ENGLAND_2005): Band {
  if (!Number.isFinite(score) || score < 0) {
    throw new HhsrsInputError('score', `score must be a number of 0 or more; got ${score}`);
  }
  const row = scheme.bands.find((band) => score >= band.min);
  if (!row) {
    throw new HhsrsInputError('score', `score ${score} is below the lowest band of scheme ${scheme.id}`);
  }
  return row.band;
}

/** Reg 8: bands A to C are Category 1, the rest Category 2 (a scheme pack names its own). */
export function categoryFor(band: Band, scheme: Scheme = ENGLAND_2005): 1 | 2 {
  if (!scheme.bands.some((row) => row.band === band)) {
    throw new HhsrsInputError(
      'band',
      `band must be one of ${listOf(scheme.bands.map((row) => row.band))}; got ${band}`,
    );
  }
  return scheme.category1Bands.includes(band) ? 1 : 2;
}

/** Reg 6(2): the likelihood must be one of Table 1's representative scale points. */
export function requireLikelihood(likelihood: number, scheme: Scheme = ENGLAND_2005): void {
  const points = scheme.likelihoodScale.map((row) => row.rspr);
  if (!points.includes(likelihood)) {
    throw new HhsrsInputError(
      'likelihood',
      `likelihood must be one of Table 1's points: ${listOf(points)}; got ${likelihood}`,
    );
  }
}
