import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Hazard, HazardEntry } from '../../../core/index.ts';
import type { Assessment } from '../../../schema/assessment.ts';
import { withHazardAt, withMovedHazard, withNewHazard, withoutHazard } from './assessment-edits.ts';

export interface HazardEditsHost extends ReactiveControllerHost {
  readonly assessment: Assessment;
  /** The scheme's hazard list, which names what is added or removed. */
  readonly hazards: readonly Hazard[];
  commitAssessment(next: Assessment): void;
  announce(message: string | undefined, focusId?: string): void;
}

/** Adding, reordering and removing hazards, with focus kept on the hazard moved and an undo after a removal. */
export class HazardEditsController implements ReactiveController {
  /** The last hazard removed, until it is put back or another is removed. */
  removed: { entry: HazardEntry; index: number; name: string } | undefined;

  constructor(private readonly host: HazardEditsHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private nameOf(hazardId: string): string {
    const hazard = this.host.hazards.find((h) => h.id === hazardId);
    return `${hazard?.number}. ${hazard?.name}`;
  }

  add = (hazardId: string): void => {
    this.host.commitAssessment(withNewHazard(this.host.assessment, hazardId));
    this.host.announce(`${this.nameOf(hazardId)} added.`, `hazard-${this.host.assessment.hazards.length - 1}-title`);
  };

  move = (index: number, delta: -1 | 1): void => {
    this.host.commitAssessment(withMovedHazard(this.host.assessment, index, delta));
    this.host.announce(undefined, `hazard-${index + delta}-title`);
  };

  remove = (index: number): void => {
    const entry = this.host.assessment.hazards[index]!;
    this.removed = { entry, index, name: this.nameOf(entry.hazardId) };
    this.host.commitAssessment(withoutHazard(this.host.assessment, index));
    this.host.announce(undefined, 'undo-remove');
  };

  undo = (): void => {
    if (!this.removed) return;
    const { index, entry } = this.removed;
    this.removed = undefined;
    this.host.commitAssessment(withHazardAt(this.host.assessment, index, entry));
    this.host.announce(undefined, `hazard-${index}-title`);
  };
}
