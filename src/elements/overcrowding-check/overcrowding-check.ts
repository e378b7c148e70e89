import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repositoryContext } from '../context.ts';
import { OnDemand } from '../controllers/on-demand.ts';
import { errorSummary, type FieldError } from '../ui/error-summary.ts';
import { sharedStyles } from '../ui/styles.ts';
import type { DraftRepository } from '../../storage/repository.ts';
import type { OvercrowdingReport } from '../../print/overcrowding-layout.ts';
import type { OvercrowdingDraft, Units } from '../../schema/overcrowding.ts';
import type { OvercrowdingResult } from './evaluate.ts';
import { formMessages, partWords, type FormMessages } from './form-messages.ts';
import { FormState } from './form-state.ts';
import { ActionsController } from './actions-controller.ts';
import { overcrowdingStyles } from './overcrowding-check.styles.ts';
import { actionsView, introduction, saveStatus } from './page.ts';
import type { FormReading } from './form/problem-text.ts';
import { resultAnnouncer } from './result-announcer.ts';
import { SavedDraft } from './saved-draft.ts';
import { storageBanners } from './storage-banners.ts';
import { inLanguage } from './translations.ts';
import { peopleSection } from './form/people.ts';
import { roomsSection } from './form/rooms.ts';

export type { OvercrowdingResult } from './evaluate.ts';

const NOTHING_READ: FormReading = { problems: [], input: null };

/**
 * @summary Checks whether a home is statutorily overcrowded (Housing Act 1985 ss.324–326), with the bedroom standard and 2018 HMO room sizes.
 *
 * @attr units - `metric` (default) or `imperial`: the units for typing and reading areas. A saved check keeps the user's own choice.
 * @attr storage-key - Namespace of everything this element saves (default `overcrowding-check`); the draft is `<storage-key>/current`. After a two-tab conflict settled with "Keep mine", the other tab's version is kept as `<storage-key>/from-other-tab-<time>`. "Delete my data" deletes everything under the key.
 * @attr lang - `en` (default) or `cy` (Welsh; English shows until translated).
 *
 * @event hhsrs-overcrowding-change - The result changed. Field: result — the full checkOvercrowding result plus bedroomStandard and hmoRoomSizes, or null while the input is incomplete or invalid.
 * @event hhsrs-draft-saved - The draft reached storage. Fields: key, revision, savedAt, persistent.
 * @event hhsrs-error - A save, delete or PDF failed, or another tab changed the draft; the user has been told. Fields: kind, message.
 *
 * @cssprop --hhsrs-accent - Banner and highlight colour (default GOV.UK blue #1d70b8).
 * @cssprop --hhsrs-button-colour - Primary button colour (default GOV.UK green #00703c).
 * @cssprop --hhsrs-font-family - Font stack (default system-ui).
 * @cssprop --hhsrs-focus-colour - Focus highlight (default #ffdd00).
 * @cssprop --hhsrs-text-colour - Body text colour.
 * @cssprop --hhsrs-error-colour - Error colour.
 * @cssprop --hhsrs-panel-background - Background of each person and room card.
 *
 * @csspart error-summary - The GOV.UK error summary.
 * @csspart person - Each person's fieldset.
 * @csspart room - Each room's fieldset.
 * @csspart results - The results section.
 * @csspart finding - Each result; also `finding-verdict`, `finding-room`, `finding-space`, `finding-bedroom`, `finding-hmo`.
 * @csspart status - The save status line.
 * @csspart actions - Print, PDF and delete buttons.
 */
export class OvercrowdingCheck extends LitElement {
  static override styles = [...sharedStyles, overcrowdingStyles];

  @property({ reflect: true }) units: Units = 'metric';
  @property({ attribute: 'storage-key' }) storageKey = 'overcrowding-check';
  @property({ reflect: true }) override lang = 'en';

  /** Where the draft is kept; defaults to the page's IndexedDB (or memory, with a warning, where refused). */
  @consume({ context: repositoryContext, subscribe: true })
  @property({ attribute: false })
  repository: DraftRepository | undefined;

  private readonly saved = new SavedDraft(this, (draft) => this.m.draftTitle(draft.people.length, draft.rooms.length));
  private readonly form = new FormState(this);
  private readonly actions = new ActionsController(this, this.saved, () => this.m, (id) => this.form.focusLater(id));
  private readonly announceResult = resultAnnouncer(this);
  /**
   * Reading what was typed, the law, the findings and their words: fetched as the user starts on the form,
   * or for a saved draft that has people or rooms, so the first screen downloads only the form.
   */
  private readonly checking = new OnDemand(this, () => import('./checking.ts'));
  /** Each person's and room's card, fetched at the same moments (an empty form has none), apart from the check. */
  private readonly cards = new OnDemand(this, () => import('./form/cards.ts'));
  private reading: FormReading = NOTHING_READ;
  private current: OvercrowdingResult | null = null;

  /** The latest result, as last sent with `hhsrs-overcrowding-change` (null while the input is incomplete or invalid). */
  get result(): OvercrowdingResult | null {
    return this.current;
  }

  /** The words of the page and the form; the results bring their own. */
  private get m(): FormMessages {
    return inLanguage(formMessages, this.lang);
  }

  private get draft(): OvercrowdingDraft | undefined {
    return this.saved.value;
  }

