import { nothing, type CSSResult, type ReactiveController, type TemplateResult } from 'lit';
import type { Assessment } from '../../../schema/assessment.ts';
import { OnDemand } from '../../controllers/on-demand.ts';
import type { FinaliseController, FinaliseHost } from './finalise-controller.ts';
import type { PhotosController, PhotosHost } from './photos-controller.ts';
import type { StatementController, StatementHost } from './statement-controller.ts';

export type OfficerPartsHost = FinaliseHost &
  PhotosHost &
  StatementHost & {
    /** A part's own styles, adopted when the part arrives. */
    addPartStyles(styles: CSSResult): void;
  };

/** A print view of a blank assessment says nothing the form does not. */
const hasContent = (a: Assessment): boolean => a.hazards.length > 0 || Object.values(a.details).some(Boolean);

/**
 * The parts of the officer's view fetched the first time they are needed, so a new assessment's first screen
 * carries none of them: scoring and the hazard cards (once there is a hazard), finalising and the statement of
 * reasons (when the officer asks to finalise, or a finalised assessment opens), and the printout.
 */
export class OfficerParts implements ReactiveController {
  readonly scoring: OnDemand<typeof import('./scoring.ts')>;
  readonly finalising: OnDemand<typeof import('./finalising.ts')>;
  readonly printout: OnDemand<typeof import('./files.ts')>;
  /** The controllers inside the parts, made when their part arrives. */
  photos: PhotosController | undefined;
  finalise: FinaliseController | undefined;
  statement: StatementController | undefined;
  /** The officer asked to finalise: "Loading…" shows under the buttons until the part is here. */
  private finaliseAsked = false;

  constructor(private readonly host: OfficerPartsHost) {
    host.addController(this);
    this.scoring = new OnDemand(host, async () => {
      const part = await import('./scoring.ts');
      host.addPartStyles(part.scoringStyles);
      this.photos = new part.PhotosController(host, part.scoringText);
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
  }

  hostConnected(): void {}

  /** A different assessment was opened: nothing said about the last one applies, and its photos are read. */
  assessmentOpened(): void {
    this.finaliseAsked = false;
    this.finalise?.reset();
    this.statement?.reset();
    void this.photos?.load();
  }

  /** Before each render. The browser's own Print cannot wait for code, so the print view is fetched as soon as there is something to print. */
  prepareFor(assessment: Assessment): void {
    if (hasContent(assessment)) this.printout.get();
  }

  /** True when the hazards can be scored now; otherwise fetches the scoring part and runs `then` when it is here. */
  whenScored(then: () => void): boolean {
    if (this.host.assessment.hazards.length === 0 || this.scoring.module) return true;
    void this.scoring.fetch().then((part) => part && then());
    return false;
  }

  /** True when finalising can start now; otherwise fetches what it needs and runs `then` when it is here. */
  whenFinalisable(then: () => void): boolean {
    if (this.finalising.module) return this.whenScored(then);
    this.finaliseAsked = true;
    void this.finalising.fetch().then((part) => part && then());
    return false;
  }

  /** Under the finalise buttons: "Loading…", or a retry, until the finalising part is here. */
  finaliseWaiting(): TemplateResult | typeof nothing {
    return this.finaliseAsked && !this.finalising.module ? this.finalising.placeholder() : nothing;
  }

  /** The printout, with the scores it shows; undefined if either could not be fetched. */
  async printable(): Promise<typeof import('./files.ts') | undefined> {
    const [printout, scoring] = await Promise.all([this.printout.fetch(), this.host.assessment.hazards.length ? this.scoring.fetch() : true]);
    return scoring ? printout : undefined;
  }

  /** What a finalised assessment shows until its parts are here (undefined once they are). */
  finalisedWaiting(): TemplateResult | undefined {
    const needed = [this.finalising, this.printout, ...(this.host.assessment.hazards.length ? [this.scoring] : [])];
    const waiting = needed.filter((part) => !part.get());
    return (waiting.find((part) => part.failed) ?? waiting[0])?.placeholder();
  }
}
