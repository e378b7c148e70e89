import { openDatabase } from './database.ts';
import { IdbRepository } from './idb-repository.ts';
import { MemoryRepository } from './memory-repository.ts';
import type { DraftRepository } from './repository.ts';

export interface OpenedRepository {
  repository: DraftRepository;
  /** Set when the browser refused storage and work is kept only while the page is open. */
  warning?: string;
}

let shared: Promise<OpenedRepository> | undefined;
const blockedListeners = new Set<() => void>();

/**
 * The page's one repository, opened on first use and shared by every element. Falls back to memory with a
 * warning when IndexedDB is missing or refuses (private mode, storage disabled).
 */
export function defaultRepository(): Promise<OpenedRepository> {
  shared ??= open();
  return shared;
}

/** Called when an old tab holds the database open at an older version and blocks an upgrade. */
export function onDatabaseBlocked(listener: () => void): () => void {
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
}

async function open(): Promise<OpenedRepository> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const open = (onClosed: () => void) => openDatabase(() => blockedListeners.forEach((listener) => listener()), onClosed);
    const repository = new IdbRepository(open);
    await repository.countUnder('\u0000'); // opens now, so a refusal (private mode) is known before anyone types
    return { repository };
  } catch {
    return {
      repository: new MemoryRepository(),
      warning:
        'This browser is not letting the page save (it may be in private mode). You can carry on, but your work will be lost when you close the page: export it to a file before you leave.',
    };
  }
}
