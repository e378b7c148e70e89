import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { TenantDraft } from '../../../schema/tenant.ts';
import { TENANT_DRAFT_VERSION, tenantOverLimits } from '../../../schema/tenant-values.ts';
import type { DraftRepository } from '../../../storage/repository.ts';
import { repositoryContext } from '../../context.ts';
import { DraftController } from '../../controllers/draft-controller.ts';
import { Arriving, arrivingStyles, RESERVED_HEIGHT } from '../../controllers/arriving.ts';
import { HeadingLevels } from '../../controllers/heading-level.ts';
import { OnDemand } from '../../controllers/on-demand.ts';
import { saveBanner, storageFooter } from './chrome.ts';
import { JourneyController } from './journey-controller.ts';
import { needsWelsh, startWords, welshWords } from './language.ts';
import { LOADING_WORDS, tenantLang } from './messages.start.ts';
import { OpeningController } from './opening-controller.ts';
import { PageFocus } from './page-focus.ts';
import { TenantPhotos } from './photos.ts';
import { LATER } from './screens.ts';
import { DeleteController, deletedView, deleteView } from './screens/delete/delete.ts';
import { startView } from './screens/start/start.ts';
import { councilDetails } from './state.ts';
import { tenantCheckStyles } from './tenant-check.styles.ts';

/**
 * @summary A tenant's self-check: plain-English questions about problems at home, an indicative result per
 * problem (never an official score), what to do next, and a letter to the landlord.
 *
 * @attr storage-key - Namespace of everything this element saves (default `hhsrs-tenant-check`); progress is kept at `<storage-key>/current`.
 * @attr lang - `en` (default) or `cy` (also `cy-GB`): the language of every page and, unless the tenant picks the other, of the letter. Switches live.
 * @attr council-name - The council's name, e.g. "Anytown Council" (default wording: "your local council").
 * @attr council-phone - The council's phone number for housing problems.
 * @attr council-url - The council's web page for reporting housing problems.
 * @attr council-hours - Opening hours, e.g. "Monday to Friday, 9am to 5pm".
 *
 * @event hhsrs-draft-saved - Progress reached storage. Fields: key, revision, savedAt, persistent.
 * @event hhsrs-error - A save or the PDF failed; the tenant has been told. Fields: kind, message.
 *
 * @csspart question - Each question's form group.
 * @csspart result - Each problem's indicative result.
 * @csspart emergency - "Get help now" content.
 * @csspart council - The council's contact details.
 * @csspart letter - The letter to the landlord.
 * @csspart storage - The storage notice and the delete control.
 * @csspart error-summary - The error summary.
 *
 * @cssprop --hhsrs-accent - Banner, interruption and highlight colour (default GOV.UK blue #1d70b8).
 * @cssprop --hhsrs-button-colour - Primary button colour (default GOV.UK green #00703c).
 * @cssprop --hhsrs-focus-colour - Focus highlight (default #ffdd00).
 * @cssprop --hhsrs-font-family - Font stack (default system-ui).
 */
export class TenantCheck extends LitElement {
  static override styles = [tenantCheckStyles, arrivingStyles(RESERVED_HEIGHT.tenant)];

  @property({ attribute: 'storage-key' }) storageKey: string | undefined;
  @property({ reflect: true }) override lang = 'en';
  @property({ attribute: 'council-name' }) councilName: string | undefined;
  @property({ attribute: 'council-phone' }) councilPhone: string | undefined;
  @property({ attribute: 'council-url' }) councilUrl: string | undefined;
  @property({ attribute: 'council-hours' }) councilHours: string | undefined;
  /** The date letters are dated and deadlines counted from, YYYY-MM-DD (default: today on this device). */
  @property({ attribute: false }) today: string | undefined;
  /** The level of each page's heading (1–6; 1 when not given). */
  @property({ attribute: false }) headingLevel: number | undefined;

  /** Where progress is kept; defaults to the page's IndexedDB (or memory, with a warning, where refused). */
  @consume({ context: repositoryContext, subscribe: true })
  @property({ attribute: false })
  repository: DraftRepository | undefined;

