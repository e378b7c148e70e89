import { nothing, type CSSResult, type ReactiveController, type TemplateResult } from 'lit';
import type { Assessment } from '../../../schema/assessment.ts';
import { OnDemand } from '../../controllers/on-demand.ts';
import type { FinaliseController, FinaliseHost } from './screens/finalised/finalise-controller.ts';
import type * as Finalised from './screens/finalised/index.ts';
import type { HazardEditsHost } from './screens/editing/hazard-edits.ts';
import type * as Hazards from './screens/editing/hazards/index.ts';
import type { HazardMovesController } from './screens/editing/hazards/hazard-moves.ts';
import type { PhotosController, PhotosHost } from './screens/editing/hazards/photos-controller.ts';
import type * as Scheme from './screens/editing/scheme-choice.ts';
import type * as List from './screens/list/drafts-list.ts';
import type * as Printing from './screens/printing/index.ts';
import type { StatementController, StatementHost } from './screens/finalised/statement-controller.ts';
import { canChoose } from './scheme-state.ts';
import { LATER, SCREENS } from './screens.ts';

/** The hazard cards' code, with the controllers made as it arrived. */
export type HazardsPart = typeof Hazards & { photos: PhotosController; moves: HazardMovesController };
/** Finalising's code, with the controllers made as it arrived. */
export type FinalisedPart = typeof Finalised & { finalise: FinaliseController; statement: StatementController };

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
const placeholderOf = (waiting: readonly OnDemand<unknown>[]): TemplateResult | undefined =>
  (waiting.find((part) => part.failed) ?? waiting[0])?.placeholder();

/**
 * The parts of the officer's view fetched the first time they are needed, so a new assessment's first screen
 * carries none of them: the scheme tables (once there is something to choose a scheme by), scoring and the
 * hazard cards (once there is a hazard), checking with finalising and the statement of reasons (on the first
 * Check or Finalise, or when a finalised assessment opens), the printout, and
 * what to do when another tab saves the same assessment.
 */
export class OfficerParts implements ReactiveController {
  readonly scoring: OnDemand<HazardsPart>;
  readonly finalising: OnDemand<FinalisedPart>;
  readonly printout: OnDemand<typeof Printing>;
  readonly choosing: OnDemand<typeof Scheme>;
  /** The choice after another tab saved: it comes with the list. */
  readonly conflict: OnDemand<typeof List>;
  /** What the officer's last Check or Finalise waits for: "Loading…", or a retry, shows under the buttons. */
  private awaited: OnDemand<unknown>[] = [];

  constructor(private readonly host: OfficerPartsHost) {
    host.addController(this);
    // A screen's controllers are made as its code arrives, so whoever has the screen has them too.
    this.scoring = new OnDemand(host, async () => {
      const part = await SCREENS.hazards.load();
      host.addPartStyles(part.hazardsStyles);
      const photos = new part.PhotosController(host, part.scoringText, new OnDemand(host, LATER.evidence));
      void photos.load();
      return { ...part, photos, moves: new part.HazardMovesController(host) };
    });
    this.finalising = new OnDemand(host, async () => {
      const part = await SCREENS.finalised.load();
      host.addPartStyles(part.finalisedStyles);
      return {
        ...part,
        finalise: new part.FinaliseController(host, part.finaliseText),
        statement: new part.StatementController(host),
      };
    });
    this.printout = new OnDemand(host, SCREENS.printing.load);
    this.choosing = new OnDemand(host, SCREENS.scheme.load);
    this.conflict = new OnDemand(host, SCREENS.list.load);
  }

  get finalise(): FinaliseController | undefined {
    return this.finalising.module?.finalise;
  }

  get moves(): HazardMovesController | undefined {
    return this.scoring.module?.moves;
  }

  hostConnected(): void {}

  /** A different assessment was opened: nothing said about the last one applies, and its photos are read. */
  assessmentOpened(): void {
    this.awaited = [];
    this.finalising.module?.finalise.reset();
    this.finalising.module?.statement.reset();
    void this.scoring.module?.photos.load();
  }

  /** Before each render. The browser's own Print cannot wait for code, so the print view is fetched as soon as there is something to print. */
  prepareFor(assessment: Assessment): void {
    if (hasContent(assessment)) this.printout.get();
  }

  /** The checking code if an assessment can be checked now; else fetches what checking needs, then runs `then`. */
  whenCheckable(then: () => void): FinalisedPart | undefined {
    return this.whenHere([this.finalising, ...this.scored()], then) ? this.finalising.module : undefined;
  }

  /** True when finalising can start now; otherwise fetches what it needs and runs `then` once it is here. */
  whenFinalisable(then: () => void): boolean {
    return this.whenHere([this.finalising, ...this.scored()], then);
  }

  /** Under the Check and Finalise buttons, until what they wait for is here (the hazard cards and the scheme say so for theirs). */
  actionWaiting(): TemplateResult | typeof nothing {
    return (
      placeholderOf(this.awaited.filter((part) => part !== this.scoring && part !== this.choosing && !part.module)) ??
      nothing
    );
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
  async printable(): Promise<typeof Printing | undefined> {
    const [printout, ...scoring] = await Promise.all([
      this.printout.fetch(),
      ...this.scored().map((part) => part.fetch()),
    ]);
    return scoring.every(Boolean) ? printout : undefined;
  }

  /** What a finalised assessment shows until its parts are here (undefined once they are). */
  finalisedWaiting(): TemplateResult | undefined {
    return placeholderOf([this.finalising, this.printout, ...this.scored()].filter((part) => !part.get()));
  }
}
