import { ENGLAND_2026_CUTOFF, schemeById, schemeFor, type Scheme } from '../../../core/index.ts';
import type { AssessmentDetails } from '../../../schema/assessment.ts';
import { NEEDS_DETAILS, type ResolvedScheme } from './scheme-state.ts';

export { schemeInUse } from './scheme-in-use.ts';

/**
 * DESIGN's precedence: an explicit `scheme` attribute, else the loaded scheme covering the nation and date,
 * else england-2005 where it applies, else a plain message. Nothing is scored before nation and date are known.
 * Fetched (with the schemes' tables) once there is something to choose by.
 */
export function resolveScheme(
  details: AssessmentDetails,
  explicitId: string | undefined,
  loaded: readonly Scheme[],
  recordedId: string | null = null,
): ResolvedScheme {
  if (recordedId && !schemeById(recordedId, loaded)) {
    return {
      scheme: undefined,
      missingRecorded: true,
      message: `This assessment was scored under scheme “${recordedId}”, which is not loaded on this device. Load that scheme pack to see it as it was scored.`,
    };
  }
  if (explicitId) {
    const scheme = schemeById(explicitId, loaded);
    if (!scheme) return { scheme: undefined, message: `The page asks for scoring scheme “${explicitId}”, which is not loaded, so hazards cannot be scored.` };
    const late = details.nation === 'england' && details.inspectionDate >= ENGLAND_2026_CUTOFF && scheme.id === 'england-2005';
    return {
      scheme,
      message: late ? 'This page is set to use the 2005 scheme, but an English inspection begun on or after 22 June 2026 falls under the 2026 scheme. Check with your team before relying on these scores.' : undefined,
    };
  }
  if (!details.nation || !details.inspectionDate) return NEEDS_DETAILS;
  const choice = schemeFor(details.nation, details.inspectionDate, loaded);
  return choice.ok ? { scheme: choice.scheme, message: choice.warning } : { scheme: undefined, message: choice.message };
}
