import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HhsrsDraftSavedEvent, HhsrsErrorEvent } from '../events.ts';
import { openDraftChannel, type DraftSavedMessage } from '../../storage/drafts/channel.ts';
import { storageKeyOf, UNREADABLE_KIND, unreadableKey } from '../../storage/drafts/keys.ts';
import { clearPending, readPending, stashPending } from '../../storage/drafts/pending.ts';
import { defaultRepository } from '../../storage/open.ts';
import { StorageError, type DraftRepository, type StoredDraft } from '../../storage/repository.ts';

/** DESIGN: a change is written within 500 ms. We wait 300 ms for typing to pause, then write. */
export const SAVE_DELAY_MS = 300;

/**
 * Where the draft stands. `too-long`: a field is over its limit, so the change is held (shown, not written),
 * because a record over the schema's limits could not be read back.
 */
export type DraftStatus = 'loading' | 'unsaved' | 'saving' | 'saved' | 'failed' | 'conflict' | 'too-long';

/**
 * What the status line says, as a value each view puts in its own words: the status, except that nothing
 * counts as saved where the browser keeps drafts in memory only (`memory-only`).
 */
export type SaveState = DraftStatus | 'memory-only';

/** Told to the user once: changes recovered from a page that closed, or the draft refreshed from another tab. */
export type DraftNotice = 'recovered' | 'changed-in-another-tab';

/** A field over its limit: which (as the element names it; `index` of a repeated one) and by how many characters. */
export interface OverLimit {
  field: string;
  over: number;
  index?: number;
}

/** Why a stored value could not be read: where in it (e.g. "details.notes"), and what is wrong there. */
export interface ReadProblem {
  path: string;
  message: string;
}

/** A stored draft this version could not read, kept aside under its own key until the user deletes it. */
export interface UnreadableDraft {
  key: string;
  /** The whole record as it was found in storage, for "Export the unreadable record as it is". */
  raw: unknown;
  setAsideAt: string;
  problems: readonly ReadProblem[];
}

export interface DraftOptions<T> {
  kind: string;
  schemaVersion: number;
  title: (value: T) => string;
  /**
   * Turns a stored value (maybe from an older version or another tab) back into state, or undefined. It may
   * be asynchronous, so that the schema that checks a saved draft loads only when there is one to check.
   */
  revive: (stored: unknown) => T | undefined | Promise<T | undefined>;
  /** Why a stored value was not revived, for the user; called only for a value `revive` refused. */
  explain?: (stored: unknown) => readonly ReadProblem[] | Promise<readonly ReadProblem[]>;
  /** The fields over their limits, whose change is then held rather than saved as a record that cannot be read. */
  overLimits?: (value: T) => readonly OverLimit[];
}

/**
 * Keeps one draft saved as the user types: loads it, writes each change within 500 ms, flushes on pagehide,
 * and notices when another tab saved the same draft (by revision, so a wrong device clock cannot fool it).
 */
export class DraftController<T> implements ReactiveController {
  status: DraftStatus = 'loading';
  error: StorageError | undefined;
  notice: DraftNotice | undefined;
  /** Set while the status is `too-long`. */
  overLimits: readonly OverLimit[] = [];
  /** Stored drafts under this draft's storage key that could not be read, newest first. */
  unreadable: UnreadableDraft[] = [];
  key: string | undefined;
  value: T | undefined;
  savedAt: string | undefined;
  repository: DraftRepository | undefined;

