import type { Scheme } from '../core/scheme/types.ts';
import type { Database } from './database.ts';
import { clearPendingUnder, countPendingUnder } from './drafts/pending.ts';
import {
  asideRecord,
  isUnder,
  conflictError,
  toStorageError,
  type DraftRepository,
  type DraftToSave,
  type StoredDraft,
  type StoredEvidence,
} from './repository.ts';

/** Drafts and evidence in IndexedDB; every write is one transaction, so a failed save leaves the old one. */
export class IdbRepository implements DraftRepository {
  readonly persistent = true;
  private connection: Promise<Database> | undefined;

  /** `open` is called again whenever the connection was closed (another tab upgrading, the browser ending it). */
  constructor(private readonly open: (onClosed: () => void) => Promise<Database>) {}

  private db(): Promise<Database> {
    this.connection ??= this.open(() => (this.connection = undefined)).catch((error: unknown) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }

  /** Closes the connection (tests, and pages that are done with storage). */
  async close(): Promise<void> {
    (await this.connection)?.close();
    this.connection = undefined;
  }

  async getDraft<T>(key: string): Promise<StoredDraft<T> | undefined> {
    return (await (await this.db()).get('drafts', key)) as StoredDraft<T> | undefined;
  }

  async listDrafts(prefix: string): Promise<StoredDraft[]> {
    const all = await (await this.db()).getAll('drafts', IDBKeyRange.bound(`${prefix}/`, `${prefix}/\uffff`));
    return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async saveDraft<T>(draft: DraftToSave<T>, expectedRevision: number | null, now: string): Promise<StoredDraft<T>> {
    try {
      const tx = (await this.db()).transaction('drafts', 'readwrite');
      const current = await tx.store.get(draft.key);
      const currentRevision = current?.revision ?? null;
      if (currentRevision !== expectedRevision) {
        // Nothing was written; the aborted transaction's rejection is expected, not news.
        tx.done.catch(() => undefined);
        tx.abort();
        throw conflictError(current);
      }
      const saved: StoredDraft<T> = {
        ...draft,
        revision: (currentRevision ?? 0) + 1,
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
      };
      await tx.store.put(saved);
      await tx.done;
      return saved;
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async deleteDraft(key: string): Promise<void> {
    await (await this.db()).delete('drafts', key);
  }

  async setAside(key: string, asideKey: string, now: string): Promise<StoredDraft | undefined> {
    try {
      const tx = (await this.db()).transaction('drafts', 'readwrite');
      const raw: unknown = await tx.store.get(key);
      if (raw === undefined) return undefined;
      const aside = asideRecord(asideKey, raw, now);
      await tx.store.put(aside);
      await tx.store.delete(key);
      await tx.done;
      return aside;
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async putEvidence(evidence: StoredEvidence): Promise<void> {
    try {
      await (await this.db()).put('evidence', evidence);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async listEvidence(owner: string): Promise<StoredEvidence[]> {
    return (await this.db()).getAllFromIndex('evidence', 'byOwner', owner);
  }

  async deleteEvidence(id: string): Promise<void> {
    await (await this.db()).delete('evidence', id);
  }

  async deleteEverythingUnder(storageKey: string): Promise<void> {
    clearPendingUnder(storageKey);
    const tx = (await this.db()).transaction(['drafts', 'evidence', 'settings'], 'readwrite');
    const stores = [tx.objectStore('drafts'), tx.objectStore('settings')];
    for (const store of stores) {
      for (const key of await store.getAllKeys()) if (isUnder(String(key), storageKey)) await store.delete(key);
    }
    const evidence = tx.objectStore('evidence');
    for (const item of await evidence.getAll()) if (isUnder(item.owner, storageKey)) await evidence.delete(item.id);
    await tx.done;
  }

  async countUnder(storageKey: string): Promise<number> {
    const drafts = (await (await this.db()).getAllKeys('drafts')).filter((key) => isUnder(String(key), storageKey));
    const settings = (await (await this.db()).getAllKeys('settings')).filter((key) => isUnder(String(key), storageKey));
    const evidence = (await (await this.db()).getAll('evidence')).filter((item) => isUnder(item.owner, storageKey));
    return drafts.length + settings.length + evidence.length + countPendingUnder(storageKey);
  }

  async saveSchemePack(scheme: Scheme): Promise<void> {
    try {
      const { toSchemePack } = await import('../schema/scheme-pack.ts');
      await (await this.db()).put('schemePacks', toSchemePack(scheme) as never);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async listSchemePacks(): Promise<Scheme[]> {
    return packsFromStore(await (await this.db()).getAll('schemePacks'));
  }
}

/** Stored packs that still pass the schema; the schema (and zod) loads only when there are packs to check. */
export async function packsFromStore(stored: readonly unknown[]): Promise<Scheme[]> {
  if (stored.length === 0) return [];
  const { parseSchemePack } = await import('../schema/scheme-pack.ts');
  return stored.flatMap((pack) => {
    const parsed = parseSchemePack(pack);
    return parsed.ok ? [parsed.scheme] : [];
  });
}
