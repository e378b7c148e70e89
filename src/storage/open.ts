import { openDatabase } from './database.ts';
import { IdbRepository } from './idb-repository.ts';
import type { DraftRepository } from './repository.ts';

export interface OpenedRepository {
  /** Not `persistent` when the browser refused storage and work is kept only while the page is open. */
  repository: DraftRepository;
}

let shared: Promise<OpenedRepository> | undefined;
const blockedListeners = new Set<() => void>();

/**
 * The page's one repository, opened on first use and shared by every element. Falls back to memory (not
 * `persistent`, which each element tells its user) when IndexedDB is missing or refuses (private mode, storage disabled).
 */
export function defaultRepository(): Promise<OpenedRepository> {
  shared ??= open();
  return shared;
}

/** True while an old tab blocks the upgrade; remembered, since an element may arrive after the event. */
let blockedNow = false;

/** Called when an old tab holds the database open at an older version and blocks an upgrade (at once if it already does). */
export function onDatabaseBlocked(listener: () => void): () => void {
  blockedListeners.add(listener);
  if (blockedNow) listener();
  return () => blockedListeners.delete(listener);
}

async function open(): Promise<OpenedRepository> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const blocked = () => {
      blockedNow = true;
      blockedListeners.forEach((listener) => listener());
    };
    const open = (onClosed: () => void) => openDatabase(blocked, onClosed);
    const repository = new IdbRepository(open);
    await repository.countUnder('\u0000'); // opens now, so a refusal (private mode) is known before anyone types
    blockedNow = false;
    return { repository };
  } catch {
    // Rare (storage refused), so its code is fetched only then; the page has just loaded, so it is online.
    const { MemoryRepository } = await import('./memory-repository.ts');
    return { repository: new MemoryRepository() };
  }
}
