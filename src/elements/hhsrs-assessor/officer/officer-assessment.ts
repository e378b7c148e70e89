import { adoptStyles, html, LitElement, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Hazard, HazardEntry, Scheme } from '../../../core/index.ts';
import { ENGLAND_2005_HAZARDS } from '../../../core/scheme/england-2005-hazards.ts';
import { ASSESSMENT_SCHEMA_VERSION, assessmentOverLimits, emptyAssessment } from '../../../schema/assessment-values.ts';
import type { Assessment, AssessmentDetails } from '../../../schema/assessment.ts';
import type { DraftRepository } from '../../../storage/repository.ts';
import { DraftController } from '../../controllers/draft-controller.ts';
import { Arriving, arrivingStyles, RESERVED_HEIGHT } from '../../controllers/arriving.ts';
import { HeadingLevels } from '../../controllers/heading-level.ts';
import { OnDemand } from '../../controllers/on-demand.ts';
import { translator } from '../../i18n.ts';
import type { FieldError } from '../../ui/error-summary.ts';
import { sharedStyles } from '../../ui/styles.ts';
import { editingPage, printViewReady } from './screens/editing/editing-page.ts';
import { assessmentTitle, isRevisionKey } from './revisions.ts';
import { officerMessages } from './messages.ts';
import { officerStyles } from './officer.styles.ts';
import { OfficerParts } from './officer-parts.ts';
import { OpeningController } from './opening-controller.ts';
import { PendingFocus } from './pending-focus.ts';
import { SchemeController } from './scheme-controller.ts';
import { SchemePacksController } from './screens/editing/scheme-packs-controller.ts';
import { scoreAnnouncer } from './score-announcer.ts';
import { ActionsController } from './screens/printing/actions-controller.ts';
import { AssessmentListController } from './screens/list/assessment-list.ts';
import { withDetails, withHazard } from './assessment-edits.ts';
import { addHazard } from './screens/editing/hazard-edits.ts';
import { LATER, SCREENS } from './screens.ts';
import type { PrintDocument } from '../../../print/document.ts';
import { toolbar } from './screens/list/toolbar.ts';

/** The officer's view inside `<hhsrs-assessor mode="officer">`: one dwelling's assessment, saved as it is typed. */
export class OfficerAssessment extends LitElement {
  static override styles = [...sharedStyles, officerStyles, arrivingStyles(RESERVED_HEIGHT.officer)];

  @property({ attribute: false }) storageKey = 'hhsrs-assessor:officer';
  @property({ attribute: false }) repository: DraftRepository | undefined;
  @property({ attribute: false }) schemeId: string | undefined;
  @property({ attribute: false }) schemeSrc: string | undefined;
  /** Scheme packs available besides england-2005 (loaded from scheme-src or by the page). */
  @property({ attribute: false }) loadedSchemes: readonly Scheme[] = [];
  /** The level of the view's top heading (1–6; 1 when not given). */
  @property({ attribute: false }) headingLevel: number | undefined;

  @state() private filter = '';
  @state() private errors: FieldError[] = [];
  @state() private checked = false;
  @state() private announcement = '';

  readonly draft = new DraftController<Assessment>(this, {
    kind: 'assessment',
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    title: assessmentTitle,
    revive: async (value) => (await this.storedCode()).readStoredAssessment(value),
    explain: async (value) => (await this.storedCode()).storedAssessmentProblems(value),
    overLimits: assessmentOverLimits,
  });
  /** Reading stored assessments (the schema, with zod): fetched when the first one is opened, never for a new one. */
  private readonly stored = new OnDemand(this, LATER.stored);
  protected readonly headings = new HeadingLevels(this, 1, () => this.headingLevel);
  private readonly arriving = new Arriving(this);
  private readonly packs = new SchemePacksController(
    this,
    ({ loaded }) => {
      if (loaded) {
        this.announcement = `Scheme pack “${loaded.name}” loaded.`;
        if (this.draft.value) this.commit(this.draft.value);
      } else this.pendingFocus.target = 'pack-problems';
    },
    new OnDemand(this, LATER.packFiles),
  );
  /** The list's actions, and the choice after another tab saved: one screen, fetched on first use. */
  private readonly listActions = new OnDemand(this, LATER.listActions);
  /** The list of assessments: fetched once there is something in it. */
  private readonly drafts = new OnDemand(this, SCREENS.list.load);
  private readonly list = new AssessmentListController(this, this.listActions);
  private readonly t = translator(officerMessages, {}, 'en');
  private readonly parts = new OfficerParts(this);
  private readonly actions = new ActionsController(this, this.parts, this.t, new OnDemand(this, LATER.pdf));
  private readonly opening = new OpeningController(this, this.packs, this.list, this.t);
  private readonly scheme = new SchemeController(this, this.parts, this.packs);
  private readonly announceScores = scoreAnnouncer(this, this.parts, this.scheme);
  private readonly pendingFocus = new PendingFocus();
  private readonly partStyles: CSSResult[] = [];

  get assessment(): Assessment {
    return this.draft.value ?? emptyAssessment('');
  }

  /** ActionsHost and StatementHost: the hazards as scored and the scheme they fall under, as last drawn. */
  get scored(): Pick<SchemeController, 'evaluated' | 'resolved'> {
    return this.scheme;
  }

