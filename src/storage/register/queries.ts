import type { ActionRecord, HazardEntryRecord } from '../../schema/register.ts';
import type { Database } from '../database-schema.ts';
import { actionStateKey, hazardFilterKey } from './counts.ts';
import { keptCount, keptCounts, page, prefixRange, read, type PagedIndex } from './paging.ts';
import type { ActionQuery, HazardQuery, Page } from './repository.ts';

/** The register-wide lists and scans, fetched when first needed: the properties list is in register-paging.ts. */

/** Register-wide hazard entries, most recently found first, filtered by status and/or category on an index. */
export async function listHazards(db: Database, owner: string, query: HazardQuery): Promise<Page<HazardEntryRecord>> {
  const tx = db.transaction(['hazards', 'meta']);
  const store = tx.objectStore('hazards');
  const { status, category } = query;
  const [name, range] =
    status !== undefined && category !== undefined
      ? (['byOwnerStatusCategoryFound', prefixRange(owner, status, category)] as const)
      : status !== undefined
        ? (['byOwnerStatusFound', prefixRange(owner, status)] as const)
        : category !== undefined
          ? (['byOwnerCategoryFound', prefixRange(owner, category)] as const)
          : (['byOwnerFound', prefixRange(owner)] as const);
  const total = keptCount(await keptCounts(tx, owner), hazardFilterKey(status, category));
  return page(store.index(name) as unknown as PagedIndex, range, 'prev', query.offset, query.limit, total);
}

/** Register-wide actions, soonest target date first (open before completed); overdue ones are open with a target date before the day. */
export async function listActions(db: Database, owner: string, query: ActionQuery): Promise<Page<ActionRecord>> {
  const tx = db.transaction(['actions', 'meta']);
  const store = tx.objectStore('actions');
  const counts = await keptCounts(tx, owner);
  // Which actions are overdue changes with the day, so that filter is counted on its index each time.
  if (query.overdueOn !== undefined) {
    const range = IDBKeyRange.bound([owner, 'open'], [owner, 'open', query.overdueOn], false, true);
    return page(store.index('byOwnerStateTarget') as unknown as PagedIndex, range, 'next', query.offset, query.limit);
  }
  if (query.state !== undefined) {
    const total = keptCount(counts, actionStateKey(query.state));
    return page(
      store.index('byOwnerStateTarget') as unknown as PagedIndex,
      prefixRange(owner, query.state),
      'next',
      query.offset,
      query.limit,
      total,
    );
  }
  // Everything: the open ones first, then the completed, each soonest target first.
  const index = store.index('byOwnerStateTarget') as unknown as PagedIndex;
  const [open, completed] = [prefixRange(owner, 'open'), prefixRange(owner, 'completed')];
  const [openCount, completedCount] = await Promise.all([
    keptCount(counts, actionStateKey('open')) ?? index.count(open),
    keptCount(counts, actionStateKey('completed')) ?? index.count(completed),
  ]);
  const first =
    query.offset < openCount ? await read<ActionRecord>(index, open, 'next', query.offset, query.limit) : [];
  const rest =
    first.length < query.limit
      ? await read<ActionRecord>(
          index,
          completed,
          'next',
          Math.max(0, query.offset - openCount),
          query.limit - first.length,
        )
      : [];
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
    const chunk = (await db.getAll(
      store,
      after === undefined ? undefined : IDBKeyRange.lowerBound(after, true),
      chunkSize,
    )) as unknown as T[];
    for (const record of chunk) if (record.owner === owner) out.push(record);
    if (chunk.length < chunkSize) return out;
    after = (chunk[chunk.length - 1] as T).id;
  }
}
