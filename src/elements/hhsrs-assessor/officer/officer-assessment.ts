import { adoptStyles, html, LitElement, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EvaluatedHazard, Hazard, HazardEntry, Scheme } from '../../../core/index.ts';
import { ENGLAND_2005_HAZARDS } from '../../../core/scheme/england-2005-hazards.ts';
import { ASSESSMENT_SCHEMA_VERSION, emptyAssessment } from '../../../schema/assessment-values.ts';
import type { Assessment, AssessmentDetails } from '../../../schema/assessment.ts';
import { onDatabaseBlocked } from '../../../storage/open.ts';
import type { DraftRepository } from '../../../storage/repository.ts';
import { DraftController } from '../../controllers/draft-controller.ts';
import { ON_DEMAND_WORDS } from '../../controllers/on-demand.ts';
import { HhsrsScoreChangeEvent } from '../../events.ts';
import { translator } from '../../i18n.ts';
import { focusErrorSummary, type FieldError } from '../../ui/error-summary.ts';
import { sharedStyles } from '../../ui/styles.ts';
import { editingPage, finaliseButtons, nothingScored } from './editing-page.ts';
import { assessmentTitle, isRevisionKey } from './revisions.ts';
import { officerMessages } from './messages.ts';
import { officerStyles } from './officer.styles.ts';
import { OfficerParts } from './officer-parts.ts';
import { canChoose, CHOOSING, NEEDS_DETAILS, type ResolvedScheme } from './scheme-state.ts';
import { SchemePacksController } from './scheme-packs-controller.ts';
import { ActionsController } from './actions-controller.ts';
import { AssessmentListController, assessmentFiles } from './assessment-list.ts';
import { withDetails, withHazard } from './assessment-edits.ts';
import { addHazard } from './hazard-edits.ts';
import { readStoredAssessment } from './stored-assessment.ts';
import { toolbar } from './toolbar.ts';

/** The officer's view inside `<hhsrs-assessor mode="officer">`: one dwelling's assessment, saved as it is typed. */
export class OfficerAssessment extends LitElement {
  static override styles = [...sharedStyles, officerStyles];

  @property({ attribute: false }) storageKey = 'hhsrs-assessor:officer';
  @property({ attribute: false }) repository: DraftRepository | undefined;
  @property({ attribute: false }) schemeId: string | undefined;
  @property({ attribute: false }) schemeSrc: string | undefined;
  /** Scheme packs available besides england-2005 (loaded from scheme-src or by the page). */
  @property({ attribute: false }) loadedSchemes: readonly Scheme[] = [];

  @state() private filter = '';
  @state() private errors: FieldError[] = [];
  @state() private checked = false;
  @state() private announcement = '';
  @state() private blocked = false;
  /** The saved assessment could not be read: the code that reads it could not be fetched. */
  @state() private startFailed = false;

