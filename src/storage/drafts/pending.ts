import { isUnder } from '../repository.ts';

/**
 * Changes not yet written when the page goes away. IndexedDB writes are asynchronous and a closing page may
 * never finish one, so on pagehide the latest value is also put here, synchronously, and recovered on the
 * next open. Part of the element's saved data: "delete my data" clears it too.
 */
const PREFIX = 'hhsrs-toolkit:unsaved:';

export interface PendingChange {
  value: unknown;
  /** The stored revision the change was made on, to tell whether the draft moved on since. */
  revision: number | null;
}

export function stashPending(key: string, change: PendingChange): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(change));
  } catch {
    // Storage refused (private mode, full): the asynchronous save is then the only chance.
  }
}

export function readPending(key: string): PendingChange | undefined {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as PendingChange) : undefined;
  } catch {
    return undefined;
  }
}

export function clearPending(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear where storage is refused.
  }
}

function pendingKeys(): string[] {
  try {
    return Object.keys(localStorage)
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => key.slice(PREFIX.length));
  } catch {
    return [];
  }
}

export function clearPendingUnder(storageKey: string): void {
  for (const key of pendingKeys()) if (isUnder(key, storageKey)) clearPending(key);
}

/** Keys under a storage key with changes stashed as a page closed (drafts that may never have reached storage). */
export function pendingKeysUnder(storageKey: string): string[] {
  return pendingKeys().filter((key) => isUnder(key, storageKey));
}

export function countPendingUnder(storageKey: string): number {
  return pendingKeys().filter((key) => isUnder(key, storageKey)).length;
}
