import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { followUp, indicativeResult, letterTerms, nextSteps, type FollowUp, type IndicativeResult, type TopicId } from '../../../core/tenant/index.ts';
import { freshTenantDraft, freshTopicAnswers, parseTenantDraft, TENANT_DRAFT_VERSION, type TenantDraft } from '../../../schema/tenant.ts';
import type { DraftRepository } from '../../../storage/repository.ts';
import { repositoryContext } from '../../context.ts';
import { DraftController } from '../../controllers/draft-controller.ts';
import { errorSummary, focusErrorSummary } from '../../ui/error-summary.ts';
import { answersFor, chosenTopics, pageAfter, pageBefore, pageErrors, resumePage, type PageError, type PageId } from './flow.ts';
import { LetterActions } from './letter-actions.ts';
import { TenantPhotos } from './photos.ts';
import { buildLetter } from './letter-model.ts';
import { tenantLang, tenantMessages } from './messages.ts';
import { sentDate } from './sent.ts';
import { tenantCheckStyles } from './tenant-check.styles.ts';
import { localToday, type TenantView } from './view-context.ts';
import { renderPage } from './views/pages.ts';
import { saveBanner, storageFooter } from './views/chrome.ts';
import { deletedView, deleteView, type DeleteActions } from './views/intro.ts';

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

  private readonly draft = new DraftController<TenantDraft>(this, {
    kind: 'tenant-check',
    schemaVersion: TENANT_DRAFT_VERSION,
    title: () => tenantMessages(this.lang)('draftTitle'),
    revive: parseTenantDraft,
  });
  private readonly letterActions = new LetterActions(this);
  private readonly photos = new TenantPhotos(this);
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
    if (this.focusNext === 'title') this.renderRoot.querySelector<HTMLElement>('#page-title')?.focus();
    if (this.focusNext === 'errors') focusErrorSummary(this.renderRoot as ShadowRoot);
    this.focusNext = null;
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    await this.draft.connect(this.repository);
    if (load !== this.loads) return;
    await this.draft.open(`${this.effectiveStorageKey}/current`, freshTenantDraft());
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
    this.letterActions.reset();
    // "Updated in another tab" is said once, on the page where it happened.
    this.draft.notice = undefined;
    this.focusNext = 'title';
    this.save({ ...patch, page });
  }

  private next(): void {
    const draft = this.value;
    const today = this.todayIso;
    const page = resumePage(draft, today);
    this.errors = pageErrors(page, draft, today);
    if (this.errors.length > 0) {
      this.focusNext = 'errors';
      return;
    }
    const target = pageAfter(page, draft, today);
    this.go(target, target === 'check' ? { returnTo: null } : {});
  }

  private back(): void {
    const draft = this.value;
    this.go(pageBefore(resumePage(draft, this.todayIso), draft), { returnTo: null });
  }

  /** Today on this device (or as the page set it): the only place the self-check reads the clock. */
  private get todayIso(): string {
    return this.today ?? localToday();
  }

  /** The letter's date: the day it was sent, once the tenant has said, so a copy made later reads the same. */
  private letterDate(draft: TenantDraft, today: string): string {
    const sent = sentDate(draft.sent);
    return draft.sent?.how && sent && sent <= today ? sent : today;
  }

  private followUp(draft: TenantDraft, today: string): FollowUp | undefined {
    const sentOn = sentDate(draft.sent);
    if (!draft.sent?.how || !sentOn || sentOn > today || (draft.nation !== 'england' && draft.nation !== 'wales')) return undefined;
    return followUp({ nation: draft.nation, landlord: draft.landlord ?? 'not-sure', results: this.results(), sentOn, today });
  }

  private results(): IndicativeResult[] {
    const draft = this.value;
    return chosenTopics(draft)
      .filter((topic) => pageErrors(`topic:${topic}:kinds`, draft).length === 0)
      .map((topic) => indicativeResult(topic, answersFor(draft, topic), draft.household ?? []));
  }

  private view(page: PageId): TenantView {
    const t = tenantMessages(this.lang);
    const draft = this.value;
    const todayIso = this.todayIso;
    const route = { nation: draft.nation ?? 'england', landlord: draft.landlord ?? 'not-sure', today: todayIso } as const;
    return {
      t,
      draft,
      page,
      errors: new Map(this.errors.map((error) => [error.fieldId, t(error.message)])),
      council: {
        name: this.councilName?.trim() || t('councilFallback'),
        named: Boolean(this.councilName?.trim()),
        phone: this.councilPhone?.trim() || undefined,
        url: webAddress(this.councilUrl),
        hours: this.councilHours?.trim() || undefined,
      },
      today: todayIso,
      lang: tenantLang(this.lang),
      photos: {
        items: this.photos.photos,
        problems: this.photos.problems,
        busy: this.photos.busy,
        add: (files) =>
          void this.photos.add(files, { tooMany: (max) => t('photosTooMany', max), refused: (name, detail) => t('photoRefused', name, detail) }),
        remove: (id) => void this.photos.remove(id),
      },
      results: () => this.results(),
      steps: () => nextSteps({ ...route, told: draft.told ?? 'no', results: this.results() }),
      followUp: () => this.followUp(draft, todayIso),
      change: (patch) => this.save(patch),
      changeTopic: (topic: TopicId, patch) =>
        this.save({ answers: { ...draft.answers, [topic]: { ...(draft.answers[topic] ?? freshTopicAnswers()), ...patch } } }),
      changeLetter: (patch) => this.save({ letter: { ...draft.letter, ...patch } }),
      next: () => this.next(),
      changeAnswer: (target) => this.go(target, { returnTo: 'check' }),
      go: (target) => this.go(target),
    };
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
    const t = tenantMessages(this.lang);
    if (this.draft.status === 'loading' || !this.draft.value) {
      return html`<p class="status-line" role="status">${t('loading')}</p>`;
    }
    const page = resumePage(this.value, this.todayIso);
    const v = this.view(page);
    const actions = { ...this.deleteActions, failed: this.deleteFailed };
    let content: TemplateResult;
    if (this.overlay === 'delete') content = deleteView(v, actions);
    else if (this.overlay === 'deleted') content = deletedView(v, actions);
    else content = renderPage(v, page, () => this.letterFor(v));
    const showBack = this.overlay === 'delete' || (this.overlay === null && page !== 'start');
    return html`<div class="tenant" lang=${v.lang}>
      ${showBack ? html`<a href="#" class="back-link no-print" @click=${this.onBack}>${t('back')}</a>` : nothing} ${saveBanner(this.draft, t)}
      ${errorSummary(
        t('errorSummaryTitle'),
        this.errors.map((error) => ({ fieldId: error.fieldId, message: t(error.message) })),
        this.renderRoot as ShadowRoot,
      )}
      ${content}
      ${this.overlay === 'deleted' ? nothing : storageFooter(this.draft, t, this.overlay === 'delete' ? null : this.openDelete)}
    </div>`;
  }

  /** The letter in the language chosen for it, dated the day it was sent (or today, until it has been). */
  private letterFor(v: TenantView) {
    const results = this.results();
    const lang = v.draft.letterLang ?? v.lang;
    const date = this.letterDate(v.draft, v.today);
    const words = { ...v, t: tenantMessages(lang), lang, today: date };
    const letter = buildLetter(words, results, letterTerms({ nation: v.draft.nation ?? 'england', landlord: v.draft.landlord ?? 'not-sure', results, today: date }));
    const actions = this.letterActions;
    return {
      letter,
      status: actions.status,
      fallbackText: actions.fallbackText,
      busy: actions.busy,
      print: () => actions.print(),
      pdf: () => void actions.pdf(letter, v.t),
      copy: () => void actions.copy(letter, v.t),
    };
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

/** The council's web address if it is an http(s) one; anything else (javascript:, data:) is not linked. */
function webAddress(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url?.trim() ?? '', document.baseURI);
    return url?.trim() && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
