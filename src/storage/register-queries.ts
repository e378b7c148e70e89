import type { ActionRecord, HazardEntryRecord, PropertyRecord } from '../schema/register.ts';
import type { Database } from './database.ts';
import type { ActionQuery, HazardQuery, Page, PropertyPage, PropertyQuery } from './register-repository.ts';

/**
 * Paged lists read straight off the version 2 indexes: a page costs one count and one cursor walk of the
 * page's length (plus a skip), whatever the size of the register — nothing loads every record.
 */

/** Above every string, number and date in IndexedDB's key order: the top of a key prefix. */
const TOP: [] = [];

/** Keys that start with `prefix` (compound keys compare part by part). */
export function prefixRange(...prefix: (string | number)[]): IDBKeyRange {
  return IDBKeyRange.bound(prefix, [...prefix, TOP]);
}

interface PagedIndex {
  count(range: IDBKeyRange): Promise<number>;
  openCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<PagedCursor | null>;
}
interface PagedCursor {
  value: unknown;
  advance(count: number): Promise<PagedCursor | null>;
  continue(): Promise<PagedCursor | null>;
}

async function page<T>(index: PagedIndex, range: IDBKeyRange, direction: IDBCursorDirection, offset: number, limit: number): Promise<Page<T>> {
  const [total, items] = await Promise.all([index.count(range), read<T>(index, range, direction, offset, limit)]);
  return { items, total, offset };
}

async function read<T>(index: PagedIndex, range: IDBKeyRange, direction: IDBCursorDirection, offset: number, limit: number): Promise<T[]> {
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

/** Register-wide hazard entries, most recently found first, filtered by status and/or category on an index. */
export async function listHazards(db: Database, owner: string, query: HazardQuery): Promise<Page<HazardEntryRecord>> {
  const store = db.transaction('hazards').store;
  const { status, category } = query;
  const [name, range] =
    status !== undefined && category !== undefined
      ? (['byOwnerStatusCategoryFound', prefixRange(owner, status, category)] as const)
      : status !== undefined
        ? (['byOwnerStatusFound', prefixRange(owner, status)] as const)
        : category !== undefined
          ? (['byOwnerCategoryFound', prefixRange(owner, category)] as const)
          : (['byOwnerFound', prefixRange(owner)] as const);
  return page(store.index(name) as unknown as PagedIndex, range, 'prev', query.offset, query.limit);
}

/** Register-wide actions, soonest target date first (open before completed); overdue ones are open with a target date before the day. */
export async function listActions(db: Database, owner: string, query: ActionQuery): Promise<Page<ActionRecord>> {
  const store = db.transaction('actions').store;
  if (query.overdueOn !== undefined) {
    const range = IDBKeyRange.bound([owner, 'open'], [owner, 'open', query.overdueOn], false, true);
    return page(store.index('byOwnerStateTarget') as unknown as PagedIndex, range, 'next', query.offset, query.limit);
  }
  if (query.state !== undefined) {
    return page(store.index('byOwnerStateTarget') as unknown as PagedIndex, prefixRange(owner, query.state), 'next', query.offset, query.limit);
  }
  // Everything: the open ones first, then the completed, each soonest target first.
  const index = store.index('byOwnerStateTarget') as unknown as PagedIndex;
  const [open, completed] = [prefixRange(owner, 'open'), prefixRange(owner, 'completed')];
  const [openCount, completedCount] = await Promise.all([index.count(open), index.count(completed)]);
  const first = query.offset < openCount ? await read<ActionRecord>(index, open, 'next', query.offset, query.limit) : [];
  const rest = first.length < query.limit ? await read<ActionRecord>(index, completed, 'next', Math.max(0, query.offset - openCount), query.limit - first.length) : [];
  return { items: [...first, ...rest], total: openCount + completedCount, offset: query.offset };
}

/** The latest audit entries of a register, newest first. */
export async function listRecent(db: Database, owner: string, limit: number): Promise<unknown[]> {
  const index = db.transaction('audit').store.index('byOwnerAt') as unknown as PagedIndex;
  return read(index, prefixRange(owner), 'prev', 0, limit);
}

/** Records per read when scanning a whole store: large enough to be quick, small enough not to stall the page. */
const SCAN_CHUNK = 5000;

/**
 * Every record of one register in a store, read in primary-key order a chunk at a time. Reading the store
 * itself is quicker than reading through an index (no second lookup per record), which matters at 100,000
 * actions; records of other registers are skipped.
 */
export async function scanOwner<T extends { owner: string; id: string }>(
  db: Database,
  store: 'properties' | 'assessments' | 'hazards' | 'actions' | 'housingSchemes' | 'audit',
  owner: string,
  chunkSize = SCAN_CHUNK,
): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  for (;;) {
    const chunk = (await db.getAll(store, after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), chunkSize)) as unknown as T[];
    for (const record of chunk) if (record.owner === owner) out.push(record);
    if (chunk.length < chunkSize) return out;
    after = (chunk[chunk.length - 1] as T).id;
  }
}