  private revision: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private channel: BroadcastChannel | undefined;
  private readonly tabId = crypto.randomUUID();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.channel = openDraftChannel((message) => void this.onOtherTab(message));
  }

  hostDisconnected(): void {
    void this.flush();
    removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.channel?.close();
  }

  /** Uses the given repository, or the page's shared one (IndexedDB, else memory: see `memoryOnly`). */
  async connect(repository?: DraftRepository): Promise<DraftRepository> {
    this.repository = repository ?? (await defaultRepository()).repository;
    return this.repository;
  }

  /** The browser keeps drafts only while the page is open (private mode, storage refused). */
  get memoryOnly(): boolean {
    return this.repository?.persistent === false;
  }

  get saveState(): SaveState {
    const { status } = this;
    return this.memoryOnly && (status === 'saved' || status === 'unsaved' || status === 'saving')
      ? 'memory-only'
      : status;
  }

  /** Opens the draft at `key`, starting from `fresh` when there is none (or it cannot be read). */
  async open(key: string, fresh: T): Promise<void> {
    await this.flush();
    const repository = this.repository ?? (await this.connect());
    this.key = key;
    this.status = 'loading';
    this.overLimits = [];
    let stored = await repository.getDraft<unknown>(key);
    const revived = stored ? await this.options.revive(stored.value) : undefined;
    if (stored && revived === undefined) {
      // Never replaced by the next keystroke: kept aside as it was, and listed until the user deletes it.
      await repository.setAside(key, unreadableKey(key, new Date().toISOString()), new Date().toISOString());
      stored = undefined;
    }
    this.take(stored, revived, fresh);
    await this.recover(key, stored);
    await this.listUnreadable();
    this.host.requestUpdate();
  }

  /** Lists the unreadable records kept under this draft's storage key, each with why it could not be read. */
  async listUnreadable(): Promise<void> {
    if (!this.key || !this.repository) return;
    const kept = (await this.repository.listDrafts(storageKeyOf(this.key))).filter((d) => d.kind === UNREADABLE_KIND);
    this.unreadable = await Promise.all(
      kept.map(async (d) => {
        const value = (d.value as Partial<StoredDraft> | null)?.value;
        return {
          key: d.key,
          raw: d.value,
          setAsideAt: d.updatedAt,
          problems: (await this.options.explain?.(value)) ?? [],
        };
      }),
    );
    this.host.requestUpdate();
  }

  /** The unreadable record whose deletion is being asked about (GOV.UK asks before destroying anything). */
  deletingUnreadable: string | undefined;

  askDeleteUnreadable(key: string | undefined): void {
    this.deletingUnreadable = key;
    this.host.requestUpdate();
  }

  /** Deletes an unreadable record the user no longer wants (after exporting it, if they chose to). */
  async deleteUnreadable(key: string): Promise<void> {
    this.deletingUnreadable = undefined;
    await this.repository?.deleteDraft(key);
    await this.listUnreadable();
  }

  /** Takes back changes stashed as a page closed before they reached storage. */
  private async recover(key: string, stored: StoredDraft<unknown> | undefined): Promise<void> {
    const pending = readPending(key);
    // The write may have landed after all: then there is nothing to recover.
    if (pending && stored && JSON.stringify(pending.value) === JSON.stringify(stored.value)) clearPending(key);
    const value = pending ? await this.options.revive(pending.value) : undefined;
    if (!pending || value === undefined || !readPending(key)) return;
    this.value = value;
    this.notice = 'recovered';
    if ((stored?.revision ?? null) === pending.revision) {
      this.status = 'unsaved';
      this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
    } else {
      this.status = 'conflict';
      this.error = new StorageError('conflict', 'recovered changes were made on a version since changed elsewhere', {
        conflict: { reason: 'recovered' },
      });
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
    this.take(stored, stored ? await this.options.revive(stored.value) : undefined, this.value as T);
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
    const value = this.value;
    this.overLimits = this.options.overLimits?.(value) ?? [];
    if (this.overLimits.length > 0) {
      this.status = 'too-long';
      this.host.requestUpdate();
      return;
    }
    this.status = 'saving';
    try {
      const saved = await this.repository.saveDraft(
        {
          key: this.key,
          kind: this.options.kind,
          title: this.options.title(value),
          value,
          schemaVersion: this.options.schemaVersion,
        },
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
      this.host.dispatchEvent(
        new HhsrsDraftSavedEvent(this.key, saved.revision, saved.updatedAt, this.repository.persistent),
      );
    } catch (error) {
      this.error = error instanceof StorageError ? error : new StorageError('failed', String(error));
      this.status = this.error.kind === 'conflict' ? 'conflict' : 'failed';
      this.host.dispatchEvent(new HhsrsErrorEvent(this.error.kind, this.error.message));
    }
    this.host.requestUpdate();
  }

  /** Shows the stored draft as revived (or `fresh` where there is none), as saved. */
  private take(stored: StoredDraft<unknown> | undefined, revived: T | undefined, fresh: T): void {
    this.value = revived ?? fresh;
    this.revision = stored?.revision ?? null;
    this.savedAt = stored?.updatedAt;
    this.error = undefined;
    this.status = 'saved';
  }

  private async onOtherTab(message: Partial<DraftSavedMessage>): Promise<void> {
    if (message.from === this.tabId || message.key !== this.key) return;
    // A draft this tab has not saved yet has revision 0: any save elsewhere is newer.
    if ((message.revision ?? 0) <= (this.revision ?? 0)) return;
    if (this.status === 'saved') {
      await this.useSavedVersion();
      this.notice = 'changed-in-another-tab';
      this.host.requestUpdate();
    } else {
      this.status = 'conflict';
      this.error = new StorageError('conflict', 'draft changed in another tab', { conflict: { reason: 'changed' } });
      this.host.dispatchEvent(new HhsrsErrorEvent('conflict', this.error.message));
      this.host.requestUpdate();
    }
  }

  /** The page may be gone before an asynchronous write ends: stash the change synchronously first. */
  private readonly flushNow = (): void => {
    if (
      this.key &&
      this.value !== undefined &&
      (this.status === 'unsaved' || this.status === 'saving' || this.status === 'failed')
    ) {
      stashPending(this.key, { value: this.value, revision: this.revision });
    }
    void this.flush();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flushNow();
  };
}
