import { nothing, type CSSResult, type ReactiveController, type TemplateResult } from 'lit';
import type { Assessment } from '../../../schema/assessment.ts';
import { OnDemand } from '../../controllers/on-demand.ts';
import type { FinaliseController, FinaliseHost } from './finalise-controller.ts';
import type { HazardEditsHost } from './hazard-edits.ts';
import type { HazardMovesController } from './hazard-moves.ts';
import type { PhotosController, PhotosHost } from './photos-controller.ts';
import { canChoose } from './scheme-state.ts';
import type { StatementController, StatementHost } from './statement-controller.ts';

export type OfficerPartsHost = FinaliseHost &
  PhotosHost &
  HazardEditsHost &
  StatementHost & {
    /** The page's `scheme` attribute. */
    readonly schemeId: string | undefined;
    /** A part's own styles, adopted when the part arrives. */
    addPartStyles(styles: CSSResult): void;
  };

/** A print view of a blank assessment says nothing the form does not. */
const hasContent = (a: Assessment): boolean => a.hazards.length > 0 || Object.values(a.details).some(Boolean);

/** A failed part's retry first, else the first part's "Loading…". */
const placeholderOf = (waiting: readonly OnDemand<unknown>[]): TemplateResult | undefined => (waiting.find((part) => part.failed) ?? waiting[0])?.placeholder();

/**
 * The parts of the officer's view fetched the first time they are needed, so a new assessment's first screen
 * carries none of them: the scheme tables (once there is something to choose a scheme by), scoring and the
 * hazard cards (once there is a hazard), checking (on the first Check or Finalise), finalising and the
 * statement of reasons (when the officer asks to finalise, or a finalised assessment opens), the printout, and
 * what to do when another tab saves the same assessment.
 */
export class OfficerParts implements ReactiveController {
  readonly scoring: OnDemand<typeof import('./scoring.ts')>;
  readonly finalising: OnDemand<typeof import('./finalising.ts')>;
  readonly printout: OnDemand<typeof import('./files.ts')>;
  readonly checking: OnDemand<typeof import('./validate.ts')>;
  readonly choosing: OnDemand<typeof import('./scheme-choice.ts')>;
  readonly conflict: OnDemand<typeof import('./conflict-banner.ts')>;
  /** The controllers inside the parts, made when their part arrives. */
  photos: PhotosController | undefined;
  moves: HazardMovesController | undefined;
  finalise: FinaliseController | undefined;
  statement: StatementController | undefined;
  /** What the officer's last Check or Finalise waits for: "Loading…", or a retry, shows under the buttons. */
  private awaited: OnDemand<unknown>[] = [];

  constructor(private readonly host: OfficerPartsHost) {
    host.addController(this);
    this.scoring = new OnDemand(host, async () => {
      const part = await import('./scoring.ts');
      host.addPartStyles(part.scoringStyles);
      this.photos = new part.PhotosController(host, part.scoringText);
      this.moves = new part.HazardMovesController(host);
      void this.photos.load();
      return part;
    });
    this.finalising = new OnDemand(host, async () => {
      const part = await import('./finalising.ts');
      host.addPartStyles(part.finalisingStyles);
      this.finalise = new part.FinaliseController(host, part.finaliseText);
      this.statement = new part.StatementController(host);
      return part;
    });
    this.printout = new OnDemand(host, () => import('./files.ts'));
    this.checking = new OnDemand(host, () => import('./validate.ts'));
    this.choosing = new OnDemand(host, () => import('./scheme-choice.ts'));
    this.conflict = new OnDemand(host, () => import('./conflict-banner.ts'));
  }

  hostConnected(): void {}

  /** A different assessment was opened: nothing said about the last one applies, and its photos are read. */
  assessmentOpened(): void {
    this.awaited = [];
    this.finalise?.reset();
    this.statement?.reset();
    void this.photos?.load();
  }

  /** Before each render. The browser's own Print cannot wait for code, so the print view is fetched as soon as there is something to print. */
  prepareFor(assessment: Assessment): void {
    if (hasContent(assessment)) this.printout.get();
  }

  /** True when an assessment can be checked now; otherwise fetches what checking needs and runs `then` once it is here. */
  whenCheckable(then: () => void): boolean {
    return this.whenHere([this.checking, ...this.scored()], then);
  }

  /** True when finalising can start now; otherwise fetches what it needs and runs `then` once it is here. */
  whenFinalisable(then: () => void): boolean {
    return this.whenHere([this.finalising, this.checking, ...this.scored()], then);
  }

  /** Under the Check and Finalise buttons, until what they wait for is here (the hazard cards and the scheme say so for theirs). */
  actionWaiting(): TemplateResult | typeof nothing {
    return placeholderOf(this.awaited.filter((part) => part !== this.scoring && part !== this.choosing && !part.module)) ?? nothing;
  }

  /** Scoring is needed once there is a hazard to score, and the scheme once there is something to choose it by. */
  private scored(): OnDemand<unknown>[] {
    const { assessment, schemeId } = this.host;
    return [
      ...(assessment.hazards.length ? [this.scoring] : []),
      ...(canChoose(assessment.details, schemeId, assessment.schemeId) ? [this.choosing] : []),
    ];
  }

  private whenHere(parts: OnDemand<unknown>[], then: () => void): boolean {
    const missing = parts.filter((part) => !part.module);
    if (missing.length === 0) return true;
    this.awaited = missing;
    void Promise.all(missing.map((part) => part.fetch())).then((arrived) => arrived.every(Boolean) && then());
    return false;
  }

  /** The printout, with the scores it shows; undefined if either could not be fetched. */
  async printable(): Promise<typeof import('./files.ts') | undefined> {
    const [printout, ...scoring] = await Promise.all([this.printout.fetch(), ...this.scored().map((part) => part.fetch())]);
    return scoring.every(Boolean) ? printout : undefined;
  }

  /** What a finalised assessment shows until its parts are here (undefined once they are). */
  finalisedWaiting(): TemplateResult | undefined {
    return placeholderOf([this.finalising, this.printout, ...this.scored()].filter((part) => !part.get()));
  }
}
