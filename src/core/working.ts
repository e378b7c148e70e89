import { formatNumber } from './format.ts';
import { ENGLAND_2005 } from './scheme/england-2005.ts';
import type { LikelihoodPoint, Scheme, SpreadPoint } from './scheme/types.ts';
import type { HazardInput, HazardScore } from './score.ts';

/**
 * The reg 6(5) sum with the officer's figures in it, as a tribunal would want to check it:
 * "(10000×0 + 1000×4.6 + 300×21.5 + 10×73.9) ÷ 180 = 65.49 → 65, band G, Category 2".
 */
export function workingText(input: HazardInput, result: HazardScore, scheme: Scheme = ENGLAND_2005): string {
  const terms = scheme.harmClasses
    .map((harm, index) => `${harm.weight}×${formatNumber(input.spread[index] as number, 4)}`)
    .join(' + ');
  return (
    `(${terms}) ÷ ${input.likelihood} = ${formatNumber(result.rawScore)} → ${formatNumber(result.score)}, ` +
    `band ${result.band}, Category ${result.category}`
  );
}

/** Table 1's row as an officer reads it: "1 in 130 to 1 in 240", "less likely than 1 in 4,200". */
export function likelihoodLabel(row: LikelihoodPoint): string {
  if (row.to === Infinity) return `less likely than 1 in ${formatNumber(row.from)}`;
  if (row.from <= 1) return `more likely than 1 in ${formatNumber(row.to)}`;
  return `1 in ${formatNumber(row.from)} to 1 in ${formatNumber(row.to)}`;
}

/** Table 1's row as an option: "1 in 180 (between 1 in 130 and 1 in 240)". */
export function likelihoodOption(row: LikelihoodPoint): string {
  return `1 in ${formatNumber(row.rspr)} (${likelihoodLabel(row).replace(/^1 in (.+) to 1 in (.+)$/, 'between 1 in $1 and 1 in $2')})`;
}

/** Table 2's row as an option: "4.6 % (3 to 7 %)", "0 % (below 0.05 %)", "46.4 % (above 38 %)". */
export function spreadOption(row: SpreadPoint): string {
  const range =
    row.from === 0
      ? `below ${formatNumber(row.to)} %`
      : row.to >= 100
        ? `above ${formatNumber(row.from)} %`
        : `${formatNumber(row.from)} to ${formatNumber(row.to)} %`;
  return `${formatNumber(row.rsppr)} % (${range})`;
}
