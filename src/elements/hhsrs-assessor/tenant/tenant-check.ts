import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TenantDraft } from '../../../schema/tenant.ts';
import { freshTenantDraft, TENANT_DRAFT_VERSION } from '../../../schema/tenant-values.ts';
import type { DraftRepository } from '../../../storage/repository.ts';
import { repositoryContext } from '../../context.ts';
import { DraftController } from '../../controllers/draft-controller.ts';
import { OnDemand, type OnDemandWords } from '../../controllers/on-demand.ts';
import { translator } from '../../i18n.ts';
import { focusErrorSummary } from '../../ui/error-summary.ts';
import type { LetterActions, PageError } from './journey.ts';
import type { TenantMessages } from './messages.ts';
import { LOADING_WORDS, startMessages, tenantLang, type StartTranslate } from './messages.start.ts';
import { FIRST_QUESTION, type PageId } from './page-ids.ts';
import { tenantParts } from './parts.ts';
import { TenantPhotos } from './photos.ts';
import { tenantCheckStyles } from './tenant-check.styles.ts';
import { councilDetails, localToday, type CouncilDetails } from './view-context.ts';
import { saveBanner, storageFooter } from './views/chrome.ts';
import { deletedView, deleteView, startView, type DeleteActions } from './views/intro.ts';

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
  static override styles = tenantCheckStyles;

  @property({ attribute: 'storage-key' }) storageKey: string | undefined;
  @property({ reflect: true }) override lang = 'en';
  @property({ attribute: 'council-name' }) councilName: string | undefined;
  @property({ attribute: 'council-phone' }) councilPhone: string | undefined;
  @property({ attribute: 'council-url' }) councilUrl: string | undefined;
  @property({ attribute: 'council-hours' }) councilHours: string | undefined;
  /** The date letters are dated and deadlines counted from, YYYY-MM-DD (default: today on this device). */
  @property({ attribute: false }) today: string | undefined;

  /** Where progress is kept; defaults to the page's IndexedDB (or memory, with a warning, where refused). */
  @consume({ context: repositoryContext, subscribe: true })
  @property({ attribute: false })
  repository: DraftRepository | undefined;

  @state() private errors: PageError[] = [];
  @state() private overlay: 'delete' | 'deleted' | null = null;
  @state() private deleteFailed = false;
  /** The saved check could not be read (its schema could not be fetched, offline): it is kept, and read again on "Try again". */
  @state() private readFailed = false;

  private readonly draft = new DraftController<TenantDraft>(this, {
    kind: 'tenant-check',
    schemaVersion: TENANT_DRAFT_VERSION,
    title: () => this.words()('draftTitle'),
    revive: async (stored) => (await tenantParts.schema()).parseTenantDraft(stored),
  });
  private readonly photos = new TenantPhotos(this);
  private readonly journey = new OnDemand(this, () => tenantParts.journey());
  private readonly welsh = new OnDemand(this, () => tenantParts.welsh());
  /** Print, PDF and copy for the letter: made when the pages past the start have arrived. */
  private letterActions: LetterActions | undefined;
  private focusNext: 'title' | 'errors' | null = null;
  private loads = 0;

  /** The namespace of everything this element saves. */
  get effectiveStorageKey(): string {
    return this.storageKey ?? 'hhsrs-tenant-check';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('storageKey') || changed.has('repository'))) void this.load();
  }

  protected override updated(): void {
    // A page still on its way has no title yet: it is focused when it arrives.
    const title = this.renderRoot.querySelector<HTMLElement>('#page-title');
    if (this.focusNext === 'title' && title) title.focus();
    if (this.focusNext === 'errors') focusErrorSummary(this.renderRoot as ShadowRoot);
    if (this.focusNext === 'errors' || title) this.focusNext = null;
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    await this.draft.connect(this.repository);
    if (load !== this.loads) return;
    this.readFailed = false;
    try {
      await this.draft.open(`${this.effectiveStorageKey}/current`, freshTenantDraft());
    } catch {
      this.readFailed = load === this.loads;
      return;
    }
    if (load === this.loads && this.draft.repository) await this.photos.load(this.draft.repository, this.effectiveStorageKey);
  }

  private get value(): TenantDraft {
    return this.draft.value ?? freshTenantDraft();
  }

  private save(patch: Partial<TenantDraft>): void {
    this.draft.update({ ...this.value, ...patch });
  }

  private go(page: PageId, patch: Partial<TenantDraft> = {}): void {
    this.errors = [];
    this.letterActions?.reset();
    // "Updated in another tab" is said once, on the page where it happened.
    this.draft.notice = undefined;
    this.focusNext = 'title';
    this.save({ ...patch, page });
  }

  private readonly start = (): void => this.go(FIRST_QUESTION);

  private next(): void {
    const journey = this.journey.module;
    if (!journey) return;
    const draft = this.value;
    const today = this.todayIso;
    const page = journey.resumePage(draft, today);
    this.errors = journey.pageErrors(page, draft, today);
    if (this.errors.length > 0) {
      this.focusNext = 'errors';
      return;
    }
    const target = journey.pageAfter(page, draft, today);
    this.go(target, target === 'check' ? { returnTo: null } : {});
  }

  private back(): void {
    const journey = this.journey.module;
    if (!journey) return;
    const draft = this.value;
    this.go(journey.pageBefore(journey.resumePage(draft, this.todayIso), draft), { returnTo: null });
  }

  /** Today on this device (or as the page set it): the only place the self-check reads the clock. */
  private get todayIso(): string {
    return this.today ?? localToday();
  }

  /** A page or a letter in Welsh waits for the Welsh words: nothing is shown in English to a tenant reading Welsh. */
  private needsWelsh(draft: TenantDraft | undefined): boolean {
    return tenantLang(this.lang) === 'cy' || draft?.letterLang === 'cy';
  }

  /** The Welsh words once fetched: when needed, and ahead on the letter page for a home in Wales, which offers a Welsh letter. */
  private welshWords(draft: TenantDraft | undefined): TenantMessages | undefined {
    const offered = draft?.nation === 'wales' && draft.page === 'letter';
    return this.needsWelsh(draft) || offered ? this.welsh.get()?.cy : this.welsh.module?.cy;
  }

  /** The first screen's words in the page's language (English while the Welsh is on its way). */
  private words(): StartTranslate {
    const welsh = this.welsh.module?.cy;
    return translator(startMessages, welsh ? { cy: welsh } : {}, tenantLang(this.lang));
  }

  private readonly deleteActions: DeleteActions = {
    confirm: () => void this.deleteEverything(),
    cancel: () => {
      this.overlay = null;
      this.focusNext = 'title';
    },
    restart: () => {
      this.overlay = null;
      this.focusNext = 'title';
    },
    failed: false,
  };

  /** Empties everything under the storage key, then shows a fresh check that is not saved until answered. */
  private async deleteEverything(): Promise<void> {
    try {
      await this.draft.flush();
      await this.draft.repository?.deleteEverythingUnder(this.effectiveStorageKey);
      await this.draft.open(`${this.effectiveStorageKey}/current`, freshTenantDraft());
      this.photos.clear();
      this.deleteFailed = false;
      this.overlay = 'deleted';
    } catch {
      this.deleteFailed = true;
    }
    this.focusNext = 'title';
  }

  override render(): TemplateResult {
    const lang = tenantLang(this.lang);
    const welsh = this.welshWords(this.draft.value);
    if (this.needsWelsh(this.draft.value) && !welsh) {
      return html`<div class="tenant" lang=${lang}>${this.welsh.placeholder(LOADING_WORDS[lang])}</div>`;
    }
    if (this.readFailed) return html`<div class="tenant" lang=${lang}>${this.readAgain(LOADING_WORDS[lang])}</div>`;
    const t = this.words();
    if (this.draft.status === 'loading' || !this.draft.value) {
      return html`<p class="status-line" role="status">${t('loading')}</p>`;
    }
    const draft = this.value;
    const council = councilDetails(this, t('councilFallback'));
    const start = { t, council, start: this.start, prepare: () => void this.journey.fetch() };
    const actions = { ...this.deleteActions, failed: this.deleteFailed };
    const page = draft.page === 'start' ? 'start' : this.journey.get()?.resumePage(draft, this.todayIso);
    let content: TemplateResult;
    if (this.overlay === 'delete') content = deleteView(start, actions);
    else if (this.overlay === 'deleted') content = deletedView(start, actions);
    else if (page === 'start') content = startView(start);
    else content = page ? this.journeyPage(page, draft, welsh, council) : this.journey.placeholder(LOADING_WORDS[lang]);
    const showBack = this.overlay === 'delete' || (this.overlay === null && page !== undefined && page !== 'start');
    return html`<div class="tenant" lang=${lang}>
      ${showBack ? html`<a href="#" class="back-link no-print" @click=${this.onBack}>${t('back')}</a>` : nothing} ${saveBanner(this.draft, t)}
      ${content}
      ${this.overlay === 'deleted' ? nothing : storageFooter(this.draft, t, this.overlay === 'delete' ? null : this.openDelete)}
    </div>`;
  }

  private readAgain(words: OnDemandWords): TemplateResult {
    return html`<div role="alert">
      <p>${words.failed}</p>
      <button type="button" class="button button--secondary" @click=${() => void this.load()}>${words.tryAgain}</button>
    </div>`;
  }

  /** A page past the start page, drawn by the part that has arrived for it. */
  private journeyPage(page: Exclude<PageId, 'start'>, draft: TenantDraft, welsh: TenantMessages | undefined, council: CouncilDetails): TemplateResult {
    const journey = this.journey.module!;
    this.letterActions ??= new journey.LetterActions(this);
    return journey.journeyPage({
      draft,
      page,
      today: this.todayIso,
      lang: this.lang,
      welsh,
      errors: this.errors,
      council,
      photos: this.photos,
      letterActions: this.letterActions,
      root: this.renderRoot as ShadowRoot,
      save: (patch) => this.save(patch),
      go: (target, patch) => this.go(target, patch),
      next: () => this.next(),
    });
  }

  private readonly onBack = (event: Event): void => {
    event.preventDefault();
    if (this.overlay === 'delete') this.deleteActions.cancel();
    else this.back();
  };

  private readonly openDelete = (): void => {
    this.overlay = 'delete';
    this.deleteFailed = false;
    this.errors = [];
    this.focusNext = 'title';
  };
}
