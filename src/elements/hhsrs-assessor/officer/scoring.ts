import { repeat } from 'lit/directives/repeat.js';
import type { EvaluatedHazard } from '../../../core/index.ts';
import type { Assessment } from '../../../schema/assessment.ts';
import { hazardCard, type HazardCardContext } from './hazard-card.ts';
import type { PhotosController } from './photos-controller.ts';
import { hazardPhotos } from './photos-view.ts';

/**
 * The part of the officer's view that exists once an assessment has a hazard: scoring, the hazard cards and
 * their photos. It is fetched when the first hazard is added or a saved assessment with hazards is opened,
 * so a new assessment's first screen does not carry it.
 */
export { assessmentSummary, evaluateAssessment, scoredHazards } from './evaluate.ts';
export { PhotosController } from './photos-controller.ts';

export interface HazardCardsContext extends Omit<HazardCardContext, 'photos' | 'count'> {
  assessment: Assessment;
  evaluated: readonly EvaluatedHazard[];
  photos: PhotosController;
}

/** Every hazard of the assessment, in its order, each with its photos. */
export function hazardCards(c: HazardCardsContext) {
  const { t, assessment, photos } = c;
  const card: HazardCardContext = {
    ...c,
    count: assessment.hazards.length,
    photos: (hazardId, name) => hazardPhotos(t, photos, hazardId, name, assessment.hazards.find((h) => h.hazardId === hazardId)?.photos ?? []),
  };
  return repeat(c.evaluated, (item) => item.entry.hazardId, (item, index) => hazardCard(item, index, card));
}
