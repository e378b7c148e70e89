import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ENGLAND_2005, summariseAssessment, type EvaluatedHazard, type HazardEntry, type Scheme } from '../../../core/index.ts';
import type { PrintDocument } from '../../../print/document.ts';
import { revisionOf, type Assessment, type AssessmentDetails } from '../../../schema/assessment.ts';
import type { Problem } from '../../../schema/zod.ts';
import type { Translate } from '../../i18n.ts';
import { errorSummary, type FieldError } from '../../ui/error-summary.ts';
import { printView } from '../../ui/print-view.ts';
import { detailsSection } from './details-section.ts';
import type { FinaliseController } from './finalise-controller.ts';
import { finaliseActions } from './finalise-view.ts';
import { hazardCard, type HazardCardContext } from './hazard-card.ts';
import type { HazardEditsController } from './hazard-edits-controller.ts';
import { hazardPicker } from './hazard-picker.ts';
import type { PhotosController } from './photos-controller.ts';
import { hazardPhotos } from './photos-view.ts';
import type { OfficerMessages } from './messages.ts';
import type { ResolvedScheme } from './scheme-choice.ts';
import { schemePacksSection } from './scheme-packs.ts';
import { summarySection } from './summary-section.ts';

export interface EditingPageContext {
  t: Translate<OfficerMessages>;
  assessment: Assessment;
  resolved: ResolvedScheme;
  evaluated: readonly EvaluatedHazard[];
  errors: readonly FieldError[];
  root: ShadowRoot;
  /** The scheme whose lists fill the inputs. */
  tables: Scheme;
  edits: HazardEditsController;
  photos: PhotosController;
  finalise: FinaliseController;
  check: () => void;
  packs: readonly Scheme[];
  packProblems: { source: string; problems: readonly Problem[] } | undefined;
  loadPack: (file: File) => void;
  filter: string;
  setFilter: (value: string) => void;
  changeDetails: (patch: Partial<AssessmentDetails>) => void;
  changeHazard: (index: number, patch: Partial<HazardEntry>) => void;
  /** The print view, the same model as the PDF. */
  document: PrintDocument;
}

/** An assessment being written: details, scheme, hazards, summary, then check or finalise. */
export function editingPage(c: EditingPageContext) {
  const { t, assessment, resolved, evaluated, edits } = c;
  const summary = summariseAssessment(evaluated, resolved.scheme ?? ENGLAND_2005, {
    nation: assessment.details.nation || 'england',
    hmoOrCommonParts: assessment.details.hmoOrCommonParts,
  });
  const errorFor = (id: string) => c.errors.find((e) => e.fieldId === id)?.message;
  const card: HazardCardContext = {
    t, scheme: resolved.scheme, tables: c.tables, count: assessment.hazards.length, errorFor,
    change: c.changeHazard, move: edits.move, remove: edits.remove,
    photos: (hazardId, name) => hazardPhotos(t, c.photos, hazardId, name, assessment.hazards.find((h) => h.hazardId === hazardId)?.photos ?? []),
  };
  return html`
    <div class="screen-only">
      ${errorSummary(t('errorTitle'), c.errors, c.root)}
      ${assessment.previous
        ? html`<p class="inset" id="revision-note" tabindex="-1">${t('editingRevision', revisionOf(assessment), assessment.previous.revision)}</p>`
        : nothing}
      ${detailsSection({ t, details: assessment.details, errorFor, change: c.changeDetails })}
      <h2>${t('schemeHeading')}</h2>
      ${resolved.scheme ? html`<p data-scheme=${resolved.scheme.id}>${t('schemeInUse', resolved.scheme.name, resolved.scheme.source)}</p>` : nothing}
      ${resolved.scheme?.example ? html`<p class="warning-text">${t('schemeExample')}</p>` : nothing}
      ${resolved.message ? html`<p class=${resolved.scheme ? 'warning-text' : 'inset'} data-scheme-message>${resolved.message}</p>` : nothing}
      ${schemePacksSection({ packs: c.packs, problems: c.packProblems, load: c.loadPack })}
      <h2>${t('hazardsHeading')}</h2>
      ${assessment.hazards.length === 0 ? html`<p>${t('noHazards')}</p>` : nothing}
      ${edits.removed
        ? html`<div class="inset" role="status"><p>${t('removed', edits.removed.name)}</p>
            <button type="button" id="undo-remove" class="button button--secondary" @click=${edits.undo}>Undo</button></div>`
        : nothing}
      ${repeat(evaluated, (item) => item.entry.hazardId, (item, index) => hazardCard(item, index, card))}
      ${hazardPicker({
        t, hazards: c.tables.hazards, added: new Set(assessment.hazards.map((h) => h.hazardId)), filter: c.filter,
        setFilter: c.setFilter, add: edits.add,
      })}
      ${summarySection(summary, t)}
      ${finaliseActions(t, c.finalise, c.check)}
    </div>
    ${printView(c.document)}
  `;
}
