/**
 * Where an element's drafts sit under its `storage-key`. Every key starts `${storageKey}/`, so "delete my
 * data" (everything under the storage key) reaches all of them, including records set aside as unreadable.
 */

/** The one draft of an element that keeps a single draft (the tenant check, the overcrowding check). */
export function currentDraftKey(storageKey: string): string {
  return `${storageKey}/current`;
}

/** One of several drafts (the officer's assessments), by id. */
export function draftKey(storageKey: string, id: string): string {
  return `${storageKey}/${id}`;
}

/** The id in a key made by `draftKey`. */
export function draftIdOf(storageKey: string, key: string): string {
  return key.slice(storageKey.length + 1);
}

/** The storage key a draft key belongs to. */
export function storageKeyOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/'));
}

/** A stored draft that this version could not read, kept aside as it was, never overwritten by new typing. */
export const UNREADABLE_KIND = 'unreadable';

export function unreadableKey(key: string, at: string): string {
  return `${key}:unreadable:${at}`;
}

/** The other tab's version, kept when the user chose to keep theirs after a two-tab conflict. */
export function otherTabKey(storageKey: string, at: number): string {
  return `${storageKey}/from-other-tab-${at}`;
}
