import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyAssessment } from '../../../schema/assessment-values.ts';
import type { Assessment } from '../../../schema/assessment.ts';
import type { Problem } from '../../../schema/zod.ts';
import { pendingKeysUnder } from '../../../storage/pending.ts';
import type { StoredDraft } from '../../../storage/repository.ts';
import type { DraftController } from '../../controllers/draft-controller.ts';
import { REVISION_KIND } from './revisions.ts';
import { photosUsedBy, readStoredAssessment } from './stored-assessment.ts';

export interface AssessmentListHost extends ReactiveControllerHost {
  readonly storageKey: string;
  readonly draft: DraftController<Assessment>;
  /** Records an assessment as the officer's own change (so its scheme is worked out and it is saved). */
  commitAssessment(next: Assessment): void;
  /** Called whenever a different assessment is opened. */
  assessmentOpened(): void;
}

/** Importing and exporting assessment files (and zod, which checks them): fetched when first used. */
export const assessmentFiles = () => import('./assessment-file.ts');

/**
 * The officer's assessments under one storage key: open, start, duplicate, delete (after a yes), import.
 * Duplicating, deleting and importing need code fetched on first use: the host fetches it before asking.
 */
export class AssessmentListController implements ReactiveController {
  drafts: StoredDraft[] = [];
  pendingDelete: string | undefined;
  importProblems: Problem[] | undefined;

  constructor(private readonly host: AssessmentListHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  newKey(): string {
    return `${this.host.storageKey}/${crypto.randomUUID()}`;
  }

  private idOf(key: string): string {
    return key.slice(this.host.storageKey.length + 1);
  }

  async openNewest(): Promise<void> {
    const drafts = (await this.host.draft.repository?.listDrafts(this.host.storageKey)) ?? [];
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
    this.drafts = (await this.host.draft.repository?.listDrafts(this.host.storageKey)) ?? [];
    this.host.requestUpdate();
  }

  async duplicate(key: string): Promise<void> {
    const source = await this.host.draft.repository?.getDraft<unknown>(key);
    const value = source ? await readStoredAssessment(source.value) : undefined;
    if (value) await this.openAsNew(value);
  }

  askDelete(key: string | undefined): void {
    this.pendingDelete = key;
    this.host.requestUpdate();
  }

  async remove(key: string): Promise<void> {
    this.pendingDelete = undefined;
    await this.host.draft.repository?.deleteDraft(key);
    await this.deleteUnusedPhotos();
    if (key === this.host.draft.key) await this.openNewest();
    else await this.refresh();
  }

  /** Photos no stored assessment refers to any more (a kept revision or a copy may still use one). */
  private async deleteUnusedPhotos(): Promise<void> {
    const repository = this.host.draft.repository;
    if (!repository) return;
    // A photo just added is referenced once the open draft is written.
    await this.host.draft.flush();
    const drafts = await repository.listDrafts(this.host.storageKey);
    const used = await photosUsedBy(drafts);
    for (const evidence of await repository.listEvidence(this.host.storageKey)) {
      if (evidence.kind === 'photo' && !used.has(evidence.id)) await repository.deleteEvidence(evidence.id);
    }
  }

  /** An invalid file changes nothing and lists its problems; a valid one becomes a new assessment. */
  async importFile(file: File): Promise<boolean> {
    this.importProblems = undefined;
    const { importAssessment } = await assessmentFiles();
    const result = await importAssessment(file);
    if (!result.ok) {
      this.importProblems = result.problems;
      this.host.requestUpdate();
      return false;
    }
    await this.openAsNew(result.assessment);
    return true;
  }

  async keepMineAsNew(): Promise<void> {
    await this.host.draft.keepMineAs(this.newKey());
    await this.refresh();
  }

  /** A copy is a new draft: never finalised, and not a revision of anything (its id, and so its fingerprint, differ). */
  private async openAsNew(value: Assessment): Promise<void> {
    const key = this.newKey();
    await this.open(key);
    const { finalised: _f, previous: _p, statement: _s, ...copy } = structuredClone(value);
    this.host.commitAssessment({ ...copy, id: this.idOf(key) });
    await this.host.draft.flush();
    await this.refresh();
  }
}
