import { ENGLAND_2005 } from './england-2005.ts';
import type { Nation, Scheme } from './types.ts';

export type SchemeChoice =
  | { ok: true; scheme: Scheme; warning?: string }
  | { ok: false; reason: 'needs-2026-scheme' | 'no-scheme'; message: string };

/** FACTS §7: the transitional cut-off (inspections begun on or after it fall under the 2026 scheme). */
export const ENGLAND_2026_CUTOFF = '2026-06-22';
const CHECK_DAYS = new Set(['2026-06-22', '2026-06-23']);

/**
 * Which scheme governs an inspection: the first loaded scheme whose coverage includes the nation and date,
 * else england-2005 where it applies; never the 2005 tables for an English inspection begun on or after
 * 22 June 2026. Dates are ISO YYYY-MM-DD, compared as text.
 */
export function schemeFor(nation: Nation, inspectionDate: string, loaded: readonly Scheme[] = []): SchemeChoice {
  const covers = (scheme: Scheme) =>
    scheme.coverage.some(
      (c) => c.nation === nation && inspectionDate >= c.from && (c.until === null || inspectionDate < c.until),
    );
  const scheme = [...loaded, ENGLAND_2005].find(covers);
  const warning =
    nation === 'england' && CHECK_DAYS.has(inspectionDate)
      ? 'Check which scheme applies: sources give 22 June 2026 as the transitional cut-off and 23 June as the day the 2026 regulations came into force.'
      : undefined;
  if (scheme) return warning ? { ok: true, scheme, warning } : { ok: true, scheme };
  if (nation === 'england' && inspectionDate >= ENGLAND_2026_CUTOFF) {
    return {
      ok: false,
      reason: 'needs-2026-scheme',
      message:
        'This inspection began on or after 22 June 2026, so it falls under the 2026 English scheme. ' +
        'Its tables are not built in: load your copy as a scheme pack to score it. You can still record your findings.',
    };
  }
  return {
    ok: false,
    reason: 'no-scheme',
    message: `No loaded scheme covers an inspection in ${nation === 'wales' ? 'Wales' : 'England'} on ${inspectionDate}.`,
  };
}

/** All schemes available for re-opening saved work, by id. */
export function schemeById(id: string, loaded: readonly Scheme[] = []): Scheme | undefined {
  return [...loaded, ENGLAND_2005].find((scheme) => scheme.id === id);
}
