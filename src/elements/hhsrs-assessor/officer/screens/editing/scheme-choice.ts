import { chooseScheme, schemeById, type Scheme } from '../../../../../core/index.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import { schemeFromPack } from '../../../../../schema/scheme-values.ts';
import { officerMessages } from '../../messages.ts';
import type { ResolvedScheme } from '../../scheme-state.ts';

/**
 * The scheme an assessment is scored under. A finalised one keeps the scheme data it was finalised with, so no
 * pack loaded later changes it; otherwise core's one choice (DESIGN's precedence). Fetched (with the schemes'
 * tables) once there is something to choose by.
 */
export function resolveScheme(
  assessment: Assessment,
  explicitId: string | undefined,
  loaded: readonly Scheme[],
): ResolvedScheme {
  const { details, schemeId: recordedId, finalised } = assessment;
  if (finalised?.scheme) return { scheme: schemeFromPack(finalised.scheme), message: undefined };
  if (recordedId && !schemeById(recordedId, loaded)) {
    return {
      scheme: undefined,
      missingRecorded: true,
      message: `This assessment was scored under scheme “${recordedId}”, which is not loaded on this device. Load that scheme pack to see it as it was scored.`,
    };
  }
  if (finalised && recordedId) {
    // Finalised before the scheme data was kept with it: the built-in scheme, or the pack of that id loaded here.
    const scheme = schemeById(recordedId, loaded)!;
    const other = assessment.schemeVersion && assessment.schemeVersion !== scheme.version;
    return {
      scheme,
      message: other
        ? `This assessment was finalised under version ${assessment.schemeVersion} of “${recordedId}”; version ${scheme.version} is loaded here, so its scores may differ from those printed when it was finalised.`
        : undefined,
    };
  }
  const choice = chooseScheme({ nation: details.nation, inspectionDate: details.inspectionDate, explicitId, loaded });
  if (choice.ok) return { scheme: choice.scheme, message: choice.warning };
  // The 2026 case is said in the page's own words (one message, shown and printed alike).
  const message = choice.reason === 'needs-2026-scheme' ? officerMessages.scheme2026Message : choice.message;
  const unscored: ResolvedScheme = { scheme: undefined, message, reason: choice.reason };
  return choice.warning ? { ...unscored, warning: choice.warning } : unscored;
}
