import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftRepository, StoredEvidence } from '../../../storage/repository.ts';
import { HhsrsErrorEvent } from '../../events.ts';
import { currentDraftKey } from '../../../storage/drafts/keys.ts';

/** A stored photo as shown: a preview and a download of the cleaned copy. */
export interface TenantPhoto {
  id: string;
  name: string;
  type: string;
  /** An object URL of the stored (re-encoded) photo; revoked when the photo is removed or the element goes. */
  url: string;
}

type PrepareEvidence = typeof import('../../../evidence/prepare-evidence.ts').prepareEvidence;

/** The photo checker, fetched by the shell the first time photos are chosen. */
export interface PhotoChecker {
  fetch(): Promise<{ prepareEvidence: PrepareEvidence } | undefined>;
}

/** What the tenant is told about photos that were not added, in the page's words. */
export interface PhotoWords {
  tooMany: (max: number) => string;
  /** Gets the checker's own explanation, in English. */
  refused: (name: string, detail: string) => string;
  /** The checker could not be fetched (offline before it ever was). */
  unavailable: string;
}

/** At most this many photos; each is re-encoded and capped by prepareEvidence. */
export const MAX_PHOTOS = 10;
const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

/**
 * Optional photos of the problems, kept only in this browser as evidence under the element's storage key (so
 * "delete everything" removes them). Each file is checked by its content and re-encoded, which drops the
 * location and camera details; the tenant can download the cleaned copy to send with the letter.
 */
export class TenantPhotos implements ReactiveController {
  photos: TenantPhoto[] = [];
  /** Why a file was not added, one line each, in the words prepareEvidence gives. */
  problems: string[] = [];
  busy = false;

  private repository: DraftRepository | undefined;
  private owner = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly checker: PhotoChecker,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** Shows the photos stored under `owner` in `repository`. */
  async load(repository: DraftRepository, owner: string): Promise<void> {
    this.clear();
    this.repository = repository;
    this.owner = owner;
    const stored = await repository.listEvidence(owner);
    this.photos = stored
      .filter((item) => item.kind === 'photo')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((item) => ({ id: item.id, name: item.originalName, type: item.type, url: URL.createObjectURL(item.blob) }));
    this.host.requestUpdate();
  }

  /** Adds photos, saying in the page's words why any was refused (`refused` gets the checker's English detail). */
  async add(files: readonly File[], words: PhotoWords): Promise<void> {
    const repository = this.repository;
    if (!repository) return;
    this.busy = true;
    this.problems = [];
    this.host.requestUpdate();
    const prepareEvidence = (await this.checker.fetch())?.prepareEvidence;
    if (prepareEvidence) await this.addEach(files, prepareEvidence, repository, words);
    else this.problems.push(words.unavailable);
    this.busy = false;
    this.host.requestUpdate();
  }

  private async addEach(
    files: readonly File[],
    prepareEvidence: PrepareEvidence,
    repository: DraftRepository,
    words: PhotoWords,
  ): Promise<void> {
    for (const file of files) {
      if (this.photos.length >= MAX_PHOTOS) {
        this.problems.push(words.tooMany(MAX_PHOTOS));
        break;
      }
      const prepared = await prepareEvidence(file, { allow: ['image'], maxBytes: MAX_PHOTO_BYTES });
      if (!prepared.ok) {
        this.problems.push(words.refused(file.name, prepared.message));
        continue;
      }
      const evidence: StoredEvidence = {
        id: crypto.randomUUID(),
        owner: this.owner,
        recordId: currentDraftKey(this.owner),
        kind: 'photo',
        originalName: prepared.originalName,
        type: prepared.type,
        size: prepared.size,
        takenAt: null,
        sha256: prepared.sha256,
        blob: prepared.blob,
        createdAt: new Date().toISOString(),
      };
      try {
        await repository.putEvidence(evidence);
        this.photos = [
          ...this.photos,
          {
            id: evidence.id,
            name: evidence.originalName,
            type: evidence.type,
            url: URL.createObjectURL(evidence.blob),
          },
        ];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.problems.push(message);
        this.host.dispatchEvent(new HhsrsErrorEvent('failed', message));
      }
    }
  }

  async remove(id: string): Promise<void> {
    await this.repository?.deleteEvidence(id);
    const photo = this.photos.find((candidate) => candidate.id === id);
    if (photo) URL.revokeObjectURL(photo.url);
    this.photos = this.photos.filter((candidate) => candidate.id !== id);
    this.host.requestUpdate();
  }

  /** Forgets what is shown (after "delete everything", or when the element goes). */
  clear(): void {
    this.photos.forEach((photo) => URL.revokeObjectURL(photo.url));
    this.photos = [];
    this.problems = [];
  }
}
