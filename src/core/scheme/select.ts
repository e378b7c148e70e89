import { ENGLAND_2005 } from './england-2005.ts';
import type { Nation, Scheme } from './types.ts';

/** The schemes built into this version: the law as built in, which no loaded pack may replace. */
export const BUILT_IN_SCHEMES: readonly Scheme[] = [ENGLAND_2005];

export type SchemeChoice =
  | { ok: true; scheme: Scheme; warning?: string }
  | {
      ok: false;
      reason: 'needs-2026-scheme' | 'no-scheme' | 'needs-details' | 'explicit-not-loaded' | 'explicit-does-not-cover';
      message: string;
      /** On 22 and 23 June 2026: which scheme applies is worth checking (FACTS §7). */
      warning?: string;
    };

/** FACTS §7: the transitional cut-off (inspections begun on or after it fall under the 2026 scheme). */
export const ENGLAND_2026_CUTOFF = '2026-06-22';
// FACTS §7: sources give 22 June for the cut-off and 23 June for coming into force.
const CHECK_DAYS = new Set(['2026-06-22', '2026-06-23']);
const nationName = (nation: Nation) => (nation === 'wales' ? 'Wales' : 'England');

/** Whether a scheme governs an inspection in this nation begun on this day (ISO dates compare as text). */
export const schemeCovers = (scheme: Scheme, nation: Nation, inspectionDate: string): boolean =>
  scheme.coverage.some(
    (c) => c.nation === nation && inspectionDate >= c.from && (c.until === null || inspectionDate < c.until),
  );

/**
 * Why a loaded pack may not be used, or undefined if it may (DESIGN, scheme precedence): it may not take a
 * built-in scheme's id, nor cover any nation and day a built-in scheme covers — the law as built in wins.
 */
export function packConflict(pack: Scheme, builtIns: readonly Scheme[] = BUILT_IN_SCHEMES): string | undefined {
  const sameId = builtIns.find((b) => b.id === pack.id);
  if (sameId)
    return `uses the id “${pack.id}” of the built-in scheme (${sameId.name}); a scheme pack may not replace the law as built in`;
  for (const c of pack.coverage) {
    for (const b of builtIns) {
      const overlap = b.coverage.find(
        (bc) =>
          bc.nation === c.nation && (bc.until === null || c.from < bc.until) && (c.until === null || bc.from < c.until),
      );
      if (overlap) {
        const from = c.from > overlap.from ? c.from : overlap.from;
        return (
          `covers inspections in ${nationName(c.nation)} from ${from}, which the built-in scheme ${b.id} covers; ` +
          'a scheme pack may only cover what no built-in scheme does'
        );
      }
    }
  }
  return undefined;
}

/** The loaded packs that may be used: any that conflicts with a built-in scheme (stored by an older version) is left out. */
export const usablePacks = (loaded: readonly Scheme[]): Scheme[] => loaded.filter((pack) => !packConflict(pack));

const checkWarning = (nation: Nation, inspectionDate: string) =>
  nation === 'england' && CHECK_DAYS.has(inspectionDate)
    ? 'Check which scheme applies: sources give 22 June 2026 as the transitional cut-off and 23 June as the day the 2026 regulations came into force.'
    : undefined;

/**
 * Which scheme governs an inspection (FACTS §7): a built-in scheme that covers the nation and date, else a
 * loaded pack that does; never the 2005 tables for an English inspection begun on or after 22 June 2026.
 * Dates are ISO YYYY-MM-DD, compared as text.
 */
export function schemeFor(nation: Nation, inspectionDate: string, loaded: readonly Scheme[] = []): SchemeChoice {
  const scheme = [...BUILT_IN_SCHEMES, ...usablePacks(loaded)].find((s) => schemeCovers(s, nation, inspectionDate));
  const warning = checkWarning(nation, inspectionDate);
  if (scheme) return warning ? { ok: true, scheme, warning } : { ok: true, scheme };
  if (nation === 'england' && inspectionDate >= ENGLAND_2026_CUTOFF) {
    const message =
      'This inspection began on or after 22 June 2026, so it falls under the 2026 English scheme. ' +
      'Its tables are not built in: load your copy as a scheme pack to score it. You can still record your findings.';
    const refused = { ok: false, reason: 'needs-2026-scheme', message } as const;
    return warning ? { ...refused, warning } : refused;
  }
  return {
    ok: false,
    reason: 'no-scheme',
    message: `No loaded scheme covers an inspection in ${nationName(nation)} on ${inspectionDate}.`,
  };
}

/** Built-in schemes first, then usable packs, by id: for re-opening saved work. */
export function schemeById(id: string, loaded: readonly Scheme[] = []): Scheme | undefined {
  return [...BUILT_IN_SCHEMES, ...usablePacks(loaded)].find((scheme) => scheme.id === id);
}

export interface SchemeQuestion {
  nation: Nation | '';
  /** The day the inspection began, YYYY-MM-DD, or '' until given. */
  inspectionDate: string;
  /** A scheme id the page insists on (the officer element's `scheme` attribute). */
  explicitId?: string | undefined;
  loaded?: readonly Scheme[];
}

/**
 * The one scheme choice used by the officer's page and the register's import (DESIGN, scheme precedence):
 * nothing is chosen before the nation and date are known; an explicit scheme is used only if it covers the
 * inspection; otherwise `schemeFor`.
 */
export function chooseScheme({ nation, inspectionDate, explicitId, loaded = [] }: SchemeQuestion): SchemeChoice {
  if (!nation || !inspectionDate) {
    return {
      ok: false,
      reason: 'needs-details',
      message: 'Give the nation and the date the inspection began to see which scheme applies and to score hazards.',
    };
  }
  if (explicitId) {
    const scheme = schemeById(explicitId, loaded);
    if (!scheme) {
      return {
        ok: false,
        reason: 'explicit-not-loaded',
        message: `The page asks for scoring scheme “${explicitId}”, which is not loaded, so hazards cannot be scored.`,
      };
    }
    if (!schemeCovers(scheme, nation, inspectionDate)) {
      const governs = schemeFor(nation, inspectionDate, loaded);
      return {
        ok: false,
        reason: 'explicit-does-not-cover',
        message:
          `The page asks for scoring scheme “${scheme.id}”, which does not cover an inspection in ${nationName(nation)} ` +
          `begun on ${inspectionDate}, so hazards are not scored under it. ` +
          (governs.ok ? `That inspection falls under ${governs.scheme.name}.` : governs.message),
      };
    }
    const warning = checkWarning(nation, inspectionDate);
    return warning ? { ok: true, scheme, warning } : { ok: true, scheme };
  }
  return schemeFor(nation, inspectionDate, loaded);
}
