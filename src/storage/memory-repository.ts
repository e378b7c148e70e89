import type { Scheme } from '../core/scheme/types.ts';
import { packsFromStore } from './idb-repository.ts';
import { clearPendingUnder, countPendingUnder } from './drafts/pending.ts';
import {
  asideRecord,
  conflictError,
  isUnder,
  type DraftRepository,
  type DraftToSave,
  type StoredDraft,
  type StoredEvidence,
} from './repository.ts';

/** The same behaviour as IdbRepository, kept in memory: for stories, and browsers that will not store. */
export class MemoryRepository implements DraftRepository {
  readonly persistent = false;
  private readonly drafts = new Map<string, StoredDraft>();
  private readonly evidence = new Map<string, StoredEvidence>();
  private readonly packs = new Map<string, unknown>();

  async getDraft<T>(key: string): Promise<StoredDraft<T> | undefined> {
    const draft = this.drafts.get(key);
    return draft ? (structuredClone(draft) as StoredDraft<T>) : undefined;
  }

  async listDrafts(prefix: string): Promise<StoredDraft[]> {
    return [...this.drafts.values()]
      .filter((draft) => draft.key.startsWith(`${prefix}/`))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((draft) => structuredClone(draft));
  }

  async saveDraft<T>(draft: DraftToSave<T>, expectedRevision: number | null, now: string): Promise<StoredDraft<T>> {
    const current = this.drafts.get(draft.key);
    if ((current?.revision ?? null) !== expectedRevision) throw conflictError(current);
    const saved: StoredDraft<T> = {
      ...structuredClone(draft),
      revision: (current?.revision ?? 0) + 1,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    this.drafts.set(draft.key, saved);
    return structuredClone(saved);
  }

  async deleteDraft(key: string): Promise<void> {
    this.drafts.delete(key);
  }

  async setAside(key: string, asideKey: string, now: string): Promise<StoredDraft | undefined> {
    const raw = this.drafts.get(key);
    if (raw === undefined) return undefined;
    const aside = asideRecord(asideKey, raw, now);
    this.drafts.set(asideKey, aside);
    this.drafts.delete(key);
    return structuredClone(aside);
  }

  async putEvidence(evidence: StoredEvidence): Promise<void> {
    this.evidence.set(evidence.id, evidence);
  }

  async listEvidence(owner: string): Promise<StoredEvidence[]> {
    return [...this.evidence.values()].filter((item) => item.owner === owner);
  }

  async deleteEvidence(id: string): Promise<void> {
    this.evidence.delete(id);
  }

  async deleteEverythingUnder(storageKey: string): Promise<void> {
    clearPendingUnder(storageKey);
    for (const key of [...this.drafts.keys()]) if (isUnder(key, storageKey)) this.drafts.delete(key);
    for (const [id, item] of [...this.evidence]) if (isUnder(item.owner, storageKey)) this.evidence.delete(id);
  }

  async countUnder(storageKey: string): Promise<number> {
    return (
      countPendingUnder(storageKey) +
      [...this.drafts.keys()].filter((key) => isUnder(key, storageKey)).length +
      [...this.evidence.values()].filter((item) => isUnder(item.owner, storageKey)).length
    );
  }

  async saveSchemePack(scheme: Scheme): Promise<void> {
    const { toSchemePack } = await import('../schema/scheme-pack.ts');
    this.packs.set(scheme.id, structuredClone(toSchemePack(scheme)));
  }

  async listSchemePacks(): Promise<Scheme[]> {
    return packsFromStore([...this.packs.values()]);
  }
}
