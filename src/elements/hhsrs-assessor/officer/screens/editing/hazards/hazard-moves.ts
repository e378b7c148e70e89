import { html, nothing, type ReactiveController } from 'lit';
import type { HazardEntry } from '../../../../../../core/index.ts';
import { withHazardAt, withMovedHazard, withoutHazard } from './hazard-order.ts';
import { hazardName, type HazardEditsHost } from '../hazard-edits.ts';
import { scoringText } from './messages.ts';

/** Reordering and removing hazards, with focus kept on the hazard moved and an undo after a removal. */
export class HazardMovesController implements ReactiveController {
  /** The last hazard removed, until it is put back or another is removed. */
  removed: { entry: HazardEntry; index: number; name: string } | undefined;

  constructor(private readonly host: HazardEditsHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  move = (index: number, delta: -1 | 1): void => {
    this.host.commitAssessment(withMovedHazard(this.host.assessment, index, delta));
    this.host.announce(undefined, `hazard-${index + delta}-title`);
  };

  remove = (index: number): void => {
    const entry = this.host.assessment.hazards[index]!;
    this.removed = { entry, index, name: hazardName(this.host, entry.hazardId) };
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

  /** Above the hazards after a removal (even of the last one), until it is undone or another is removed. */
  undoNote() {
    return this.removed
      ? html`<div class="inset" role="status"><p>${scoringText('removed', this.removed.name)}</p>
          <button type="button" id="undo-remove" class="button button--secondary" @click=${this.undo}>Undo</button></div>`
      : nothing;
  }
}