  /** The check as a PDF (Blob): the verdict, each standard with its reasons and figures, and the inputs. */
  async createPdf(): Promise<Blob> {
    // A page may ask before the results have arrived; they are worked out in the update that follows.
    if (!(await this.checking.fetch())) throw new Error(this.m.partFailed);
    await this.updateComplete;
    const report = this.report();
    if (!report) throw new Error(this.m.noResultToPrint);
    // jsPDF loads only when someone asks for a PDF.
    const [{ renderPdf }, { overcrowdingLayout }] = await Promise.all([import('../../print/render-pdf.ts'), import('../../print/overcrowding-layout.ts')]);
    return renderPdf(overcrowdingLayout(report));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') || changed.has('repository')) void this.saved.open(this.repository, this.storageKey, this.units);
    this.saved.openWhenReady();
    const news = this.saved.follow(this.units, changed.has('units'));
    if (news) {
      // Loaded, deleted, or replaced by another tab's save: shown as saved, in the units it was saved in.
      this.units = news.units;
      this.form.restored(news);
    }
    const draft = this.draft;
    // An empty draft has nothing to read; the check's code is needed as soon as there is someone or a room.
    const checking = this.household ? this.checking.get() : undefined;
    if (this.household) this.cards.get();
    this.reading = draft && checking ? checking.readForm(draft, checking.catalogueFor(this.lang), this.units) : NOTHING_READ;
    this.current = this.reading.input && draft && checking ? checking.evaluate(this.reading.input, draft.hmo) : null;
    this.form.settle(this.summaryErrors());
  }

  protected override updated(): void {
    this.announceResult(this.current);
    this.form.focusPending(this.renderRoot as ShadowRoot);
  }

  private change = (draft: OvercrowdingDraft, focusId?: string): void => {
    this.units = draft.units;
    this.actions.announcement = '';
    this.saved.change(draft);
    this.form.focusLater(focusId);
  };

  /** Someone or a room has been added, so there is something for the check to read. */
  private get household(): boolean {
    const draft = this.draft;
    return draft !== undefined && (draft.people.length > 0 || draft.rooms.length > 0);
  }

  private summaryErrors(): FieldError[] {
    return this.draft ? this.form.allErrors(this.reading, this.draft, this.m) : [];
  }

  private async check(): Promise<void> {
    // What was typed is read once the check's code has arrived (if it cannot, the results say so).
    if (this.household && !this.checking.module && (await this.checking.fetch())) await this.updateComplete;
    if (this.summaryErrors().length > 0) this.form.submit();
    else this.form.focusLater('results-heading');
  }

  /** The user has started on the form: fetch the check's code now, so it is there when they have typed. */
  private prepare = (): void => {
    this.checking.get();
    this.cards.get();
  };

  private report(): OvercrowdingReport | null {
    const draft = this.draft;
    const input = this.reading.input;
    const checking = this.checking.module;
    if (!draft || !input || !this.current || !checking) return null;
    return checking.reportFor({ draft, people: input.people, rooms: input.rooms, result: this.current, units: this.units }, this.lang);
  }

  /** The findings once every answer is in; a loading line (or a retry) while the check's code is on its way. */
  private resultsView(report: OvercrowdingReport | null) {
    const checking = this.checking.module;
    if (this.household && !checking) return this.checking.placeholder(partWords(this.m));
    if (!report || !checking) return html`<p>${this.m.resultsPending}</p>`;
    return checking.findingsView(report);
  }

  override render() {
    const m = this.m;
    const draft = this.draft;
    const report = this.report();
    const errors = this.form.submitted ? this.summaryErrors() : [];
    const cards = { cards: this.cards.module?.cardViews(m, this.lang), cardsPlaceholder: () => this.cards.placeholder(partWords(m)) };
    const context = this.form.context(draft, m, this.units, this.reading, this.change, this.checking.module?.convertedMeasure, cards);
    return html`${introduction(m)}
      ${saveStatus(this.saved.drafts, m)}
      ${storageBanners(m, { drafts: this.saved.drafts, memoryOnly: this.saved.memoryOnly, refreshed: this.saved.refreshed }, {
        retry: () => void this.saved.drafts.flush(),
        keepMine: () => void this.actions.settleConflict(true),
        useOther: () => void this.actions.settleConflict(false),
      })}
      ${this.saved.waitingForSchema ? this.saved.schema.placeholder(partWords(m)) : nothing}
      ${errorSummary(m.errorSummaryTitle, errors, this.renderRoot as ShadowRoot)}
      ${context
        ? html`<form class="no-print" novalidate @focusin=${this.prepare} @pointerdown=${this.prepare} @submit=${(event: Event) => (event.preventDefault(), void this.check())}>
            ${peopleSection(context)} ${roomsSection(context)}
            <button type="submit" class="button">${m.check}</button>
          </form>`
        : nothing}
      <section class="results" part="results" aria-labelledby="results-heading">
        <h3 id="results-heading" tabindex="-1">${m.resultsHeading}</h3>
        ${this.resultsView(report)}
      </section>
      ${actionsView(m, { canPrint: report !== null, asking: this.actions.askingDelete, announcement: this.actions.announcement }, {
        print: () => print(),
        pdf: this.actions.downloadPdf,
        askDelete: this.actions.askDelete,
        confirmDelete: this.actions.deleteData,
        cancelDelete: this.actions.cancelDelete,
      })}`;
  }
}
