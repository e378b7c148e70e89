import { repeat } from 'lit/directives/repeat.js';
import { ENGLAND_2005, type EvaluatedHazard } from '../../../../../../core/index.ts';
import type { Assessment } from '../../../../../../schema/assessment.ts';
import { assessmentSummary } from './evaluate.ts';
import { hazardCard, type HazardCardContext } from './hazard-card.ts';
import { scoringText } from './messages.ts';
import type { HazardMovesController } from './hazard-moves.ts';
import type { PhotosController } from './photos-controller.ts';
import { hazardPhotos } from './photos-view.ts';
import { findingsOnly, type ResolvedScheme } from '../../../scheme-state.ts';
import { summarySection } from './summary-section.ts';

/**
 * The part of the officer's view that exists once an assessment has a hazard: scoring, the hazard cards and
 * their photos, moving and removing them. It is fetched when the first hazard is added or a saved assessment with hazards is opened,
 * so a new assessment's first screen does not carry it.
 */
export { evaluateAssessment, scoredHazards } from './evaluate.ts';
export { scoringText } from './messages.ts';
export { PhotosController } from './photos-controller.ts';
export { HazardMovesController } from './hazard-moves.ts';
export { scoringStyles as hazardsStyles } from './hazards.styles.ts';

export interface ScoredContext extends Pick<HazardCardContext, 'errorFor' | 'change'> {
  /** The scheme in use, or why there is none. */
  resolved: ResolvedScheme;
  assessment: Assessment;
  evaluated: readonly EvaluatedHazard[];
  /** Made as this part arrived: moving and removing hazards, and their photos. */
  moves: HazardMovesController;
  photos: PhotosController;
}

/** The hazard cards, each with its photos, and the summary below them. */
export function scored(c: ScoredContext) {
  const { scheme } = c.resolved;
  const notScored = findingsOnly(c.resolved) ? c.evaluated : [];
  const summary = assessmentSummary(c.assessment, c.evaluated, scheme);
  return { cards: hazardCards(c), summary: summarySection(summary, scoringText, notScored) };
}

/** Every hazard of the assessment, in its order, each with its photos. */
function hazardCards(c: ScoredContext) {
  const { assessment, photos, moves } = c;
  const t = scoringText;
  const { scheme, reason, message } = c.resolved;
  const card: HazardCardContext = {
    t,
    scheme,
    // A card asks for the nation and date only when one of them is missing.
    unscoredWhy: reason === 'needs-details' ? t('schemeNeedsDetails') : message,
    findingsOnly: findingsOnly(c.resolved),
    errorFor: c.errorFor,
    change: c.change,
    move: moves.move,
    remove: moves.remove,
    // The inputs work before the scheme is fixed, from the 2005 lists.
    tables: scheme ?? ENGLAND_2005,
    count: assessment.hazards.length,
    photos: (hazardId, name) =>
      hazardPhotos(t, photos, hazardId, name, assessment.hazards.find((h) => h.hazardId === hazardId)?.photos ?? []),
  };
  return repeat(
    c.evaluated,
    (item) => item.entry.hazardId,
    (item, index) => hazardCard(item, index, card),
  );
}
