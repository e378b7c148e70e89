import type { Database, PropertySearch, WriteTransaction } from '../database-schema.ts';

export const searchFreshKey = (owner: string) => `register-search/${owner}`;
const ALL_FRESH_KEYS = IDBKeyRange.bound('register-search/', 'register-search/\uffff');

/** Lower-case words of a text, split at anything but letters and digits. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

type Address = {
  id: string;
  reference?: unknown;
  addressLine1?: unknown;
  addressLine2?: unknown;
  town?: unknown;
  postcode?: unknown;
};

/** A property's search record: every word of its address, town, postcode (also without its space) and reference. */
export function searchOf(owner: string, property: Address): PropertySearch {
  const postcode = String(property.postcode ?? '');
  const text = [
    property.reference,
    property.addressLine1,
    property.addressLine2,
    property.town,
    postcode,
    postcode.replace(/\s+/g, ''),
  ]
    .map((part) => String(part ?? ''))
    .join(' ');
  return { propertyId: property.id, owner, words: [...new Set(searchWords(text))].map((word) => [owner, word]) };
}

const kept = new WeakSet<object>();

/** Applies a property's change (created: before null; deleted: after null) to its search words, in the write's transaction. */
export async function keepSearch(
  tx: WriteTransaction,
  owner: string,
  table: string,
  before: object | null,
  after: object | null,
): Promise<void> {
  if (table !== 'properties') return;
  kept.add(tx);
  const store = tx.objectStore('propertySearch');
  if (after === null) await store.delete((before as Address).id);
  else await store.put(searchOf(owner, after as Address));
}

/** At the end of a write: properties changed without their words kept leave every register's words stale. */
export async function settleSearch(tx: WriteTransaction, stores: readonly string[]): Promise<void> {
  if (stores.includes('properties') && !kept.has(tx)) await tx.objectStore('meta').delete(ALL_FRESH_KEYS);
}

/** Rebuilds a register's search words from its properties when they are stale, in one write transaction. */
export async function freshenSearch(db: Database, owner: string): Promise<void> {
  if ((await db.get('meta', searchFreshKey(owner))) !== undefined) return;
  const tx = db.transaction(['properties', 'propertySearch', 'meta'], 'readwrite');
  const search = tx.objectStore('propertySearch');
  for (const key of await search.index('byOwner').getAllKeys(owner)) await search.delete(key);
  const range = IDBKeyRange.bound([owner], [owner, []]);
  const properties = (await tx
    .objectStore('properties')
    .index('byOwnerReference')
    .getAll(range)) as unknown as Address[];
  await Promise.all(properties.map((property) => search.put(searchOf(owner, property))));
  await tx.objectStore('meta').put({ key: searchFreshKey(owner), value: true });
  await tx.done;
}

/**
 * The ids of a register's properties with a word starting with each word of `text` (all of them), off the
 * words index: one index range per word typed.
 */
export async function searchProperties(db: Database, owner: string, text: string): Promise<string[]> {
  const words = [...new Set(searchWords(text))];
  if (words.length === 0) return [];
  await freshenSearch(db, owner);
  const index = db.transaction('propertySearch').store.index('byWord');
  const sets = await Promise.all(
    words.map(
      async (word) =>
        new Set((await index.getAllKeys(IDBKeyRange.bound([owner, word], [owner, `${word}\uffff`]))) as string[]),
    ),
  );
  sets.sort((a, b) => a.size - b.size);
  const [first, ...rest] = sets as [Set<string>, ...Set<string>[]];
  return [...first].filter((id) => rest.every((set) => set.has(id)));
}
