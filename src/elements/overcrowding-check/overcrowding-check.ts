import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repositoryContext } from '../context.ts';
import { Arriving, arrivingStyles, RESERVED_HEIGHT } from '../controllers/arriving.ts';
import { HeadingLevels } from '../controllers/heading-level.ts';
import { HhsrsOvercrowdingChangeEvent } from '../events.ts';
import type { FieldError } from '../ui/error-summary.ts';
import { sharedStyles } from '../ui/styles.ts';
import type { DraftRepository } from '../../storage/repository.ts';
import type { OvercrowdingReport } from '../../print/overcrowding-layout.ts';
import type { OvercrowdingDraft, Units } from '../../schema/overcrowding.ts';
import type { OvercrowdingResult } from '../../core/overcrowding.ts';
import { ActionsController } from './actions-controller.ts';
import { inLanguage, isWelsh, partWords, shellMessages, WELSH_ARRIVING, type ShellMessages } from './messages.ts';
import { overcrowdingStyles } from './overcrowding-check.styles.ts';
import { actionsView, introduction, saveStatus, storageBanners } from './page.ts';
import { SavedDraft } from './saved-draft.ts';
import { later } from './screens.ts';
import { formView } from './screens/form/form.ts';
import { FormState } from './screens/form/form-state.ts';
import { formMessages, type FormMessages } from './screens/form/messages.ts';
import type { FormReading } from './types.ts';

export type { OvercrowdingResult } from '../../core/overcrowding.ts';

const NOTHING_READ: FormReading = { problems: [], input: null };

