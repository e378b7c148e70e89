import { html, nothing } from 'lit';
import { chooseScheme, schemeById, type Scheme } from '../../../../../core/index.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import { schemeFromPack } from '../../../../../schema/scheme-values.ts';
import { translator, type Catalogue } from '../../../../i18n.ts';
import { fileButton } from '../../../../ui/file-button.ts';
import type { ResolvedScheme } from '../../scheme-state.ts';

// FACTS §7: one message for an English inspection begun on or after 22 June 2026 with no 2026 pack, in three parts.
const scheme2026Why =
  'England changed the HHSRS for inspections begun on or after 22 June 2026; its tables are not built in, ' +
  'so this inspection cannot be scored under the 2005 tables.';
const scheme2026Do = 'Load the 2026 scheme pack (your copy of the 2026 tables as a JSON file) to score it.';
const scheme2026Findings =
  'You can still record your findings without a score: ' +
  'each hazard you found, where it is, what you saw and your justification.';

/** What the scheme in use, or the want of one, is said with, in plain English (GOV.UK style). */
export const schemeMessages = {
  scheme2026Title: 'This inspection cannot be scored yet',
  scheme2026Why,
  scheme2026Do,
  scheme2026Findings,
  scheme2026Message: `${scheme2026Why} ${scheme2026Do} ${scheme2026Findings}`,
  scheme2026Load: 'Load the 2026 scheme pack',
} satisfies Catalogue;

const t = translator(schemeMessages, {}, 'en');

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
  const message = choice.reason === 'needs-2026-scheme' ? schemeMessages.scheme2026Message : choice.message;
  const unscored: ResolvedScheme = { scheme: undefined, message, reason: choice.reason };
  return choice.warning ? { ...unscored, warning: choice.warning } : unscored;
}

/** Which scheme scores the hazards, and a warning when it is an example pack: said once a scheme is chosen. */
export function schemeInUse(scheme: Scheme) {
  return html`<p data-scheme=${scheme.id}>Scored under ${scheme.name} (${scheme.source}).</p>
    ${scheme.example ? html`<p class="warning-text">This is an example scheme pack, not official figures. Do not use it for enforcement.</p>` : nothing}`;
}

/**
 * An English inspection from 22 June 2026 without its pack gets the one message the hazard cards point to
 * (FACTS §7): why, the pack to load (the button is right here), and that findings can still be recorded.
 */
export function needs2026(resolved: ResolvedScheme, load: (file: File) => void) {
  return html`<div class="inset" id="scheme-2026" data-scheme-2026>
      <h3 id="scheme-2026-title">${t('scheme2026Title')}</h3>
      <p>${t('scheme2026Why')}</p>
      <p>${t('scheme2026Do')}</p>
      <div class="button-group no-print">
        ${fileButton({
          label: t('scheme2026Load'),
          inputId: 'pack-file',
          buttonId: 'load-2026-pack',
          accept: 'application/json,.json',
          onFile: load,
        })}
      </div>
      <p>${t('scheme2026Findings')}</p>
    </div>
    ${resolved.warning ? html`<p class="warning-text" data-scheme-warning>${resolved.warning}</p>` : nothing}`;
}
