import { openDatabase } from './database.ts';

// Where an element learns that an old tab blocks the upgrade (every open of the page reports it there).
export { onDatabaseBlocked } from './database.ts';
import { IdbRepository } from './idb-repository.ts';
import type { DraftRepository } from './repository.ts';

export interface OpenedRepository {
  /** Not `persistent` when the browser refused storage and work is kept only while the page is open. */
  repository: DraftRepository;
}

let shared: Promise<OpenedRepository> | undefined;

/**
 * The page's one repository, opened on first use and shared by every element. Falls back to memory (not
 * `persistent`, which each element tells its user) when IndexedDB is missing or refuses (private mode, storage disabled).
 */
export function defaultRepository(): Promise<OpenedRepository> {
  shared ??= open();
  return shared;
}

async function open(): Promise<OpenedRepository> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const open = (onClosed: () => void) => openDatabase(onClosed);
    const repository = new IdbRepository(open);
    await repository.countUnder('\u0000'); // opens now, so a refusal (private mode) is known before anyone types
    return { repository };
  } catch {
    // Rare (storage refused), so its code is fetched only then; the page has just loaded, so it is online.
    const { MemoryRepository } = await import('./memory-repository.ts');
    return { repository: new MemoryRepository() };
  }
}
