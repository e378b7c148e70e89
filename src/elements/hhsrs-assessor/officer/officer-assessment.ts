import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ENGLAND_2005, evaluateHazard, summariseAssessment, type EvaluatedHazard, type HazardEntry, type Scheme } from '../../../core/index.ts';
import { emptyAssessment, reviveAssessment, ASSESSMENT_SCHEMA_VERSION, type Assessment, type AssessmentDetails } from '../../../schema/assessment.ts';
import type { Problem } from '../../../schema/zod.ts';
import { onDatabaseBlocked } from '../../../storage/open.ts';
import type { DraftRepository, StoredDraft } from '../../../storage/repository.ts';
import { DraftController } from '../../controllers/draft-controller.ts';
import { HhsrsScoreChangeEvent } from '../../events.ts';
import { translator } from '../../i18n.ts';
import { errorSummary, focusErrorSummary, type FieldError } from '../../ui/error-summary.ts';
import { printView } from '../../ui/print-view.ts';
import { sharedStyles } from '../../ui/styles.ts';
import { detailsSection } from './details-section.ts';
import { exportAssessment, importAssessment, downloadAssessmentPdf, assessmentDocument } from './files.ts';
import { hazardCard, type HazardCardContext } from './hazard-card.ts';
import { hazardPicker } from './hazard-picker.ts';
import { officerMessages } from './messages.ts';
import { likelihoodWidth, officerStyles } from './officer.styles.ts';
import { resolveScheme, type ResolvedScheme } from './scheme-choice.ts';
import { fetchSchemePack, readSchemePackFile, schemePacksSection } from './scheme-packs.ts';
import type { SchemeParse } from '../../../schema/scheme.ts';
import { summarySection } from './summary-section.ts';
import { toolbar } from './toolbar.ts';
import { validateAssessment } from './validate.ts';

/** The officer's view inside `<hhsrs-assessor mode="officer">`: one dwelling's assessment, saved as it is typed. */
export class OfficerAssessment extends LitElement {
  static override styles = [...sharedStyles, officerStyles, likelihoodWidth];

  @property({ attribute: false }) storageKey = 'hhsrs-assessor:officer';
  @property({ attribute: false }) repository: DraftRepository | undefined;
  @property({ attribute: false }) schemeId: string | undefined;
  @property({ attribute: false }) schemeSrc: string | undefined;
  /** Scheme packs available besides england-2005 (loaded from scheme-src or by the page). */
  @property({ attribute: false }) loadedSchemes: readonly Scheme[] = [];

  @state() private filter = '';
  @state() private errors: FieldError[] = [];
  @state() private checked = false;
  @state() private drafts: StoredDraft[] = [];
  @state() private importProblems: Problem[] | undefined;
  @state() private announcement = '';
  @state() private busy: string | undefined;
  @state() private blocked = false;
  @state() private pendingDelete: string | undefined;
  /** Packs kept in this browser from earlier loads, by `scheme-src` or by file. */
  @state() private storedSchemes: Scheme[] = [];
  @state() private packProblems: { source: string; problems: readonly Problem[] } | undefined;
  @state() private removed: { entry: HazardEntry; index: number; name: string } | undefined;

