import type { PropertyRecord } from '../schema/register.ts';
import type { Database } from './database.ts';
import type { Page, PropertyPage, PropertyQuery } from './register-repository.ts';

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

export async function page<T>(index: PagedIndex, range: IDBKeyRange, direction: IDBCursorDirection, offset: number, limit: number): Promise<Page<T>> {
  const [total, items] = await Promise.all([index.count(range), read<T>(index, range, direction, offset, limit)]);
  return { items, total, offset };
}

export async function read<T>(index: PagedIndex, range: IDBKeyRange, direction: IDBCursorDirection, offset: number, limit: number): Promise<T[]> {
  const items: T[] = [];
  let cursor = await index.openCursor(range, direction);
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && items.length < limit) {
    items.push(cursor.value as T);
    cursor = await cursor.continue();
  }
  return items;
}

export async function listProperties(db: Database, owner: string, query: PropertyQuery): Promise<PropertyPage> {
  const tx = db.transaction('properties');
  const store = tx.store;
  const direction = query.sort === 'reference-desc' ? 'prev' : 'next';
  const search = query.search?.trim() ?? '';
  if (search !== '') {
    // References are matched as typed; postcodes are kept in capitals.
    const byReference = store.index('byOwnerReference') as unknown as PagedIndex;
    const referenceRange = IDBKeyRange.bound([owner, search], [owner, `${search}\uffff`]);
    if ((await byReference.count(referenceRange)) > 0) {
      return { ...(await page<PropertyRecord>(byReference, referenceRange, direction, query.offset, query.limit)), matchedOn: 'reference' };
    }
    const postcode = search.toUpperCase();
    const byPostcode = store.index('byOwnerPostcode') as unknown as PagedIndex;
    const postcodeRange = IDBKeyRange.bound([owner, postcode], [owner, `${postcode}\uffff`]);
    return { ...(await page<PropertyRecord>(byPostcode, postcodeRange, direction, query.offset, query.limit)), matchedOn: 'postcode' };
  }
  if (query.housingSchemeId !== undefined) {
    const index = store.index('byOwnerSchemeReference') as unknown as PagedIndex;
    return page(index, prefixRange(owner, query.housingSchemeId), direction, query.offset, query.limit);
  }
  const index = store.index(query.sort === 'next-inspection' ? 'byOwnerNextInspection' : 'byOwnerReference') as unknown as PagedIndex;
  return page(index, prefixRange(owner), direction, query.offset, query.limit);
}
