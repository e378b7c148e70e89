import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { emptyAssessment } from '../../../../../schema/assessment-values.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import { draftIdOf, draftKey, UNREADABLE_KIND } from '../../../../../storage/drafts/keys.ts';
import { pendingKeysUnder } from '../../../../../storage/drafts/pending.ts';
import type { StoredDraft } from '../../../../../storage/repository.ts';
import type { DraftController } from '../../../../controllers/draft-controller.ts';
import type { OnDemand } from '../../../../controllers/on-demand.ts';
import { REVISION_KIND } from '../../revisions.ts';

/** What the list itself asks of its actions' code (the toolbar uses the rest). */
export interface ListActions {
  mismatchedKeys(drafts: readonly StoredDraft[]): Promise<Set<string>>;
}

export interface AssessmentListHost extends ReactiveControllerHost {
  readonly storageKey: string;
  readonly draft: DraftController<Assessment>;
  /** Records an assessment as the officer's own change (so its scheme is worked out and it is saved). */
  commitAssessment(next: Assessment): void;
  /** Called whenever a different assessment is opened. */
  assessmentOpened(): void;
}

/**
 * The officer's assessments under one storage key: open, start, duplicate, delete (after a yes), import.
 * Duplicating, deleting, importing and exporting are in `index.ts`, fetched on first use.
 */
export class AssessmentListController implements ReactiveController {
  drafts: StoredDraft[] = [];
  pendingDelete: string | undefined;
  /** Why the last file chosen was not imported, drawn by the code that imported it. */
  importProblems: TemplateResult | undefined;
  /** The listed finalised records (and kept revisions) whose fingerprint does not match what is stored. */
  mismatched: ReadonlySet<string> = new Set();
  private listedSave = '';

  constructor(
    readonly host: AssessmentListHost,
    /** The list's actions (screens/list/index.ts), with the schema that reads assessments: fetched on first use. */
    readonly actions: OnDemand<ListActions>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  newKey(): string {
    return draftKey(this.host.storageKey, crypto.randomUUID());
  }

  idOf(key: string): string {
    return draftIdOf(this.host.storageKey, key);
  }

  async openNewest(): Promise<void> {
    const drafts = await this.listed();
    // Work stashed as a page closed comes first: it may be a new assessment that never reached storage.
    const stashed = pendingKeysUnder(this.host.storageKey)[0];
    // Kept revisions open only when asked for: the newest working assessment is the one to carry on with.
    await this.open(stashed ?? drafts.find((d) => d.kind !== REVISION_KIND)?.key ?? this.newKey());
  }

  async open(key: string): Promise<void> {
    await this.host.draft.open(key, emptyAssessment(this.idOf(key)));
    this.host.assessmentOpened();
    await this.refresh();
  }

  async refresh(): Promise<void> {
    this.drafts = await this.listed();
    this.host.requestUpdate();
    // Each finalised record is checked as it is listed, so one changed outside this tool is marked there.
    if (this.drafts.some((d) => d.kind === REVISION_KIND || (d.value as { finalised?: unknown } | null)?.finalised)) {
      const code = await this.actions.fetch();
      this.mismatched = (await code?.mismatchedKeys(this.drafts)) ?? new Set();
      this.host.requestUpdate();
    }
  }

  /** The assessments under the storage key; unreadable records are shown apart, in their own banner. */
  private async listed(): Promise<StoredDraft[]> {
    const drafts = (await this.host.draft.repository?.listDrafts(this.host.storageKey)) ?? [];
    return drafts.filter((d) => d.kind !== UNREADABLE_KIND);
  }

  /** After each render. A draft's first save puts it in the list: refresh once per save, never for a draft not yet stored. */
  listFirstSave(): void {
    const { draft } = this.host;
    const saved = `${draft.key}@${draft.savedAt}`;
    if (draft.savedAt && saved !== this.listedSave && this.drafts.every((d) => d.key !== draft.key)) {
      this.listedSave = saved;
      void this.refresh();
    }
  }

  askDelete(key: string | undefined): void {
    this.pendingDelete = key;
    this.host.requestUpdate();
  }
}