  readonly draft = new DraftController<Assessment>(this, {
    kind: 'assessment',
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    title: (a) => [a.details.address, a.details.reference].filter(Boolean).join(' — '),
    revive: reviveAssessment,
  });
  private readonly t = translator(officerMessages, {}, 'en');
  private focusAfterRender: string | undefined;
  /** Worked out once per update and shared by the page, the print view and the score event. */
  private resolved: ResolvedScheme = { scheme: undefined, message: undefined };
  private evaluated: EvaluatedHazard[] = [];
  private lastScores = '';
  private stopBlocked: (() => void) | undefined;
  private started = false;

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
    const repository = await this.draft.connect(this.repository);
    this.storedSchemes = await repository.listSchemePacks();
    const drafts = await repository.listDrafts(this.storageKey);
    await this.openDraft(drafts[0]?.key ?? this.newKey());
    this.started = true;
    this.loadSchemeSrc();
  }

  /** Fetched only once storage is open, so the pack is kept and nothing loaded later overwrites it. */
  private loadSchemeSrc(): void {
    const source = this.schemeSrc;
    if (source) void fetchSchemePack(source).then((result) => this.takePack(`The scheme pack at ${source}`, result));
  }

  get assessment(): Assessment {
    return this.draft.value ?? emptyAssessment('');
  }

  private newKey(): string {
    return `${this.storageKey}/${crypto.randomUUID()}`;
  }

  async openDraft(key: string): Promise<void> {
    await this.draft.open(key, emptyAssessment(key.slice(this.storageKey.length + 1)));
    this.checked = false;
    this.errors = [];
    await this.refreshDrafts();
  }

  private async refreshDrafts(): Promise<void> {
    this.drafts = (await this.draft.repository?.listDrafts(this.storageKey)) ?? [];
  }

  /** Packs given by the page take precedence over packs stored from earlier visits. */
  private get schemes(): Scheme[] {
    const given = new Set(this.loadedSchemes.map((s) => s.id));
    return [...this.loadedSchemes, ...this.storedSchemes.filter((s) => !given.has(s.id))];
  }

  private scheme(assessment = this.assessment): ResolvedScheme {
    return resolveScheme(assessment.details, this.schemeId, this.schemes, assessment.schemeId);
  }

  /** A validated pack is kept in this browser and used at once; a refused one changes nothing. */
  private async takePack(source: string, result: SchemeParse): Promise<void> {
    if (!result.ok) {
      this.packProblems = { source, problems: result.problems };
      this.focusAfterRender = 'pack-problems';
      return;
    }
    this.packProblems = undefined;
    await this.draft.repository?.saveSchemePack(result.scheme);
    this.storedSchemes = [...this.storedSchemes.filter((s) => s.id !== result.scheme.id), result.scheme];
    this.announcement = `Scheme pack “${result.scheme.name}” loaded.`;
    if (this.draft.value) this.commit(this.draft.value);
  }

  /** Every edit goes through here: the scheme it falls under is recorded, and it is saved within 500 ms. */
  private commit(next: Assessment): void {
    const resolved = this.scheme(next);
    // A scheme named by the record but not loaded here is kept as recorded, never replaced silently.
    const keep = resolved.missingRecorded === true;
    this.draft.update({
      ...next,
      schemeId: keep ? next.schemeId : (resolved.scheme?.id ?? null),
      schemeVersion: keep ? (next.schemeVersion ?? null) : (resolved.scheme?.version ?? null),
    });
    if (this.checked) this.errors = validateAssessment(this.draft.value!, this.evaluate(this.draft.value!), this.t);
  }

  private evaluate(assessment: Assessment): EvaluatedHazard[] {
    const scheme = this.scheme(assessment).scheme;
    return assessment.hazards.map((entry) => {
      const item = evaluateHazard(entry, scheme ?? ENGLAND_2005);
      // Without a scheme for this nation and date nothing is scored: FACTS §7, never silently under old tables.
      if (scheme) return item;
      const { result: _r, working: _w, sensitivity: _s, ...unscored } = item;
      return unscored;
    });
  }

  private changeDetails = (patch: Partial<AssessmentDetails>) =>
    this.commit({ ...this.assessment, details: { ...this.assessment.details, ...patch } });

  private changeHazard = (index: number, patch: Partial<HazardEntry>) =>
    this.commit({ ...this.assessment, hazards: this.assessment.hazards.map((h, i) => (i === index ? { ...h, ...patch } : h)) });

  private addHazard = (hazardId: string) => {
    const hazards = [...this.assessment.hazards, { hazardId, likelihood: null, mostLikelyClass: null, spread: [0, 0, 0, 0] as const, justification: '' }];
    this.commit({ ...this.assessment, hazards });
    const hazard = this.tables.hazards.find((h) => h.id === hazardId);
    this.announcement = `${hazard?.number}. ${hazard?.name} added.`;
    this.focusAfterRender = `hazard-${hazards.length - 1}-title`;
  };

  private moveHazard = (index: number, delta: -1 | 1) => {
    const hazards = [...this.assessment.hazards];
    const [moved] = hazards.splice(index, 1);
    hazards.splice(index + delta, 0, moved!);
    this.commit({ ...this.assessment, hazards });
    this.focusAfterRender = `hazard-${index + delta}-title`;
  };

  private removeHazard = (index: number) => {
    const entry = this.assessment.hazards[index]!;
    const hazard = this.tables.hazards.find((h) => h.id === entry.hazardId);
    this.removed = { entry, index, name: `${hazard?.number}. ${hazard?.name}` };
    this.commit({ ...this.assessment, hazards: this.assessment.hazards.filter((_, i) => i !== index) });
    this.focusAfterRender = 'undo-remove';
  };

  private undoRemove = () => {
    if (!this.removed) return;
    const hazards = [...this.assessment.hazards];
    hazards.splice(this.removed.index, 0, this.removed.entry);
    this.commit({ ...this.assessment, hazards });
    this.focusAfterRender = `hazard-${this.removed.index}-title`;
    this.removed = undefined;
  };

  /** The scheme whose lists fill the inputs: the governing one, else 2005 (inputs work before it is fixed). */
  private get tables(): Scheme {
    return this.scheme().scheme ?? ENGLAND_2005;
  }

  private check = () => {
    this.checked = true;
    this.errors = validateAssessment(this.assessment, this.evaluate(this.assessment), this.t);
    this.announcement = this.errors.length === 0 ? this.t('checkedOk') : '';
    this.focusAfterRender = this.errors.length ? 'error-summary' : undefined;
  };

  private async duplicateDraft(key: string): Promise<void> {
    const source = await this.draft.repository?.getDraft<Assessment>(key);
    const value = source ? reviveAssessment(source.value) : undefined;
    if (!value) return;
    const newKey = this.newKey();
    await this.openDraft(newKey);
    this.commit({ ...structuredClone(value), id: newKey.slice(this.storageKey.length + 1) });
    await this.draft.flush();
    await this.refreshDrafts();
  }

  private async deleteDraft(key: string): Promise<void> {
    this.pendingDelete = undefined;
    await this.draft.repository?.deleteDraft(key);
    if (key === this.draft.key) await this.openDraft((await this.draft.repository!.listDrafts(this.storageKey))[0]?.key ?? this.newKey());
    else await this.refreshDrafts();
  }

  private async importFile(file: File): Promise<void> {
    this.importProblems = undefined;
    const result = await importAssessment(file);
    if (!result.ok) {
      this.importProblems = result.problems;
      this.focusAfterRender = 'import-problems';
      return;
    }
    this.importProblems = undefined;
    const key = this.newKey();
    await this.openDraft(key);
    this.commit({ ...result.assessment, id: key.slice(this.storageKey.length + 1) });
    await this.draft.flush();
    await this.refreshDrafts();
    this.announcement = this.t('imported', result.assessment.details.address || this.t('untitled'));
  }

  private async pdf(): Promise<void> {
    this.busy = this.t('preparingPdf');
    try {
      await downloadAssessmentPdf(this.printDocument());
      this.busy = undefined;
    } catch {
      this.busy = this.t('pdfFailed');
    }
  }

  private printDocument() {
    return assessmentDocument(this.assessment, this.evaluated, this.resolved, new Date().toISOString());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('schemeSrc') && this.started) this.loadSchemeSrc();
    this.resolved = this.scheme();
    this.evaluated = this.evaluate(this.assessment);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.draft.status === 'saved' && this.drafts.every((d) => d.key !== this.draft.key)) void this.refreshDrafts();
    this.announceScores();
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (target === 'error-summary') focusErrorSummary(this.renderRoot as ShadowRoot);
    else if (target === 'pack-problems') this.renderRoot.querySelector<HTMLElement>('[data-pack-problems]')?.focus();
    else if (target === 'import-problems') this.renderRoot.querySelector<HTMLElement>('[data-import-problems]')?.focus();
    else if (target) this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  private announceScores(): void {
    const scheme = this.resolved.scheme;
    const hazards = this.evaluated.flatMap((item) =>
      item.result && item.hazard
        ? [{ hazardId: item.hazard.id, hazardNumber: item.hazard.number, score: item.result.score, rawScore: item.result.rawScore, band: item.result.band, category: item.result.category }]
        : [],
    );
    const signature = JSON.stringify([this.draft.key, scheme?.id, hazards]);
    if (signature === this.lastScores || this.draft.status === 'loading') return;
    this.lastScores = signature;
    this.dispatchEvent(new HhsrsScoreChangeEvent(this.assessment.id, scheme?.id ?? '', hazards));
  }

  override render() {
    if (this.draft.status === 'loading' && !this.draft.value) return html`<p role="status">Loading…</p>`;
    const t = this.t;
    const assessment = this.assessment;
    const { resolved, evaluated } = this;
    const summary = summariseAssessment(evaluated, resolved.scheme ?? ENGLAND_2005, {
      nation: assessment.details.nation || 'england',
      hmoOrCommonParts: assessment.details.hmoOrCommonParts,
    });
    const errorFor = (id: string) => this.errors.find((e) => e.fieldId === id)?.message;
    const card: HazardCardContext = {
      t, scheme: resolved.scheme, tables: this.tables, count: assessment.hazards.length, errorFor,
      change: this.changeHazard, move: this.moveHazard, remove: this.removeHazard,
    };
    return html`
      <div class="screen-only">
        <h1>${t('title')}</h1>
        <p>${t('intro')}</p>
        <p class="secondary small">${t('scopeNote')}</p>
        ${toolbar({
          t, draft: this.draft as DraftController<unknown>, drafts: this.drafts, importProblems: this.importProblems, blocked: this.blocked, busy: this.busy,
          newAssessment: () => void this.openDraft(this.newKey()),
          open: (key) => void this.openDraft(key),
          duplicate: (key) => void this.duplicateDraft(key),
          pendingDelete: this.pendingDelete,
          askDelete: (key) => {
            this.pendingDelete = key;
            this.focusAfterRender = key ? 'confirm-delete' : undefined;
          },
          remove: (key) => void this.deleteDraft(key),
          exportFile: () => exportAssessment(assessment),
          importFile: (file) => void this.importFile(file),
          print: () => print(),
          pdf: () => void this.pdf(),
          retry: () => void this.draft.flush(),
          useOther: () => void this.draft.useSavedVersion(),
          keepMine: () => void this.draft.keepMineAs(this.newKey()).then(() => this.refreshDrafts()),
        })}
        ${errorSummary(t('errorTitle'), this.errors, this.renderRoot as ShadowRoot)}
        ${detailsSection({ t, details: assessment.details, errorFor, change: this.changeDetails })}
        <h2>${t('schemeHeading')}</h2>
        ${resolved.scheme ? html`<p data-scheme=${resolved.scheme.id}>${t('schemeInUse', resolved.scheme.name, resolved.scheme.source)}</p>` : nothing}
        ${resolved.scheme?.example ? html`<p class="warning-text">${t('schemeExample')}</p>` : nothing}
        ${resolved.message ? html`<p class=${resolved.scheme ? 'warning-text' : 'inset'} data-scheme-message>${resolved.message}</p>` : nothing}
        ${schemePacksSection({
          packs: this.schemes,
          problems: this.packProblems,
          load: (file) => void readSchemePackFile(file).then((result) => this.takePack(`The file “${file.name}”`, result)),
        })}
        <h2>${t('hazardsHeading')}</h2>
        ${assessment.hazards.length === 0 ? html`<p>${t('noHazards')}</p>` : nothing}
        ${this.removed
          ? html`<div class="inset" role="status"><p>${t('removed', this.removed.name)}</p>
              <button type="button" id="undo-remove" class="button button--secondary" @click=${this.undoRemove}>Undo</button></div>`
          : nothing}
        ${repeat(evaluated, (item) => item.entry.hazardId, (item, index) => hazardCard(item, index, card))}
        ${hazardPicker({
          t, hazards: this.tables.hazards, added: new Set(assessment.hazards.map((h) => h.hazardId)), filter: this.filter,
          setFilter: (value) => (this.filter = value), add: this.addHazard,
        })}
        ${summarySection(summary, t)}
        <div class="button-group no-print"><button type="button" class="button" @click=${this.check}>${t('checkButton')}</button></div>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${printView(this.printDocument())}
    `;
  }
}
