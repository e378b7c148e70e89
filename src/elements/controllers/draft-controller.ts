import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HhsrsDraftSavedEvent, HhsrsErrorEvent } from '../events.ts';
import { defaultRepository } from '../../storage/open.ts';
import { clearPending, readPending, stashPending } from '../../storage/pending.ts';
import { StorageError, type DraftRepository, type StoredDraft } from '../../storage/repository.ts';

/** DESIGN: a change is written within 500 ms. We wait 300 ms for typing to pause, then write. */
export const SAVE_DELAY_MS = 300;
const CHANNEL = 'hhsrs-toolkit-drafts';

export type DraftStatus = 'loading' | 'unsaved' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface DraftOptions<T> {
  kind: string;
  schemaVersion: number;
  title: (value: T) => string;
  /**
   * Turns a stored value (maybe from an older version or another tab) back into state, or undefined. It may
   * be asynchronous, so that the schema that checks a saved draft loads only when there is one to check.
   */
  revive: (stored: unknown) => T | undefined | Promise<T | undefined>;
}

/**
 * Keeps one draft saved as the user types: loads it, writes each change within 500 ms, flushes on pagehide,
 * and notices when another tab saved the same draft (by revision, so a wrong device clock cannot fool it).
 */
export class DraftController<T> implements ReactiveController {
  status: DraftStatus = 'loading';
  error: StorageError | undefined;
  /** Told to the user once: storage is memory only, or the draft was refreshed from another tab. */
  notice: string | undefined;
  key: string | undefined;
  value: T | undefined;
  savedAt: string | undefined;
  repository: DraftRepository | undefined;