  readonly draft = new DraftController<Assessment>(this, {
    kind: 'assessment',
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    title: assessmentTitle,
    revive: readStoredAssessment,
  });
  private readonly packs = new SchemePacksController(this, ({ loaded }) => {
    if (loaded) {
      this.announcement = `Scheme pack “${loaded.name}” loaded.`;
      if (this.draft.value) this.commit(this.draft.value);
    } else this.focusAfterRender = 'pack-problems';
  });
  private readonly list = new AssessmentListController(this);
  private readonly t = translator(officerMessages, {}, 'en');
  private readonly parts = new OfficerParts(this);
  private readonly actions = new ActionsController(this, this.parts, this.t);
  private focusAfterRender: string | undefined;
  /** Worked out once per update and shared by the page, the print view and the score event. */
  private resolved: ResolvedScheme = { scheme: undefined, message: undefined };
  /** Undefined only while the scoring part is on its way (or could not be fetched). */
  private evaluated: EvaluatedHazard[] | undefined = [];
  private lastScores = '';
  private stopBlocked: (() => void) | undefined;
  private started = false;
  private listedSave = '';
  private readonly partStyles: CSSResult[] = [];
  /** An edit was made while the scheme was being worked out: record the scheme once it is. */
  private schemeToRecord = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopBlocked = onDatabaseBlocked(() => (this.blocked = true));
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopBlocked?.();
  }

  /** Opens the most recent assessment under this storage key, or a new one. */
  private async start(): Promise<void> {
    this.startFailed = false;
    try {
      const repository = await this.draft.connect(this.repository);
      await this.packs.start(repository);
      await this.list.openNewest();
    } catch {
      this.startFailed = true;
      return;
    }
    this.blocked = false;
    this.started = true;
    this.loadSchemeSrc();
  }

  /** Fetched only once storage is open, so the pack is kept and nothing loaded later overwrites it. */
  private loadSchemeSrc(): void {
    if (this.schemeSrc) void this.packs.loadUrl(this.schemeSrc);
  }

  get assessment(): Assessment {
    return this.draft.value ?? emptyAssessment('');
  }

  /** ActionsHost: the hazards as scored and the scheme they fall under, as last drawn. */
  get scored() {
    return { evaluated: this.evaluated, resolved: this.resolved };
  }

  /** AssessmentListHost: a different assessment was opened, so earlier checks no longer apply. */
  assessmentOpened(): void {
    this.checked = false;
    this.errors = [];
    this.schemeToRecord = false;
    this.parts.assessmentOpened();
  }

  /** OfficerPartsHost: a part's styles join the view's own as the part arrives, so the first screen carries none of them. */
  addPartStyles(styles: CSSResult): void {
    this.partStyles.push(styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...OfficerAssessment.elementStyles, ...this.partStyles]);
  }

  /** A finalised assessment, or a kept revision, is never edited; changes go into a new revision. */
  get readOnly(): boolean {
    return Boolean(this.assessment.finalised) || isRevisionKey(this.draft.key);
  }

  get statementEditable(): boolean {
    return Boolean(this.assessment.finalised) && !isRevisionKey(this.draft.key);
  }

  /** StatementHost: the scored hazards, once the finalising part is here. */
  statementHazards() {
    return this.parts.finalising.module?.statementHazards(this.evaluated ?? [], this.resolved.scheme) ?? [];
  }

  /** FinaliseHost (so only once the finalising part is here): complete, and scored under a scheme (never finalised unscored). */
  finaliseErrors(): FieldError[] {
    return this.parts.finalising.module!.finaliseErrors(this.assessment, this.problems(this.assessment), this.scheme());
  }

  showErrors(errors: FieldError[]): void {
    this.checked = true;
    this.errors = errors;
    this.focusAfterRender = 'error-summary';
  }

  announce(message: string | undefined, focusId?: string): void {
    if (message !== undefined) this.announcement = message;
    this.focusAfterRender = focusId;
    this.requestUpdate();
  }

  refreshList(): Promise<void> {
    return this.list.refresh();
  }

  commitAssessment(next: Assessment): void {
    this.commit(next);
  }

  /** The scheme the assessment falls under: its code and tables are fetched once there is something to choose by. */
  private scheme(assessment = this.assessment): ResolvedScheme {
    if (!canChoose(assessment.details, this.schemeId, assessment.schemeId)) return NEEDS_DETAILS;
    const choosing = this.parts.choosing.get();
    return choosing ? choosing.resolveScheme(assessment.details, this.schemeId, this.packs.all(this.loadedSchemes), assessment.schemeId) : CHOOSING;
  }

  /** Every edit goes through here: the scheme it falls under is recorded, and it is saved within 500 ms. */
  private commit(next: Assessment): void {
    if (this.readOnly) return;
    const resolved = this.scheme(next);
    // A scheme named by the record but not loaded here is kept as recorded, never replaced silently; so is one
    // still being worked out, until it is.
    const keep = resolved.missingRecorded === true || resolved.pending === true;
    this.schemeToRecord = resolved.pending === true;
    this.draft.update({
      ...next,
      schemeId: keep ? next.schemeId : (resolved.scheme?.id ?? null),
      schemeVersion: keep ? (next.schemeVersion ?? null) : (resolved.scheme?.version ?? null),
    });
    if (this.checked) this.errors = this.problems(this.draft.value!);
  }

  /** What is missing: known once the checking code is here, which the first Check or Finalise fetches. */
  private problems(assessment: Assessment): FieldError[] {
    return this.parts.checking.module?.validateAssessment(assessment, this.evaluate(assessment) ?? []) ?? [];
  }

  /** Undefined while the scoring part is on its way: an assessment without hazards needs none. */
  private evaluate(assessment: Assessment): EvaluatedHazard[] | undefined {
    if (assessment.hazards.length === 0) return [];
    return this.parts.scoring.get()?.evaluateAssessment(assessment, this.scheme(assessment).scheme);
  }

  private changeDetails = (patch: Partial<AssessmentDetails>) => this.commit(withDetails(this.assessment, patch));

  private changeHazard = (index: number, patch: Partial<HazardEntry>) => this.commit(withHazard(this.assessment, index, patch));

  /** HazardEditsHost: the governing scheme's hazards, else the 2005 list (hazards can be added before it is fixed). */
  get hazards(): readonly Hazard[] {
    return this.scheme().scheme?.hazards ?? ENGLAND_2005_HAZARDS;
  }

  /** The first check fetches the checking code, and the scoring part if there are hazards, then checks. */
  private check = (): void => {
    if (!this.parts.whenCheckable(this.check)) return;
    this.checked = true;
    this.errors = this.problems(this.assessment);
    this.announcement = this.errors.length === 0 ? this.parts.checking.module!.checkText('checkedOk') : '';
    this.focusAfterRender = this.errors.length ? 'error-summary' : undefined;
  };

  private askFinalise = (): void => {
    if (this.parts.whenFinalisable(this.askFinalise)) this.parts.finalise!.ask();
  };

  private async importFile(file: File): Promise<void> {
    const imported = await this.list.code!.importFile(this.list, file);
    if (imported) this.announcement = imported;
    else this.focusAfterRender = 'import-problems';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('schemeSrc') && this.started) this.loadSchemeSrc();
    this.resolved = this.scheme();
    if (this.schemeToRecord && !this.resolved.pending) {
      this.schemeToRecord = false;
      this.commit(this.assessment);
    }
    this.evaluated = this.evaluate(this.assessment);
    this.parts.prepareFor(this.assessment);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A draft's first save puts it in the list: refresh once per save, never for a draft not yet stored.
    const saved = `${this.draft.key}@${this.draft.savedAt}`;
    if (this.draft.savedAt && saved !== this.listedSave && this.list.drafts.every((d) => d.key !== this.draft.key)) {
      this.listedSave = saved;
      void this.list.refresh();
    }
    this.announceScores();
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (target === 'error-summary') focusErrorSummary(this.renderRoot as ShadowRoot);
    else if (target === 'pack-problems') this.renderRoot.querySelector<HTMLElement>('[data-pack-problems]')?.focus();
    else if (target === 'import-problems') this.renderRoot.querySelector<HTMLElement>('[data-import-problems]')?.focus();
    else if (target) this.focusById(target);
  }

  /** A hazard just added is drawn once the scoring part arrives: focus goes to it then. */
  private focusById(id: string): void {
    const found = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (found) found.focus();
    else if (this.evaluated === undefined && !this.parts.scoring.failed) this.focusAfterRender = id;
  }

  private announceScores(): void {
    if (!this.evaluated || this.resolved.pending) return;
    const scheme = this.resolved.scheme;
    const hazards = this.parts.scoring.module?.scoredHazards(this.evaluated) ?? [];
    const signature = JSON.stringify([this.draft.key, scheme?.id, hazards]);
    if (signature === this.lastScores || this.draft.status === 'loading') return;
    this.lastScores = signature;
    this.dispatchEvent(new HhsrsScoreChangeEvent(this.assessment.id, scheme?.id ?? '', hazards));
  }

  override render() {
    if (this.startFailed) {
      return html`<div role="alert">
        <p>${ON_DEMAND_WORDS.failed}</p>
        <button type="button" class="button button--secondary" @click=${() => void this.start()}>${ON_DEMAND_WORDS.tryAgain}</button>
      </div>`;
    }
    if (this.draft.status === 'loading' && !this.draft.value) {
      return this.blocked
        ? html`<p class="warning-text" role="alert" data-blocked>${this.t('blocked')}</p>`
        : html`<p role="status">Loading…</p>`;
    }
    const t = this.t;
    // Until the print view has arrived, the browser's own print (Ctrl+P) prints the form itself.
    return html`
      <div class=${this.readOnly || this.printViewReady ? 'screen-only' : ''}>
        <h1>${t('title')}</h1>
        <p>${t('intro')}</p>
        <p class="secondary small">${t('scopeNote')}</p>
        ${this.renderToolbar()}
      </div>
      ${this.readOnly ? this.renderFinalised() : this.renderEditing()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    `;
  }

  private renderToolbar() {
    const { list, actions } = this;
    return toolbar({
      t: this.t, draft: this.draft as DraftController<unknown>, drafts: list.drafts, importProblems: list.importProblems, blocked: this.blocked, busy: this.actions.status,
      printActions: !this.readOnly,
      newAssessment: () => void list.open(list.newKey()),
      open: (key) => void list.open(key),
      duplicate: (key) => void actions.attempt(list.fetchCode, (code) => code.duplicate(list, key)),
      pendingDelete: list.pendingDelete,
      askDelete: (key) => void actions.attempt(list.fetchCode, () => {
        list.askDelete(key);
        this.focusAfterRender = 'confirm-delete';
      }),
      confirmDelete: (key, title) =>
        list.code!.confirmDelete(title, () => void actions.attempt(list.fetchCode, (code) => code.remove(list, key)), () => list.askDelete(undefined)),
      exportFile: () => void actions.attempt(assessmentFiles, (files) => files.exportAssessment(this.assessment)),
      importFile: (file) => void actions.attempt(list.fetchCode, () => this.importFile(file)),
      print: () => void actions.print(),
      pdf: () => void actions.pdf(),
      retry: () => void this.draft.flush(),
      conflict: (message) => {
        const code = this.parts.conflict.get();
        if (!code) return this.parts.conflict.placeholder();
        return code.conflictBanner(message, () => void code.keepMineAsNew(list), () => void this.draft.useSavedVersion());
      },
    });
  }

  private renderFinalised() {
    const waiting = this.parts.finalisedWaiting();
    if (waiting) return waiting;
    const { parts, actions } = this;
    return parts.finalising.module!.finalisedView({
      assessment: this.assessment, key: this.draft.key!, finalise: parts.finalise!, statement: parts.statement!,
      statementHazards: this.statementHazards(), statementEditable: this.statementEditable, evaluated: this.evaluated ?? [], resolved: this.resolved,
      root: this.renderRoot as ShadowRoot, busy: actions.status, print: () => void actions.print(), pdf: () => void actions.pdf(), open: (key) => void this.list.open(key),
    });
  }

  private get printViewReady(): boolean {
    return Boolean(this.parts.printout.module && this.evaluated);
  }

  private renderEditing() {
    const { t, assessment, parts } = this;
    const errorFor = (id: string) => this.errors.find((e) => e.fieldId === id)?.message;
    const printout = parts.printout.module;
    return editingPage({
      t, assessment, resolved: this.resolved, errors: this.errors, errorFor,
      root: this.renderRoot as ShadowRoot, hazards: this.hazards, add: (hazardId) => addHazard(this, hazardId), undoNote: parts.moves?.undoNote() ?? nothing,
      schemeInUse: this.resolved.scheme ? parts.choosing.module!.schemeInUse(this.resolved.scheme) : nothing,
      schemeWaiting: this.resolved.pending ? parts.choosing.placeholder() : nothing,
      packs: this.packs.all(this.loadedSchemes), packProblems: this.packs.problems, loadPack: (file) => void this.packs.loadFile(file),
      filter: this.filter, setFilter: (value) => (this.filter = value),
      changeDetails: this.changeDetails,
      ...this.renderScored(errorFor),
      finalise: parts.finalise?.asking ? parts.finalising.module!.finaliseForm(parts.finalising.module!.finaliseText, parts.finalise) : html`${finaliseButtons(t, this.check, this.askFinalise)}${parts.actionWaiting()}`,
      printView: printout && this.evaluated ? printout.printView(printout.assessmentDocument(assessment, this.evaluated, this.resolved, new Date().toISOString())) : undefined,
    });
  }

  /** The hazard cards and the summary: drawn by the scoring part, which a new assessment does not need yet. */
  private renderScored(errorFor: (id: string) => string | undefined) {
    const { assessment, evaluated, resolved } = this;
    const scoring = this.parts.scoring.module;
    if (assessment.hazards.length === 0) return { cards: nothing, summary: nothingScored(this.t) };
    if (!scoring || !evaluated) return { cards: this.parts.scoring.placeholder(), summary: nothing };
    const moves = this.parts.moves!;
    return {
      cards: scoring.hazardCards({ assessment, evaluated, scheme: resolved.scheme, errorFor, change: this.changeHazard, move: moves.move, remove: moves.remove, photos: this.parts.photos! }),
      summary: scoring.summary(assessment, evaluated, resolved.scheme),
    };
  }

}
