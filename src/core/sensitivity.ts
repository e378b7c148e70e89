import { CLASS_NAMES, formatNumber } from './format.ts';
import { ENGLAND_2005 } from './scheme/england-2005.ts';
import type { HarmClass, Scheme, Spread } from './scheme/types.ts';
import { scoreHazard, type HazardInput, type HazardScore } from './score.ts';
import { completeSpread, validateSpread } from './spread.ts';
import { likelihoodLabel } from './working.ts';

export interface SensitivityChange {
  /** What moved by one row: the likelihood (Table 1) or one chosen class's spread (Table 2). */
  kind: 'likelihood' | 'spread';
  harmClass?: HarmClass;
  from: number;
  to: number;
  result: HazardScore;
  description: string;
}

export interface Sensitivity {
  /** True when one step of Table 1, or of Table 2 for one chosen class, changes the category (FACTS §1). */
  nearCategoryBoundary: boolean;
  /** Every single-step change that changes the category, the smallest change in score first. */
  crossings: SensitivityChange[];
  /** A plain sentence for the officer. */
  summary: string;
}

/**
 * How fragile the category is: tries each one-row move of the likelihood and of each of the three chosen
 * spread classes (the most likely class takes up the difference) and reports those that change the category.
 */
export function sensitivity(input: HazardInput, scheme: Scheme = ENGLAND_2005): Sensitivity {
  const current = scoreHazard(input, scheme);
  const crossings = [...likelihoodSteps(input, scheme), ...spreadSteps(input, scheme)]
    .filter((change) => change.result.category !== current.category)
    .sort((a, b) => Math.abs(a.result.rawScore - current.rawScore) - Math.abs(b.result.rawScore - current.rawScore));
  const nearest = crossings[0];
  const summary = nearest
    ? `Within one step of the Category 1 line: ${nearest.description} would make it ${formatNumber(nearest.result.score)}, ` +
      `band ${nearest.result.band}, Category ${nearest.result.category}.`
    : `No single step of Table 1 or Table 2 changes the category: it stays Category ${current.category}.`;
  return { nearCategoryBoundary: crossings.length > 0, crossings, summary };
}

function likelihoodSteps(input: HazardInput, scheme: Scheme): SensitivityChange[] {
  const rows = scheme.likelihoodScale;
  const index = rows.findIndex((row) => row.rspr === input.likelihood);
  return [rows[index - 1], rows[index + 1]].flatMap((row) => {
    if (!row) return [];
    const result = scoreHazard({ likelihood: row.rspr, spread: input.spread }, scheme);
    const description = `a likelihood of ${likelihoodLabel(row)} (${row.rspr}) instead of ${input.likelihood}`;
    return [{ kind: 'likelihood' as const, from: input.likelihood, to: row.rspr, result, description }];
  });
}

function spreadSteps(input: HazardInput, scheme: Scheme): SensitivityChange[] {
  const mostLikely = validateSpread(input.spread, scheme);
  const points = scheme.spreadScale.map((row) => row.rsppr);
  const changes: SensitivityChange[] = [];
  input.spread.forEach((value, index) => {
    if (index === mostLikely) return;
    const at = points.indexOf(value);
    for (const next of [points[at - 1], points[at + 1]]) {
      if (next === undefined) continue;
      const open = input.spread.map((v, i) => (i === mostLikely ? null : i === index ? next : v));
      // A move that would make another class larger than the most likely one is not a reading the officer holds.
      let spread: Spread;
      try {
        spread = completeSpread(open as [number | null, number | null, number | null, number | null], scheme);
      } catch {
        continue;
      }
      const result = scoreHazard({ likelihood: input.likelihood, spread }, scheme);
      const description = `${CLASS_NAMES[index]} at ${formatNumber(next)} % instead of ${formatNumber(value)} %`;
      changes.push({ kind: 'spread', harmClass: (index + 1) as HarmClass, from: value, to: next, result, description });
    }
  });
  return changes;
}