  private revision: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private channel: BroadcastChannel | undefined;
  private readonly tabId = crypto.randomUUID();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: DraftOptions<T>) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (event: MessageEvent) => void this.onOtherTab(event.data);
  }

  hostDisconnected(): void {
    void this.flush();
    removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.channel?.close();
  }

  /** Uses the given repository, or the page's shared one (IndexedDB, else memory with a warning). */
  async connect(repository?: DraftRepository): Promise<DraftRepository> {
    if (repository) {
      this.repository = repository;
    } else {
      const opened = await defaultRepository();
      this.repository = opened.repository;
      this.notice = opened.warning;
    }
    return this.repository;
  }

  /** Opens the draft at `key`, starting from `fresh` when there is none (or it cannot be read). */
  async open(key: string, fresh: T): Promise<void> {
    await this.flush();
    const repository = this.repository ?? (await this.connect());
    this.key = key;
    this.status = 'loading';
    const stored = await repository.getDraft<unknown>(key);
    await this.take(stored, fresh);
    await this.recover(key, stored);
    this.host.requestUpdate();
  }

  /** Takes back changes stashed as a page closed before they reached storage. */
  private async recover(key: string, stored: StoredDraft<unknown> | undefined): Promise<void> {
    const pending = readPending(key);
    // The write may have landed after all: then there is nothing to recover.
    if (pending && stored && JSON.stringify(pending.value) === JSON.stringify(stored.value)) clearPending(key);
    const value = pending ? await this.options.revive(pending.value) : undefined;
    if (!pending || value === undefined || !readPending(key)) return;
    this.value = value;
    this.notice = 'Changes you made just before the page closed have been recovered.';
    if ((stored?.revision ?? null) === pending.revision) {
      this.status = 'unsaved';
      this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
    } else {
      this.status = 'conflict';
      this.error = new StorageError('conflict', 'Changes you made just before the page closed were recovered, but this draft has since been changed in another tab or window. Choose which version to keep.');
    }
  }

  /** Records a change: the host renders it now; storage gets it within SAVE_DELAY_MS. */
  update(value: T): void {
    this.value = value;
    if (this.status !== 'conflict') this.status = 'unsaved';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
    this.host.requestUpdate();
  }

  /** Writes any pending change now. Never throws: a failure is shown and announced. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) await this.writing;
    if (this.status !== 'unsaved' && this.status !== 'failed') return;
    this.writing = this.write().finally(() => (this.writing = undefined));
    await this.writing;
  }

  /** After a conflict: take the version saved elsewhere, discarding the changes here. */
  async useSavedVersion(): Promise<void> {
    if (this.key) clearPending(this.key);
    const stored = this.key ? await this.repository?.getDraft<unknown>(this.key) : undefined;
    await this.take(stored, this.value as T);
    this.host.requestUpdate();
  }

  /** After a conflict, on the user's word: save the changes here over the version saved elsewhere. */
  async overwriteWithMine(): Promise<void> {
    const stored = this.key ? await this.repository?.getDraft<unknown>(this.key) : undefined;
    this.revision = stored?.revision ?? null;
    this.status = 'unsaved';
    this.error = undefined;
    await this.flush();
  }

  /** After a conflict: keep the changes here under a new key, leaving the other version untouched. */
  async keepMineAs(newKey: string): Promise<void> {
    if (this.key) clearPending(this.key);
    this.key = newKey;
    this.revision = null;
    this.status = 'unsaved';
    this.error = undefined;
    await this.flush();
  }

  private async write(): Promise<void> {
    if (!this.repository || !this.key || this.value === undefined) return;
    this.status = 'saving';
    const value = this.value;
    try {
      const saved = await this.repository.saveDraft(
        { key: this.key, kind: this.options.kind, title: this.options.title(value), value, schemaVersion: this.options.schemaVersion },
        this.revision,
        new Date().toISOString(),
      );
      this.revision = saved.revision;
      this.savedAt = saved.updatedAt;
      this.error = undefined;
      // A change typed while the write was under way is still to be saved.
      this.status = this.value === value ? 'saved' : 'unsaved';
      if (this.status === 'saved') clearPending(this.key);
      if (this.status === 'unsaved') this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
      this.channel?.postMessage({ key: this.key, revision: saved.revision, from: this.tabId });
      this.host.dispatchEvent(new HhsrsDraftSavedEvent(this.key, saved.revision, saved.updatedAt, this.repository.persistent));
    } catch (error) {
      this.error = error instanceof StorageError ? error : new StorageError('failed', String(error));
      this.status = this.error.kind === 'conflict' ? 'conflict' : 'failed';
      this.host.dispatchEvent(new HhsrsErrorEvent(this.error.kind, this.error.message));
    }
    this.host.requestUpdate();
  }

  private async take(stored: StoredDraft<unknown> | undefined, fresh: T): Promise<void> {
    const revived = stored ? await this.options.revive(stored.value) : undefined;
    this.value = revived ?? fresh;
    this.revision = stored?.revision ?? null;
    this.savedAt = stored?.updatedAt;
    this.error = undefined;
    this.status = stored && !revived ? 'unsaved' : 'saved';
  }

  private async onOtherTab(message: { key?: string; revision?: number; from?: string }): Promise<void> {
    if (message.from === this.tabId || message.key !== this.key) return;
    // A draft this tab has not saved yet has revision 0: any save elsewhere is newer.
    if ((message.revision ?? 0) <= (this.revision ?? 0)) return;
    if (this.status === 'saved') {
      await this.useSavedVersion();
      this.notice = 'This draft was updated in another tab or window; you are seeing the latest version.';
      this.host.requestUpdate();
    } else {
      this.status = 'conflict';
      this.error = new StorageError('conflict', 'This draft was changed in another tab or window. Your changes here are not saved yet: choose which version to keep.');
      this.host.dispatchEvent(new HhsrsErrorEvent('conflict', this.error.message));
      this.host.requestUpdate();
    }
  }

  /** The page may be gone before an asynchronous write ends: stash the change synchronously first. */
  private readonly flushNow = (): void => {
    if (this.key && this.value !== undefined && (this.status === 'unsaved' || this.status === 'saving' || this.status === 'failed')) {
      stashPending(this.key, { value: this.value, revision: this.revision });
    }
    void this.flush();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flushNow();
  };
}
