import type { LitElement, TemplateResult } from 'lit';
import type { TenantDraft } from '../../../schema/tenant.ts';
import { freshTenantDraft } from '../../../schema/tenant-values.ts';
import type { DraftController } from '../../controllers/draft-controller.ts';
import { OnDemand } from '../../controllers/on-demand.ts';
import type { PageError } from './flow.ts';
import type { Journey } from './journey.ts';
import type { LetterActions } from './letter-actions.ts';
import type { TenantMessages } from './messages.ts';
import { FIRST_QUESTION, type PageId } from './page-ids.ts';
import type { PageFocus } from './page-focus.ts';
import { tenantParts } from './parts.ts';
import type { TenantPhotos } from './photos.ts';
import { localToday, type CouncilDetails } from './view-context.ts';

export interface JourneyHost extends LitElement {
  /** The date the page set, YYYY-MM-DD, if any. */
  readonly today: string | undefined;
}

/**
 * Where the tenant is in the check, and each move saved as it is made. The pages past the start, and the
 * rules that order them, are a part (journey.ts) fetched as the tenant is about to start, or comes back to a
 * check past it: until then only "Start now" moves.
 */
export class JourneyController implements Journey {
  /** What Continue found missing on the page shown. */
  errors: PageError[] = [];
  letterActions: LetterActions | undefined;
  /** The pages past the start: `placeholder()` stands in for them until they arrive. */
  readonly part: OnDemand<typeof import('./journey.ts')>;

  constructor(
    readonly host: JourneyHost,
    private readonly draft: DraftController<TenantDraft>,
    readonly photos: TenantPhotos,
    private readonly focus: PageFocus,
  ) {
    this.part = new OnDemand(host, () => tenantParts.journey());
  }

  readonly start = (): void => this.go(FIRST_QUESTION);

  /** As the tenant reaches for "Start now": the pages after it are fetched ahead. */
  readonly prepare = (): void => void this.part.fetch();

  /** The page the check is on; undefined while the part that orders the pages is on its way (which this fetches). */
  pageOf(draft: TenantDraft): PageId | undefined {
    return draft.page === 'start' ? 'start' : this.part.get()?.resumePage(draft, this.today());
  }

  /** A page past the start: only once `pageOf` has found it, so its part is here. */
  view(page: Exclude<PageId, 'start'>, draft: TenantDraft, welsh: TenantMessages | undefined, council: CouncilDetails): TemplateResult {
    return this.part.module!.journeyPage(this, page, draft, welsh, council);
  }

  /** Today on this device (or as the page set it), YYYY-MM-DD: the only place the self-check reads the clock. */
  today(): string {
    return this.host.today ?? localToday();
  }

  back(): void {
    this.part.module?.goBack(this);
  }

  go(page: PageId, patch: Partial<TenantDraft> = {}): void {
    this.clearErrors();
    this.letterActions?.reset();
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
