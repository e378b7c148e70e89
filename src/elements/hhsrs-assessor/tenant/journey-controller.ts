import type { LitElement, TemplateResult } from 'lit';
import type { TenantDraft } from '../../../schema/tenant.ts';
import { freshTenantDraft } from '../../../schema/tenant-values.ts';
import type { DraftController } from '../../controllers/draft-controller.ts';
import { OnDemand, type OnDemandWords } from '../../controllers/on-demand.ts';
import type { Moves } from './flow.ts';
import type { TenantMessages } from './messages.ts';
import type { PageFocus } from './page-focus.ts';
import type { TenantPhotos } from './photos.ts';
import { LATER, LATER_SCREENS, SCREENS, screenOf, type LaterScreen, type LaterScreenId } from './screens.ts';
import {
  FIRST_QUESTION,
  localToday,
  type CouncilDetails,
  type LaterPage,
  type PageError,
  type PageId,
  type PdfCode,
} from './state.ts';

export interface JourneyHost extends LitElement {
  /** The date the page set, YYYY-MM-DD, if any. */
  readonly today: string | undefined;
}

/**
 * Where the tenant is in the check, and each move saved as it is made. The rules that order the pages
 * (flow.ts) and each screen past the start arrive when first needed, through the screen table: until the
 * rules have, only "Start now" moves.
 */
export class JourneyController implements Moves {
  /** What Continue found missing on the page shown. */
  errors: PageError[] = [];
  /** The rules that order the pages: `placeholder()` stands in for the page until they arrive. */
  readonly flow: OnDemand<typeof import('./flow.ts')>;
  private readonly screens: Record<LaterScreenId, OnDemand<LaterScreen>>;
  private readonly pdf: OnDemand<PdfCode>;
  /** Counts arrivals on a page, so a page says nothing about what was done on an earlier visit. */
  private visit = 0;

  constructor(
    readonly host: JourneyHost,
    private readonly draft: DraftController<TenantDraft>,
    readonly photos: TenantPhotos,
    private readonly focus: PageFocus,
  ) {
    // Each loader is read when fetched, not now, so a test can stand in for one that cannot load.
    this.flow = new OnDemand(host, () => LATER.flow());
    this.pdf = new OnDemand(host, () => LATER.pdf());
    const entries = LATER_SCREENS.map((id) => [id, new OnDemand(host, () => SCREENS[id].load())] as const);
    this.screens = Object.fromEntries(entries) as Record<LaterScreenId, OnDemand<LaterScreen>>;
  }

  readonly start = (): void => this.go(FIRST_QUESTION);

  /** As the tenant reaches for "Start now": the rules and the first question's screen are fetched ahead. */
  readonly prepare = (): void => {
    void this.flow.fetch();
    void this.screens[screenOf(FIRST_QUESTION)].fetch();
  };

  /** The page the check is on; undefined while the rules that order the pages are on their way (which this fetches). */
  pageOf(draft: TenantDraft): PageId | undefined {
    return draft.page === 'start' ? 'start' : this.flow.get()?.resumePage(draft, this.today());
  }

  /** A page past the start, drawn by its screen once that has arrived; "Loading…" (or "Try again") until then. */
  view(
    page: LaterPage,
    draft: TenantDraft,
    welsh: TenantMessages | undefined,
    council: CouncilDetails,
    words: OnDemandWords,
  ): TemplateResult {
    const screen = this.screens[screenOf(page)];
    const loaded = screen.get();
    if (!loaded) return screen.placeholder(words);
    const { host } = this;
    return loaded.render({
      host,
      draft,
      page,
      today: this.today(),
      lang: host.lang,
      welsh,
      errors: this.errors,
      council,
      photos: this.photos,
      pdf: this.pdf,
      visit: this.visit,
      root: host.renderRoot as ShadowRoot,
      save: (patch) => this.save(patch),
      go: (target, patch) => this.go(target, patch),
      next: () => this.flow.module?.continueFrom(this),
    });
  }

  /** Today on this device (or as the page set it), YYYY-MM-DD: the only place the self-check reads the clock. */
  today(): string {
    return this.host.today ?? localToday();
  }

  back(): void {
    this.flow.module?.goBack(this);
  }

  go(page: PageId, patch: Partial<TenantDraft> = {}): void {
    this.clearErrors();
    this.visit += 1;
    // "Updated in another tab" is said once, on the page where it happened.
    this.draft.notice = undefined;
    this.focus.next = 'title';
    this.save({ ...patch, page });
  }

  showErrors(errors: PageError[]): void {
    this.errors = errors;
    this.focus.next = 'errors';
    this.host.requestUpdate();
  }

  /** The error summary goes: the tenant has left the page, for another or to delete everything. */
  clearErrors(): void {
    this.errors = [];
    this.host.requestUpdate();
  }

  value(): TenantDraft {
    return this.draft.value ?? freshTenantDraft();
  }

  save(patch: Partial<TenantDraft>): void {
    this.draft.update({ ...this.value(), ...patch });
  }
}
