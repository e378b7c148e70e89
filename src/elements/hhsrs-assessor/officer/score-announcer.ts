import type { Assessment } from '../../../schema/assessment.ts';
import type { DraftController } from '../../controllers/draft-controller.ts';
import { HhsrsScoreChangeEvent } from '../../events.ts';
import type { OfficerParts } from './officer-parts.ts';
import type { SchemeController } from './scheme-controller.ts';

export interface ScoreAnnouncerHost extends EventTarget {
  readonly draft: DraftController<Assessment>;
  readonly assessment: Assessment;
}

/**
 * Tells the page (`hhsrs-score-change`) each time the hazards' scores, the scheme or the assessment shown
 * change: call it after each render. Never while the scores or the scheme are still on their way.
 */
export function scoreAnnouncer(host: ScoreAnnouncerHost, parts: OfficerParts, scheme: SchemeController): () => void {
  let last = '';
  return () => {
    const { evaluated, resolved } = scheme;
    const { draft } = host;
    if (!evaluated || resolved.pending) return;
    const hazards = parts.scoring.module?.scoredHazards(evaluated) ?? [];
    const signature = JSON.stringify([draft.key, resolved.scheme?.id, hazards]);
    if (signature === last || draft.status === 'loading') return;
    last = signature;
    host.dispatchEvent(new HhsrsScoreChangeEvent(host.assessment.id, resolved.scheme?.id ?? '', hazards));
  };
}
