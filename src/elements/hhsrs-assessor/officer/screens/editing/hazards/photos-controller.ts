import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assessment, PhotoRef } from '../../../../../../schema/assessment.ts';
import { ON_DEMAND_WORDS, type OnDemand } from '../../../../../controllers/on-demand.ts';
import type * as Evidence from '../../../../../../evidence/prepare-evidence.ts';
import type { DraftController } from '../../../../../controllers/draft-controller.ts';
import type { Translate } from '../../../../../i18n.ts';
import { withHazard } from '../../../assessment-edits.ts';
import { photosUsedBy } from '../../../stored-assessment.ts';
import type { ScoringMessages } from './messages.ts';

export interface PhotosHost extends ReactiveControllerHost {
  readonly storageKey: string;
  readonly draft: DraftController<Assessment>;
  readonly assessment: Assessment;
  commitAssessment(next: Assessment): void;
  announce(message: string | undefined, focusId?: string): void;
}

/**
 * Photos per hazard: checked and re-encoded by prepareEvidence (images only, EXIF and GPS dropped), kept in
 * the evidence store (owner = storage key, record = `${assessmentId}:${hazardId}`) and referenced from the
 * hazard with their SHA-256. Previews are object URLs; where a page's CSP blocks blob: images a placeholder
 * shows instead. A removed photo's file is deleted unless another stored assessment (a kept revision, a
 * copy) still refers to it.
 */
export class PhotosController implements ReactiveController {
  /** Why the last photo offered for a hazard was refused, by hazard id. */
  readonly problems = new Map<string, string>();
  /** Photos whose preview could not be shown (blob: images blocked, or the file is missing). */
  readonly unavailable = new Set<string>();
  private readonly urls = new Map<string, string>();

  constructor(
    private readonly host: PhotosHost,
    private readonly t: Translate<ScoringMessages>,
    /** The code that checks and re-encodes photos, fetched when the first one is chosen. */
    private readonly evidence: OnDemand<typeof Evidence>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.forget();
  }

  /** Previews for the assessment now open (its photos are read from storage once). */
  async load(): Promise<void> {
    this.forget();
    const { assessment, draft } = this.host;
    const stored = (await draft.repository?.listEvidence(this.host.storageKey)) ?? [];
    for (const item of stored) {
      if (item.recordId.startsWith(`${assessment.id}:`)) this.urls.set(item.id, URL.createObjectURL(item.blob));
    }
    this.host.requestUpdate();
  }

  url(photoId: string): string | undefined {
    return this.unavailable.has(photoId) ? undefined : this.urls.get(photoId);
  }

  previewFailed(photoId: string): void {
    this.unavailable.add(photoId);
    this.host.requestUpdate();
  }

  async add(hazardId: string, file: File): Promise<void> {
    const repository = this.host.draft.repository;
    const code = await this.evidence.fetch();
    const prepared = code
      ? await code.prepareEvidence(file, { allow: ['image'] })
      : { ok: false as const, message: ON_DEMAND_WORDS.failed };
    this.problems.delete(hazardId);
    if (!prepared.ok) {
      this.problems.set(hazardId, prepared.message);
      return this.host.announce(undefined, `photos-${hazardId}-problem`);
    }
    const ref = {
      id: crypto.randomUUID(),
      sha256: prepared.sha256,
      originalName: prepared.originalName,
      type: prepared.type as PhotoRef['type'],
      size: prepared.size,
    };
    try {
      await repository?.putEvidence({
        ...ref,
        owner: this.host.storageKey,
        recordId: `${this.host.assessment.id}:${hazardId}`,
        kind: 'photo',
        takenAt: null,
        blob: prepared.blob,
        createdAt: new Date().toISOString(),
      });
    } catch (error) {
      this.problems.set(hazardId, this.t('photoNotSaved', prepared.originalName, (error as Error).message));
      return this.host.announce(undefined, `photos-${hazardId}-problem`);
    }
    this.urls.set(ref.id, URL.createObjectURL(prepared.blob));
    this.change(hazardId, (photos) => [...photos, ref]);
    this.host.announce(this.t('photoAdded', ref.originalName));
  }

  /** The file is deleted first (unless another stored assessment refers to it), then the hazard lets go of it. */
  async remove(hazardId: string, photo: PhotoRef): Promise<void> {
    const { draft } = this.host;
    const others = ((await draft.repository?.listDrafts(this.host.storageKey)) ?? []).filter(
      (d) => d.key !== draft.key,
    );
    // Without knowing whether another assessment uses the file, nothing is deleted or let go of.
    const used = await photosUsedBy(others).catch(() => undefined);
    if (!used) {
      this.problems.set(hazardId, ON_DEMAND_WORDS.failed);
      return this.host.announce(undefined, `photos-${hazardId}-problem`);
    }
    if (!used.has(photo.id)) await draft.repository?.deleteEvidence(photo.id);
    const url = this.urls.get(photo.id);
    if (url) URL.revokeObjectURL(url);
    this.urls.delete(photo.id);
    this.change(hazardId, (photos) => photos.filter((p) => p.id !== photo.id));
    this.host.announce(this.t('photoRemoved', photo.originalName), `photos-${hazardId}-add`);
  }

  private change(hazardId: string, update: (photos: PhotoRef[]) => PhotoRef[]): void {
    const { assessment } = this.host;
    const index = assessment.hazards.findIndex((h) => h.hazardId === hazardId);
    if (index < 0) return;
    this.host.commitAssessment(
      withHazard(assessment, index, { photos: update(assessment.hazards[index]!.photos ?? []) }),
    );
  }

  private forget(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
    this.unavailable.clear();
    this.problems.clear();
  }
}
