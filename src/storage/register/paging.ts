import type { PropertyRecord } from '../../schema/register.ts';
import type { Database } from '../database-schema.ts';
import { countsKey, schemePropertiesKey, type RegisterCounts } from './counts.ts';
import type { Page, PropertyPage, PropertyQuery } from './repository.ts';
import { searchProperties } from './search.ts';

/**
 * Paged lists read straight off the version 2 indexes: a page costs one count and one cursor walk of the
 * page's length (plus a skip), whatever the size of the register — nothing loads every record.
 * The properties list, the register's first screen, is read here; the other lists are in register-queries.ts,
 * fetched when first shown.
 */

/** Above every string, number and date in IndexedDB's key order: the top of a key prefix. */
const TOP: [] = [];

/** Keys that start with `prefix` (compound keys compare part by part). */
export function prefixRange(...prefix: (string | number)[]): IDBKeyRange {
  return IDBKeyRange.bound(prefix, [...prefix, TOP]);
}

export interface PagedIndex {
  count(range: IDBKeyRange): Promise<number>;
  openCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<PagedCursor | null>;
}
interface PagedCursor {
  value: unknown;
  advance(count: number): Promise<PagedCursor | null>;
  continue(): Promise<PagedCursor | null>;
}

/** A page of a range; `kept` is the range's kept count (register-counts.ts), counted afresh when there is none. */
export async function page<T>(
  index: PagedIndex,
  range: IDBKeyRange,
  direction: IDBCursorDirection,
  offset: number,
  limit: number,
  kept?: number,
): Promise<Page<T>> {
  const [total, items] = await Promise.all([
    kept ?? index.count(range),
    read<T>(index, range, direction, offset, limit),
  ]);
  return { items, total, offset };
}

export async function read<T>(
  index: PagedIndex,
  range: IDBKeyRange,
  direction: IDBCursorDirection,
  offset: number,
  limit: number,
): Promise<T[]> {
  const items: T[] = [];
  let cursor = await index.openCursor(range, direction);
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && items.length < limit) {
    items.push(cursor.value as T);
    cursor = await cursor.continue();
  }
  return items;
}

/** A register's kept counts as the transaction sees them, or undefined when a write left none. */
export async function keptCounts(
  tx: { objectStore(name: 'meta'): { get(key: string): Promise<{ value: unknown } | undefined> } },
  owner: string,
) {
  return (await tx.objectStore('meta').get(countsKey(owner)))?.value as RegisterCounts | undefined;
}

/** A kept count: absent from kept counts means none; no kept counts at all means not known. */
export const keptCount = (counts: RegisterCounts | undefined, key: string) => (counts ? (counts[key] ?? 0) : undefined);

/** Properties with a word of their address starting with each word typed, in reference order. */
async function addressPage(
  db: Database,
  owner: string,
  search: string,
  query: PropertyQuery,
): Promise<Page<PropertyRecord>> {
  const ids = await searchProperties(db, owner, search);
  const store = db.transaction('properties').store;
  const found = ((await Promise.all(ids.map((id) => store.get(id)))) as unknown as PropertyRecord[]).filter(
    (p) => p?.owner === owner,
  );
  found.sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : a.id < b.id ? -1 : 1));
  if (query.sort === 'reference-desc') found.reverse();
  return { items: found.slice(query.offset, query.offset + query.limit), total: found.length, offset: query.offset };
}

export async function listProperties(db: Database, owner: string, query: PropertyQuery): Promise<PropertyPage> {
  const tx = db.transaction(['properties', 'meta']);
  const store = tx.objectStore('properties');
  const direction = query.sort === 'reference-desc' ? 'prev' : 'next';
  const search = query.search?.trim() ?? '';
  if (search !== '') {
    // References are matched as typed; postcodes are kept in capitals.
    const byReference = store.index('byOwnerReference') as unknown as PagedIndex;
    const referenceRange = IDBKeyRange.bound([owner, search], [owner, `${search}\uffff`]);
    if ((await byReference.count(referenceRange)) > 0) {
      return {
        ...(await page<PropertyRecord>(byReference, referenceRange, direction, query.offset, query.limit)),
        matchedOn: 'reference',
      };
    }
    const postcode = search.toUpperCase();
    const byPostcode = store.index('byOwnerPostcode') as unknown as PagedIndex;
    const postcodeRange = IDBKeyRange.bound([owner, postcode], [owner, `${postcode}\uffff`]);
    if ((await byPostcode.count(postcodeRange)) > 0) {
      return {
        ...(await page<PropertyRecord>(byPostcode, postcodeRange, direction, query.offset, query.limit)),
        matchedOn: 'postcode',
      };
    }
    return { ...(await addressPage(db, owner, search, query)), matchedOn: 'address' };
  }
  if (query.housingSchemeId !== undefined) {
    const index = store.index('byOwnerSchemeReference') as unknown as PagedIndex;
    const total = keptCount(await keptCounts(tx, owner), schemePropertiesKey(query.housingSchemeId));
    return page(index, prefixRange(owner, query.housingSchemeId), direction, query.offset, query.limit, total);
  }
  const index = store.index(
    query.sort === 'next-inspection' ? 'byOwnerNextInspection' : 'byOwnerReference',
  ) as unknown as PagedIndex;
  // Properties not yet due an inspection are left out of the next-inspection index, so that page counts.
  const total = query.sort === 'next-inspection' ? undefined : keptCount(await keptCounts(tx, owner), 'properties');
  return page(index, prefixRange(owner), direction, query.offset, query.limit, total);
}