/**
 * @summary Checks whether a home is statutorily overcrowded (Housing Act 1985 ss.324–326), with the bedroom standard and 2018 HMO room sizes.
 *
 * @attr units - `metric` (default) or `imperial`: the units for typing and reading areas. A saved check keeps the user's own choice.
 * @attr storage-key - Namespace of everything this element saves (default `overcrowding-check`); the draft is `<storage-key>/current`. After a two-tab conflict settled with "Keep mine", the other tab's version is kept as `<storage-key>/from-other-tab-<time>`. "Delete my data" deletes everything under the key.
 * @attr lang - `en` (default) or `cy` (Welsh, also `cy-GB`): every word on screen and in the PDF, dates and figures. Changing it keeps everything typed.
 * @attr heading-level - The level of the check's top heading (1–6, default 2, to sit under a page's own h1): `1` where the check is the page's main content. Every heading inside moves with it.
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
 * @cssprop --hhsrs-reserved-height - The height held while the first screen arrives (default `min(100vh, 35rem)`).
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
  static override styles = [...sharedStyles, overcrowdingStyles, arrivingStyles(RESERVED_HEIGHT.overcrowding)];

  @property({ reflect: true }) units: Units = 'metric';
  @property({ attribute: 'storage-key' }) storageKey = 'overcrowding-check';
  @property({ reflect: true }) override lang = 'en';
  @property({ attribute: 'heading-level' }) headingLevel: string | undefined;

  /** Where the draft is kept; defaults to the page's IndexedDB (or memory, with a warning, where refused). */
  @consume({ context: repositoryContext, subscribe: true })
  @property({ attribute: false })
  repository: DraftRepository | undefined;

  private readonly saved = new SavedDraft(this, (draft) => this.m.draftTitle(draft.people.length, draft.rooms.length));
  private readonly form = new FormState(this);
  // Its top heading is an h2: the check was first made to sit under a page's h1.
  protected readonly headings = new HeadingLevels(this, 2, () => this.headingLevel);
  private readonly arriving = new Arriving(this);
  private readonly actions = new ActionsController(
    this,
    this.saved,
    () => this.m,
    (id) => this.form.focusLater(id),
  );
  // The screens fetched later (see screens.ts); the form is the first screen, in this file's imports.
  private readonly cards = later(this, 'cards');
  private readonly report = later(this, 'report');
  private readonly pdf = later(this, 'pdf');
  private readonly welsh = later(this, 'welsh');
  private reading: FormReading = NOTHING_READ;
  private current: OvercrowdingResult | null = null;
  /** The result last sent with `hhsrs-overcrowding-change`: nothing is sent for the first empty form. */
  private sent = 'null';

  /** The latest result, as last sent with `hhsrs-overcrowding-change` (null while the input is incomplete or invalid). */
  get result(): OvercrowdingResult | null {
    return this.current;
  }

  /** The words around the screens. */
  private get m(): ShellMessages {
    return inLanguage(shellMessages, this.welshWords?.shellCy, this.lang);
  }

  /** The form's words; the cards and the report bring their own. */
  private get formWords(): FormMessages {
    return inLanguage(formMessages, this.welshWords?.formCy, this.lang);
  }

  /** The first screen's Welsh, fetched only for a page in Welsh (see SCREENS.welsh). */
  private get welshWords() {
    return isWelsh(this.lang) ? this.welsh.get() : undefined;
  }

  private get draft(): OvercrowdingDraft | undefined {
    return this.saved.value;
  }

  /** The check as a PDF (Blob): the verdict, each standard with its reasons and figures, and the inputs. */
  async createPdf(): Promise<Blob> {
    // A page may ask before the results have arrived; they are worked out in the update that follows.
    const [screen, pdf] = await Promise.all([this.report.fetch(), this.pdf.fetch()]);
    if (!screen || !pdf) throw new Error(this.m.partFailed);
    await this.updateComplete;
    const report = this.reportOfPage();
    if (!report) throw new Error(this.m.noResultToPrint);
    return pdf.renderPdf(screen.paperLayout(report));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') || changed.has('repository'))
      void this.saved.open(this.repository, this.storageKey, this.units);
    this.saved.openWhenReady();
    const news = this.saved.follow(this.units, changed.has('units'));
    if (news) {
      // Loaded, deleted, or replaced by another tab's save: shown as saved, in the units it was saved in.
      this.units = news.units;
      this.form.restored(news);
    }
    const draft = this.draft;
    // An empty draft has nothing to read; the report's code is needed as soon as there is someone or a room.
    const screen = this.household ? this.report.get() : undefined;
    if (this.household) this.cards.get();
    const checked = draft && screen ? screen.check(draft, this.lang, this.units) : undefined;
    this.reading = checked?.reading ?? NOTHING_READ;
    this.current = checked?.result ?? null;
    this.form.settle(this.summaryErrors());
  }

  protected override updated(): void {
    if (this.draft && (!isWelsh(this.lang) || this.welsh.module)) this.arriving.arrived();
    this.announceResult();
    this.form.focusPending(this.renderRoot as ShadowRoot);
  }

  /** Tells the page (`hhsrs-overcrowding-change`) each time the result changes. */
  private announceResult(): void {
    const signature = JSON.stringify(this.current);
    if (signature === this.sent) return;
    this.sent = signature;
    this.dispatchEvent(new HhsrsOvercrowdingChangeEvent<OvercrowdingResult>(this.current));
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
    return this.draft ? this.form.allErrors(this.reading, this.draft, this.formWords) : [];
  }

  private async check(): Promise<void> {
    // What was typed is read once the report's code has arrived (if it cannot, the results say so).
    if (this.household && !this.report.module && (await this.report.fetch())) await this.updateComplete;
    if (this.summaryErrors().length > 0) this.form.submit();
    else this.form.focusLater('results-heading');
  }

  /** The user has started on the form: fetch the cards and the report now, so they are there when they have typed. */
  private prepare = (): void => {
    this.cards.get();
    this.report.get();
  };

  private reportOfPage(): OvercrowdingReport | null {
    const draft = this.draft;
    const input = this.reading.input;
    const screen = this.report.module;
    if (!draft || !input || !this.current || !screen) return null;
    const context = { draft, people: input.people, rooms: input.rooms, result: this.current, units: this.units };
    return screen.reportFor(context, this.lang);
  }

  /** The findings once every answer is in; a loading line (or a retry) while the report's code is on its way. */
  private resultsView(report: OvercrowdingReport | null) {
    const screen = this.report.module;
    if (this.household && !screen) return this.report.placeholder(partWords(this.m));
    if (!report || !screen) return html`<p>${this.m.resultsPending}</p>`;
    return screen.findingsView(report);
  }

  /** The form screen, once the draft has loaded. */
  private formScreen() {
    const m = this.m;
    const words = this.formWords;
    const cards = {
      cards: this.cards.module?.cardViews(words, this.lang),
      cardsPlaceholder: () => this.cards.placeholder(partWords(m)),
    };
    const convert = this.report.module?.convertedMeasure;
    const context = this.form.context(this.draft, words, this.units, this.reading, this.change, convert, cards);
    if (!context) return nothing;
    const errors = this.form.submitted ? this.summaryErrors() : [];
    const actions = { prepare: this.prepare, check: () => void this.check() };
    return formView(context, errors, this.renderRoot as ShadowRoot, actions);
  }

  override render() {
    // A Welsh page waits for its Welsh words rather than showing the English form first.
    if (isWelsh(this.lang) && !this.welsh.module) return this.welsh.placeholder(WELSH_ARRIVING);
    const m = this.m;
    const report = this.reportOfPage();
    return html`${introduction(m)}
      ${saveStatus(this.saved.drafts, m)}
      ${storageBanners(
        m,
        { drafts: this.saved.drafts, memoryOnly: this.saved.memoryOnly, refreshed: this.saved.refreshed },
        {
          retry: () => void this.saved.drafts.flush(),
          keepMine: () => void this.actions.settleConflict(true),
          useOther: () => void this.actions.settleConflict(false),
        },
      )}
      ${this.saved.waitingForSchema ? this.saved.schema.placeholder(partWords(m)) : nothing}
      ${this.draft ? this.pageBody(report) : nothing}`;
  }

  /** The form, the results and the actions, drawn together once the draft has loaded so nothing jumps down. */
  private pageBody(report: OvercrowdingReport | null) {
    const m = this.m;
    return html`${this.formScreen()}
      <section class="results" part="results" aria-labelledby="results-heading">
        <h3 id="results-heading" tabindex="-1">${m.resultsHeading}</h3>
        ${this.resultsView(report)}
      </section>
      ${actionsView(
        m,
        { canPrint: report !== null, asking: this.actions.askingDelete, announcement: this.actions.announcement },
        {
          print: () => print(),
          pdf: this.actions.downloadPdf,
          askDelete: this.actions.askDelete,
          confirmDelete: this.actions.deleteData,
          cancelDelete: this.actions.cancelDelete,
        },
      )}`;
  }
}
