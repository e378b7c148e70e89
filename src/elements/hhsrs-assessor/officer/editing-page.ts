import { html, nothing } from 'lit';
import type { Hazard, Scheme } from '../../../core/index.ts';
import { revisionOf } from '../../../schema/assessment-values.ts';
import type { Assessment, AssessmentDetails } from '../../../schema/assessment.ts';
import type { Problem } from '../../../schema/zod.ts';
import type { Translate } from '../../i18n.ts';
import { errorSummary, type FieldError } from '../../ui/error-summary.ts';
import { detailsSection } from './details-section.ts';
import { hazardPicker } from './hazard-picker.ts';
import type { OfficerMessages } from './messages.ts';
import type { ResolvedScheme } from './scheme-state.ts';
import { schemePacksSection } from './scheme-packs.ts';

export interface EditingPageContext {
  t: Translate<OfficerMessages>;
  assessment: Assessment;
  resolved: ResolvedScheme;
  errors: readonly FieldError[];
  root: ShadowRoot;
  /** The scheme's hazards, to add from. */
  hazards: readonly Hazard[];
  add: (hazardId: string) => void;
  /** After a hazard is removed, the line to undo it: drawn by the scoring part, which the removal needed. */
  undoNote: unknown;
  packs: readonly Scheme[];
  packProblems: { source: string; problems: readonly Problem[] } | undefined;
  loadPack: (file: File) => void;
  filter: string;
  setFilter: (value: string) => void;
  changeDetails: (patch: Partial<AssessmentDetails>) => void;
  errorFor: (fieldId: string) => string | undefined;
  /** Which scheme scores the hazards, from the code that chose it. */
  schemeInUse: unknown;
  /** The line saying the scheme is being worked out, while its code is on its way. */
  schemeWaiting: unknown;
  /** The hazard cards (or the line saying they are loading) and the summary: drawn by the scoring part. */
  cards: unknown;
  summary: unknown;
  /** The name form while finalising, else the buttons to check or finalise. */
  finalise: unknown;
  /** The print view, the same model as the PDF, once its code is here; until then the form itself prints. */
  printView: unknown;
}

/** An assessment being written: details, scheme, hazards, summary, then check or finalise. */
export function editingPage(c: EditingPageContext) {
  const { t, assessment, resolved } = c;
  return html`
    <div class=${c.printView === undefined ? '' : 'screen-only'}>
      ${errorSummary(t('errorTitle'), c.errors, c.root)}
      ${assessment.previous
        ? html`<p class="inset" id="revision-note" tabindex="-1">${t('editingRevision', revisionOf(assessment), assessment.previous.revision)}</p>`
        : nothing}
      ${detailsSection({ t, details: assessment.details, errorFor: c.errorFor, change: c.changeDetails })}
      <h2>${t('schemeHeading')}</h2>
      ${c.schemeInUse}
      ${resolved.message ? html`<p class=${resolved.scheme ? 'warning-text' : 'inset'} data-scheme-message>${resolved.message}</p>` : nothing}
      ${c.schemeWaiting}
      ${schemePacksSection({ packs: c.packs, problems: c.packProblems, load: c.loadPack })}
      <h2>${t('hazardsHeading')}</h2>
      ${assessment.hazards.length === 0 ? html`<p>${t('noHazards')}</p>` : nothing}
      ${c.undoNote}
      ${c.cards}
      ${hazardPicker({
        t, hazards: c.hazards, added: new Set(assessment.hazards.map((h) => h.hazardId)), filter: c.filter,
        setFilter: c.setFilter, add: c.add,
      })}
      ${c.summary}
      ${c.finalise}
    </div>
    ${c.printView ?? nothing}
  `;
}

/** The foot of an editable assessment: check it, or finalise it (the name is asked for next). */
export function finaliseButtons(t: Translate<OfficerMessages>, check: () => void, finalise: () => void) {
  return html`<div class="button-group no-print">
    <button type="button" class="button button--secondary" @click=${check}>${t('checkButton')}</button>
    <button type="button" class="button" id="finalise-button" @click=${finalise}>${t('finaliseButton')}</button>
  </div>`;
}

/** Before any hazard is added there is nothing to rank, and no scoring code is needed to say so. */
export function nothingScored(t: Translate<OfficerMessages>) {
  return html`<section part="summary" aria-labelledby="summary-title">
    <h2 id="summary-title">${t('summaryHeading')}</h2>
    <p>${t('summaryNone')}</p>
  </section>`;
}
