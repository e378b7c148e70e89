import type { Database } from '../database.ts';
import { EVIDENCE_BYTES, readCounts, storeCount } from './counts.ts';
import { prefixRange } from './paging.ts';
import type { RegisterStorageUse } from './repository.ts';

/** The index that lists one register's records in each store, keyed [owner, …]. */
export const OWNER_INDEX = {
  housingSchemes: 'byOwnerName',
  properties: 'byOwnerReference',
  assessments: 'byOwnerInspection',
  hazards: 'byOwnerFound',
  actions: 'byOwnerStateTarget',
  audit: 'byOwnerAt',
} as const;

/** Records read from each store to learn its records' average size. */
const SAMPLE = 200;

/**
 * How much one register stores, by kind: the evidence files' bytes as kept with the counts, and each store's
 * records as their count times the average size of up to 200 of them (all of them in a small register).
 * Reads a few hundred records, whatever the register's size, so the data screen can show it at once.
 */
export async function registerStorageUse(db: Database, owner: string): Promise<RegisterStorageUse> {
  const counts = await readCounts(db, owner);
  const bytesOf = async (store: keyof typeof OWNER_INDEX) => {
    const count = storeCount(counts, store);
    if (count === 0) return 0;
    const index = db.transaction(store).store.index(OWNER_INDEX[store] as never) as unknown as {
      getAll(range: IDBKeyRange, count: number): Promise<object[]>;
    };
    const sample = await index.getAll(prefixRange(owner), SAMPLE);
    const sampled = sample.reduce((sum, record) => sum + JSON.stringify(record).length, 0);
    return Math.round((sampled / Math.max(sample.length, 1)) * count);
  };
  const stores = ['housingSchemes', 'properties', 'assessments', 'hazards', 'actions'] as const;
  const records = (await Promise.all(stores.map(bytesOf))).reduce((a, b) => a + b, 0);
  return { records, evidenceFiles: counts[EVIDENCE_BYTES] ?? 0, audit: await bytesOf('audit') };
}