  private readonly draft = new DraftController<TenantDraft>(this, {
    kind: 'tenant-check',
    schemaVersion: TENANT_DRAFT_VERSION,
    title: () => startWords(this.welsh, this.lang)('draftTitle'),
    revive: async (stored) => (await this.savedCheckReader()).parseTenantDraft(stored),
    explain: async (stored) => (await this.savedCheckReader()).tenantDraftProblems(stored),
    overLimits: tenantOverLimits,
  });
  /** The saved check's schema (zod), fetched only to read a check saved earlier. */
  private readonly schema = new OnDemand(this, () => LATER.schema());
  protected readonly headings = new HeadingLevels(this, 1, () => this.headingLevel);
  private readonly arriving = new Arriving(this);
  private readonly photos = new TenantPhotos(this, new OnDemand(this, () => LATER.photoChecker()));
  private readonly pageFocus = new PageFocus();
  private readonly journey = new JourneyController(this, this.draft, this.photos, this.pageFocus);
  private readonly welsh = new OnDemand(this, () => LATER.welsh());
  private readonly deleting = new DeleteController(this, this.draft, this.photos, this.pageFocus);
  private readonly opening = new OpeningController(this, this.draft, this.photos);

  /** The namespace of everything this element saves. */
  get effectiveStorageKey(): string {
    return this.storageKey ?? 'hhsrs-tenant-check';
  }

  /** A saved check that cannot be read yet (offline) is kept, and read again on "Try again". */
  private async savedCheckReader(): Promise<typeof import('../../../schema/tenant.ts')> {
    const schema = await this.schema.fetch();
    if (!schema) throw new Error('The saved check could not be read: its schema could not be fetched.');
    return schema;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('storageKey') || changed.has('repository'))) void this.opening.open();
  }

  protected override updated(): void {
    if (this.draft.status !== 'loading' && this.draft.value) this.arriving.arrived();
    this.pageFocus.apply(this.renderRoot as ShadowRoot);
  }

  override render(): TemplateResult {
    const lang = tenantLang(this.lang);
    const welsh = welshWords(this.welsh, this.lang, this.draft.value);
    if (needsWelsh(this.lang, this.draft.value) && !welsh) {
      return html`<div class="tenant" lang=${lang}>${this.welsh.placeholder(LOADING_WORDS[lang])}</div>`;
    }
    if (this.opening.failed)
      return html`<div class="tenant" lang=${lang}>${this.opening.readAgain(LOADING_WORDS[lang])}</div>`;
    const t = startWords(this.welsh, this.lang);
    if (this.draft.status === 'loading' || !this.draft.value) {
      return html`<p class="status-line" role="status">${t('loading')}</p>`;
    }
    const draft = this.draft.value;
    const council = councilDetails(this, t('councilFallback'));
    const start = { t, council, start: this.journey.start, prepare: this.journey.prepare };
    const { deleting } = this;
    const { overlay } = deleting;
    const page = this.journey.pageOf(draft);
    let content: TemplateResult;
    if (overlay === 'delete') content = deleteView(start, deleting);
    else if (overlay === 'deleted') content = deletedView(start, deleting);
    else if (page === 'start') content = startView(start);
    else if (page) content = this.journey.view(page, draft, welsh, council, LOADING_WORDS[lang]);
    else content = this.journey.flow.placeholder(LOADING_WORDS[lang]);
    const showBack = overlay === 'delete' || (overlay === null && page !== undefined && page !== 'start');
    return html`<div class="tenant" lang=${lang}>
      ${showBack ? html`<a href="#" class="back-link no-print" @click=${this.onBack}>${t('back')}</a>` : nothing} ${saveBanner(this.draft, t)}
      ${content}
      ${overlay === 'deleted' ? nothing : storageFooter(this.draft, t, overlay === 'delete' ? null : this.openDelete)}
    </div>`;
  }

  private readonly onBack = (event: Event): void => {
    event.preventDefault();
    if (this.deleting.overlay === 'delete') this.deleting.cancel();
    else this.journey.back();
  };

  private readonly openDelete = (): void => {
    this.deleting.open();
    this.journey.clearErrors();
  };
}