  /** AssessmentListHost: a different assessment was opened, so earlier checks no longer apply. */
  assessmentOpened(): void {
    this.checked = false;
    this.errors = [];
    this.scheme.assessmentOpened();
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

  /** FinaliseHost: what is missing, as a Check would show it. */
  missing(): FieldError[] {
    return this.problems(this.assessment);
  }

  /** StatementHost: the statement of reasons as a PDF. */
  downloadPdf(doc: PrintDocument): Promise<void> {
    return this.actions.downloadPdf(doc);
  }

  /** The code that reads stored assessments; a failed fetch rejects, so opening says it could not load. */
  private async storedCode() {
    const code = await this.stored.fetch();
    if (!code) throw new Error('The code that reads saved assessments could not be fetched');
    return code;
  }

  showErrors(errors: FieldError[]): void {
    this.checked = true;
    this.errors = errors;
    this.pendingFocus.target = 'error-summary';
  }

  announce(message: string | undefined, focusId?: string): void {
    if (message !== undefined) this.announcement = message;
    this.pendingFocus.target = focusId;
    this.requestUpdate();
  }

  refreshList(): Promise<void> {
    return this.list.refresh();
  }

  commitAssessment(next: Assessment): void {
    this.commit(next);
  }

  /** Every edit goes through here: the scheme it falls under is recorded, and it is saved within 500 ms. */
  private commit(next: Assessment): void {
    if (this.readOnly) return;
    this.draft.update(this.scheme.recorded(next));
    if (this.checked) this.errors = this.problems(this.draft.value!);
  }

  /**
   * What is missing, by the checking code that comes with finalising; a hazard's inputs are known once the hazard
   * cards' code is here. Check and Finalise wait for both, so until then nothing has been checked to change.
   */
  private problems(assessment: Assessment): FieldError[] {
    const checking = this.parts.finalising.module;
    return checking ? checking.validateAssessment(assessment, this.scheme.evaluate(assessment) ?? []) : this.errors;
  }

  private changeDetails = (patch: Partial<AssessmentDetails>) => this.commit(withDetails(this.assessment, patch));

  private changeHazard = (index: number, patch: Partial<HazardEntry>) =>
    this.commit(withHazard(this.assessment, index, patch));

  /** HazardEditsHost: the governing scheme's hazards, else the 2005 list (hazards can be added before it is fixed). */
  get hazards(): readonly Hazard[] {
    return this.scheme.resolve().scheme?.hazards ?? ENGLAND_2005_HAZARDS;
  }

  /** The first check fetches the checking code, the hazard cards' if there are hazards, and the scheme's. */
  private check = (): void => {
    const checking = this.parts.whenCheckable(this.check);
    if (!checking) return;
    this.checked = true;
    this.errors = this.problems(this.assessment);
    this.announcement = this.errors.length === 0 ? checking.checkText('checkedOk') : '';
    this.pendingFocus.target = this.errors.length ? 'error-summary' : undefined;
  };

  private askFinalise = (): void => {
    if (this.parts.whenFinalisable(this.askFinalise)) this.parts.finalise?.ask();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('schemeSrc')) this.opening.schemeSrcChanged();
    this.scheme.update(() => this.commit(this.assessment));
    this.parts.prepareFor(this.assessment);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.opening.screen()) this.arriving.arrived();
    this.list.listFirstSave();
    this.announceScores();
    // A hazard just added is drawn once the scoring part arrives: focus goes to it then.
    this.pendingFocus.apply(
      this.renderRoot as ShadowRoot,
      this.scheme.evaluated === undefined && !this.parts.scoring.failed,
    );
  }

  override render() {
    const opening = this.opening.screen();
    if (opening) return opening;
    const { t, list, actions, parts, scheme, assessment, readOnly } = this;
    const root = this.renderRoot as ShadowRoot;
    // Until the print view has arrived, the browser's own print (Ctrl+P) prints the form itself.
    return html`
      <div class=${readOnly || printViewReady(parts, scheme) ? 'screen-only' : ''}>
        <h1>${t('title')}</h1>
        <p>${t('intro')}</p>
        <p class="secondary small">${t('scopeNote')}</p>
        ${toolbar({
          t,
          view: this,
          list,
          actions,
          listActions: this.listActions,
          drafts: this.drafts,
          conflict: parts.conflict,
          blocked: this.opening.blocked,
          readOnly,
          focus: (id) => (this.pendingFocus.target = id),
          say: (message) => (this.announcement = message),
        })}
      </div>
      ${
        readOnly
          ? this.finalised(root)
          : editingPage({
              t,
              assessment,
              scheme,
              parts,
              root,
              errors: this.errors,
              hazards: this.hazards,
              add: (hazardId) => addHazard(this, hazardId),
              packs: this.packs,
              loadedSchemes: this.loadedSchemes,
              filter: this.filter,
              setFilter: (value) => (this.filter = value),
              changeDetails: this.changeDetails,
              changeHazard: this.changeHazard,
              check: this.check,
              askFinalise: this.askFinalise,
            })
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    `;
  }

  /** A finalised assessment, or a kept revision, once the parts it is drawn with are here. */
  private finalised(root: ShadowRoot) {
    const { draft, list, actions, parts, scheme, assessment } = this;
    const waiting = parts.finalisedWaiting();
    const part = parts.finalising.module;
    if (waiting || !part || !draft.key) return waiting ?? nothing;
    return part.finalisedView({
      assessment,
      key: draft.key,
      finalise: part.finalise,
      statement: part.statement,
      evaluated: scheme.evaluated ?? [],
      resolved: scheme.resolved,
      busy: actions.status,
      print: () => void actions.print(),
      pdf: () => void actions.pdf(),
      statementEditable: this.statementEditable,
      root,
      open: (key) => void list.open(key),
    });
  }
}
