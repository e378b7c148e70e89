import type { ReactiveControllerHost } from 'lit';
import type { Hazard } from '../../../../../core/index.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import { withNewHazard } from '../../assessment-edits.ts';

export interface HazardEditsHost extends ReactiveControllerHost {
  readonly assessment: Assessment;
  /** The scheme's hazard list, which names what is added or removed. */
  readonly hazards: readonly Hazard[];
  commitAssessment(next: Assessment): void;
  announce(message: string | undefined, focusId?: string): void;
}

/** "4. Falls on stairs etc", as the list of hazards names it. */
export function hazardName(host: HazardEditsHost, hazardId: string): string {
  const hazard = host.hazards.find((h) => h.id === hazardId);
  return `${hazard?.number}. ${hazard?.name}`;
}

/**
 * Adding a hazard, with focus going to its card once drawn. Moving and removing come with the hazard cards
 * (`hazard-moves.ts`, in the scoring part).
 */
export function addHazard(host: HazardEditsHost, hazardId: string): void {
  host.commitAssessment(withNewHazard(host.assessment, hazardId));
  host.announce(`${hazardName(host, hazardId)} added.`, `hazard-${host.assessment.hazards.length - 1}-title`);
}
