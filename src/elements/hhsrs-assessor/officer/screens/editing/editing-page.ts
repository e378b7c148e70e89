import { html, nothing } from 'lit';
import type { Hazard, HazardEntry, Scheme } from '../../../../../core/index.ts';
import { revisionOf } from '../../../../../schema/assessment-values.ts';
import type { Assessment, AssessmentDetails } from '../../../../../schema/assessment.ts';
import type { Translate } from '../../../../i18n.ts';
import { errorSummary, type FieldError } from '../../../../ui/error-summary.ts';
import { detailsSection } from './details-section.ts';
import { hazardPicker } from './hazard-picker.ts';
import type { OfficerMessages } from '../../messages.ts';
import type { OfficerParts } from '../../officer-parts.ts';
import type { SchemeController } from '../../scheme-controller.ts';
import { findingsOnly, type ResolvedScheme } from '../../scheme-state.ts';
import type { SchemePacksController } from './scheme-packs-controller.ts';
import { schemePacksSection } from './scheme-packs.ts';

export interface EditingPageContext {
  t: Translate<OfficerMessages>;
  assessment: Assessment;
  /** The scheme in use and the hazards as scored under it. */
  scheme: SchemeController;
  /** What the parts fetched so far draw: the scheme in use, the hazard cards, the finalise form, the print view. */
  parts: OfficerParts;
  errors: readonly FieldError[];
  root: ShadowRoot;
  /** The scheme's hazards, to add from. */
  hazards: readonly Hazard[];
  add: (hazardId: string) => void;
  packs: SchemePacksController;
  /** Scheme packs given by the page. */
  loadedSchemes: readonly Scheme[];
  filter: string;
  setFilter: (value: string) => void;
  changeDetails: (patch: Partial<AssessmentDetails>) => void;
  changeHazard: (index: number, patch: Partial<HazardEntry>) => void;
  check: () => void;
  askFinalise: () => void;
}

/** Once the printout's code is here and the hazards are scored, the print view prints instead of the form. */
export const printViewReady = (parts: OfficerParts, scheme: SchemeController): boolean =>
  Boolean(parts.printout.module && scheme.evaluated);

/** An assessment being written: details, scheme, hazards, summary, then check or finalise. */
export function editingPage(c: EditingPageContext) {
  const { t, assessment, parts, packs } = c;
  const { resolved, evaluated } = c.scheme;
  const errorFor = (id: string) => c.errors.find((e) => e.fieldId === id)?.message;
  const printout = parts.printout.module;
  const finalising = parts.finalising.module;
  const asking = finalising?.finalise.asking ? finalising : undefined;
  // Until the print view has arrived, the form itself prints.
  const printView =
    printout && evaluated
      ? printout.printView(printout.assessmentDocument(assessment, evaluated, resolved, new Date().toISOString()))
      : undefined;
  const { cards, summary } = scored(c, errorFor);
  const load = (file: File) => void packs.loadFile(file);
  return html`
    <div class=${printView === undefined ? '' : 'screen-only'}>
      ${errorSummary(t('errorTitle'), c.errors, c.root)}
      ${
        assessment.previous
          ? html`<p class="inset" id="revision-note" tabindex="-1">${t('editingRevision', revisionOf(assessment), assessment.previous.revision)}</p>`
          : nothing
      }
      ${detailsSection({ t, details: assessment.details, errorFor, change: c.changeDetails })}
      <h2>${t('schemeHeading')}</h2>
      ${resolved.scheme ? (parts.choosing.module?.schemeInUse(resolved.scheme) ?? nothing) : nothing}
      ${resolved.pending ? parts.choosing.placeholder() : nothing}
      ${schemeMessage(parts, resolved, load)}
      ${schemePacksSection({
        packs: packs.all(c.loadedSchemes),
        problems: packs.problems,
        load,
        loadButton: !findingsOnly(resolved),
      })}
      <h2>${t('hazardsHeading')}</h2>
      ${assessment.hazards.length === 0 ? html`<p>${t('noHazards')}</p>` : nothing}
      ${parts.moves?.undoNote() ?? nothing}
      ${cards}
      ${hazardPicker({
        t,
        hazards: c.hazards,
        added: new Set(assessment.hazards.map((h) => h.hazardId)),
        filter: c.filter,
        setFilter: c.setFilter,
        add: c.add,
        prepare: () => void parts.scoring.fetch(),
      })}
      ${summary}
      ${asking ? asking.finaliseForm(asking.finaliseText, asking.finalise) : html`${finaliseButtons(t, c.check, c.askFinalise)}${parts.actionWaiting()}`}
    </div>
    ${printView ?? nothing}
  `;
}

/**
 * Why nothing is scored, or what to check about the scheme in use. The 2026 case (FACTS §7) is said by the
 * scheme's code, which is here whenever a scheme has been chosen or refused.
 */
function schemeMessage(parts: OfficerParts, resolved: ResolvedScheme, load: (file: File) => void) {
  if (findingsOnly(resolved)) return parts.choosing.module?.needs2026(resolved, load) ?? nothing;
  if (!resolved.message) return nothing;
  return html`<p class=${resolved.scheme ? 'warning-text' : 'inset'} data-scheme-message>${resolved.message}</p>`;
}

/** The hazard cards and the summary: drawn by the scoring part, which a new assessment does not need yet. */
function scored(c: EditingPageContext, errorFor: (id: string) => string | undefined) {
  const { assessment, parts } = c;
  const { evaluated, resolved } = c.scheme;
  const scoring = parts.scoring.module;
  if (assessment.hazards.length === 0) return { cards: nothing, summary: nothingScored(c.t) };
  if (!scoring || !evaluated) return { cards: parts.scoring.placeholder(), summary: nothing };
  const { moves, photos } = scoring;
  const change = c.changeHazard;
  return scoring.scored({ assessment, evaluated, resolved, errorFor, change, moves, photos });
}

/** The foot of an editable assessment: check it, or finalise it (the name is asked for next). */
function finaliseButtons(t: Translate<OfficerMessages>, check: () => void, finalise: () => void) {
  return html`<div class="button-group no-print">
    <button type="button" class="button button--secondary" @click=${check}>${t('checkButton')}</button>
    <button type="button" class="button" id="finalise-button" @click=${finalise}>${t('finaliseButton')}</button>
  </div>`;
}

/** Before any hazard is added there is nothing to rank, and no scoring code is needed to say so. */
function nothingScored(t: Translate<OfficerMessages>) {
  return html`<section part="summary" aria-labelledby="summary-title">
    <h2 id="summary-title">${t('summaryHeading')}</h2>
    <p>${t('summaryNone')}</p>
  </section>`;
}
