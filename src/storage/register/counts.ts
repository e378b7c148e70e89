import type { RegisterStore } from '../../schema/register.ts';
import type { Database, WriteTransaction } from '../database-schema.ts';

/**
 * A register's counts, kept in one `meta` record per register: how many records each store holds, how many
 * each list filter the screens show matches (hazards by status and category, actions by state, properties
 * per housing scheme) and the bytes of evidence files. Every save and deletion applies its change in its
 * own transaction, so opening the data screen or a list page reads one key instead of counting 100,000
 * index entries. A write that does not keep them (restore, merge, deleting everything) removes them in its
 * transaction, and the next reader counts once from the indexes and keeps the result.
 */
export type RegisterCounts = Record<string, number>;

export const countsKey = (owner: string) => `register-counts/${owner}`;
/** Index keys that start with `prefix` (as prefixRange in register-paging.ts, which reads these counts). */
const prefixRange = (...prefix: (string | number)[]) => IDBKeyRange.bound(prefix, [...prefix, []]);
const ALL_COUNTS_KEYS = IDBKeyRange.bound('register-counts/', 'register-counts/\uffff');

/** The stores whose records are counted. */
export const COUNTED_STORES = [
  'housingSchemes',
  'properties',
  'assessments',
  'hazards',
  'actions',
  'evidence',
  'audit',
] as const;
export type CountedStore = (typeof COUNTED_STORES)[number];

/** The kept count behind the hazards list's filters (both, either or neither). */
export function hazardFilterKey(status?: string, category?: number): string {
  return [
    'hazards',
    ...(status === undefined ? [] : [`status=${status}`]),
    ...(category === undefined ? [] : [`category=${category}`]),
  ].join('/');
}
export const actionStateKey = (state: string) => `actions/state=${state}`;
export const schemePropertiesKey = (housingSchemeId: string) => `properties/scheme=${housingSchemeId}`;
export const EVIDENCE_BYTES = 'evidence/bytes';

type Counted = Record<string, unknown>;

/** Each kept count one record adds to, with how much. */
function countsOf(table: string, record: Counted): [string, number][] {
  const out: [string, number][] = [[table, 1]];
  if (table === 'properties' && typeof record.housingSchemeId === 'string')
    out.push([schemePropertiesKey(record.housingSchemeId), 1]);
  if (table === 'hazards') {
    const status = String(record.status);
    const category = record.category === null || record.category === undefined ? undefined : Number(record.category);
    out.push([hazardFilterKey(status), 1]);
    // A hazard not yet scored has no category: like the indexes, the category filters leave it out.
    if (category !== undefined)
      out.push([hazardFilterKey(undefined, category), 1], [hazardFilterKey(status, category), 1]);
  }
  if (table === 'actions') out.push([actionStateKey(String(record.state)), 1]);
  if (table === 'evidence') out.push([EVIDENCE_BYTES, Number(record.size) || 0]);
  return out;
}

interface Pending {
  /** The register's kept counts as this transaction leaves them; null when there were none to keep. */
  counts: Map<string, RegisterCounts | null>;
}
const pending = new WeakMap<object, Pending>();

async function countsIn(tx: WriteTransaction, owner: string): Promise<RegisterCounts | null> {
  let state = pending.get(tx);
  if (!state) {
    state = { counts: new Map() };
    pending.set(tx, state);
  }
  if (!state.counts.has(owner)) {
    const stored = (await tx.objectStore('meta').get(countsKey(owner)))?.value as RegisterCounts | undefined;
    state.counts.set(owner, stored ? { ...stored } : null);
  }
  return state.counts.get(owner) ?? null;
}

/**
 * Applies one record's change (created: before null; deleted: after null) and the audit entries written
 * with it to the register's kept counts, in the transaction that writes them. An edit that moves a record
 * between filters (a hazard closed, an action completed) takes it from one count and adds it to the other.
 */
export async function keepCounts(
  tx: WriteTransaction,
  owner: string,
  table: string,
  before: object | null,
  after: object | null,
  auditEntries = 1,
): Promise<void> {
  const counts = await countsIn(tx, owner);
  if (!counts) return;
  const add = (key: string, by: number) => {
    const next = (counts[key] ?? 0) + by;
    if (next === 0) delete counts[key];
    else counts[key] = next;
  };
  if (before) for (const [key, by] of countsOf(table, before as Counted)) add(key, -by);
  if (after) for (const [key, by] of countsOf(table, after as Counted)) add(key, by);
  add('audit', auditEntries);
}

/** Counts audit entries written on their own (a policy change, a retention summary). */
export const keepAuditCount = (tx: WriteTransaction, owner: string, entries = 1) =>
  keepCounts(tx, owner, 'audit', null, null, entries);

/**
 * At the end of a write transaction's work: writes the counts it kept; when it wrote counted records
 * without keeping them, removes every register's kept counts in the same transaction, so no reader ever
 * sees counts that do not match the records.
 */
export async function settleCounts(tx: WriteTransaction, stores: readonly string[]): Promise<void> {
  const state = pending.get(tx);
  const meta = tx.objectStore('meta');
  if (!state) {
    if (stores.some((store) => (COUNTED_STORES as readonly string[]).includes(store)))
      await meta.delete(ALL_COUNTS_KEYS);
    return;
  }
  for (const [owner, counts] of state.counts) if (counts) await meta.put({ key: countsKey(owner), value: counts });
}

type CountIndex = { count(range?: IDBKeyRange | string): Promise<number> };

/**
 * A register's counts from its indexes, as they stand in the transaction. Used once after a write that did
 * not keep them, and by tests as the figure the kept counts must equal.
 */
export async function countFromIndexes(
  tx: { objectStore(name: CountedStore): { index(name: string): unknown; openCursor?: unknown } },
  owner: string,
): Promise<RegisterCounts> {
  const index = (store: CountedStore, name: string) => tx.objectStore(store).index(name) as unknown as CountIndex;
  const counts: RegisterCounts = {};
  const put = (key: string, value: number) => {
    if (value !== 0) counts[key] = value;
  };
  const owned = prefixRange(owner);
  const figures: [string, Promise<number>][] = [
    ['housingSchemes', index('housingSchemes', 'byOwnerName').count(owned)],
    ['properties', index('properties', 'byOwnerReference').count(owned)],
    ['assessments', index('assessments', 'byOwnerInspection').count(owned)],
    ['hazards', index('hazards', 'byOwnerFound').count(owned)],
    ['actions', index('actions', 'byOwnerStateTarget').count(owned)],
    ['evidence', index('evidence', 'byOwner').count(owner)],
    ['audit', index('audit', 'byOwnerAt').count(owned)],
  ];
  for (const status of ['reported', 'open', 'resolved', 'no-action']) {
    figures.push([hazardFilterKey(status), index('hazards', 'byOwnerStatusFound').count(prefixRange(owner, status))]);
    for (const category of [1, 2]) {
      figures.push([
        hazardFilterKey(status, category),
        index('hazards', 'byOwnerStatusCategoryFound').count(prefixRange(owner, status, category)),
      ]);
    }
  }
  for (const category of [1, 2])
    figures.push([
      hazardFilterKey(undefined, category),
      index('hazards', 'byOwnerCategoryFound').count(prefixRange(owner, category)),
    ]);
  for (const state of ['open', 'completed'])
    figures.push([actionStateKey(state), index('actions', 'byOwnerStateTarget').count(prefixRange(owner, state))]);
  const schemes = tx.objectStore('housingSchemes').index('byOwnerName') as unknown as {
    getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]>;
  };
  for (const key of await schemes.getAllKeys(owned)) {
    const id = (key as string[])[2] as string;
    figures.push([
      schemePropertiesKey(id),
      index('properties', 'byOwnerSchemeReference').count(prefixRange(owner, id)),
    ]);
  }
  const evidence = tx.objectStore('evidence').index('byOwner') as unknown as {
    getAll(owner: string): Promise<{ size: number }[]>;
  };
  figures.push([
    EVIDENCE_BYTES,
    evidence.getAll(owner).then((items) => items.reduce((sum, item) => sum + (Number(item.size) || 0), 0)),
  ]);
  for (const [key, value] of figures) put(key, await value);
  return counts;
}

/** A register's kept counts, counted from the indexes and kept first when a write left none. */
export async function readCounts(db: Database, owner: string): Promise<RegisterCounts> {
  const kept = (await db.get('meta', countsKey(owner)))?.value as RegisterCounts | undefined;
  if (kept) return kept;
  // Counted in a write transaction, so no save can land between the counting and the keeping.
  const tx = db.transaction([...COUNTED_STORES, 'meta' as const], 'readwrite');
  const counts = await countFromIndexes(tx as never, owner);
  await tx.objectStore('meta').put({ key: countsKey(owner), value: counts });
  await tx.done;
  return counts;
}

/** The figure a register's counts give for a store. */
export const storeCount = (counts: RegisterCounts, store: RegisterStore | 'audit') => counts[store] ?? 0;
