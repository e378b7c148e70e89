import { describeIssues } from '../../schema/zod.ts';
import {
  RECORD_SCHEMAS,
  REGISTER_SCHEMA_VERSION,
  type RegisterRecords,
  type RegisterStore,
} from '../../schema/register.ts';
import { auditEntry } from './audit.ts';
import { keepCounts, settleCounts } from './counts.ts';
import { FACTS_STORES, keepFacts, settleFacts } from './facts.ts';
import { keepSearch, settleSearch } from './search.ts';
import type { Database } from '../database.ts';
import { RegisterValidationError, type RecordInput } from './repository.ts';
import { StorageError, toStorageError } from '../repository.ts';

// Register writes. This module brings the record schemas (and zod) with it, so the repository imports it
// at the first write rather than when the register opens.

/** The stores a register write may touch. */
export type RegisterTxStore = RegisterStore | 'audit' | 'settings';
// Every register write can reach the compliance facts, so each either keeps them or marks them stale.
const openWrite = (db: Database, stores: RegisterTxStore[], durability: IDBTransactionDurability = 'default') =>
  db.transaction([...stores, ...FACTS_STORES, 'propertySearch' as const], 'readwrite', { durability });
export type WriteTx = ReturnType<typeof openWrite>;

/** Stamps and validates a record about to be written. */
export function stamp<S extends RegisterStore>(
  owner: string,
  store: S,
  input: RecordInput<S>,
  current: RegisterRecords[S] | undefined,
  at: string,
): RegisterRecords[S] {
  const record = {
    ...input,
    id: input.id ?? current?.id ?? crypto.randomUUID(),
    owner,
    createdAt: current?.createdAt ?? at,
    updatedAt: at,
    schemaVersion: REGISTER_SCHEMA_VERSION,
    revision: (current?.revision ?? 0) + 1,
  };
  const result = RECORD_SCHEMAS[store].safeParse(record);
  if (!result.success) throw new RegisterValidationError(describeIssues(result.error.issues));
  return record as unknown as RegisterRecords[S];
}

/** A save against a revision that is no longer the stored one: another tab or window got there first. */
export function conflictError(
  store: RegisterStore,
  current: { revision: number; updatedAt: string } | undefined,
): StorageError {
  const what =
    store === 'properties' ? 'property' : store === 'hazards' ? 'hazard' : store === 'actions' ? 'action' : 'record';
  if (!current)
    return new StorageError(
      'conflict',
      `This ${what} was deleted in another tab or window, so your changes were not saved.`,
    );
  const time = new Date(current.updatedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return new StorageError(
    'conflict',
    `This ${what} was changed in another tab or window at ${time}, so your changes were not saved. Open it again to see the latest version, then make your change again.`,
  );
}

/**
 * Writes one record and its audit entry in the transaction, checking the revision first.
 * Returns the saved record.
 */
export async function writeWithAudit<S extends RegisterStore>(
  tx: WriteTx,
  owner: string,
  store: S,
  input: RecordInput<S>,
  expectedRevision: number | null,
  who: string,
  at: string,
  change: 'created' | 'updated' | 'imported' = expectedRevision === null ? 'created' : 'updated',
): Promise<RegisterRecords[S]> {
  const records = tx.objectStore(store);
  const current =
    input.id === undefined ? undefined : ((await records.get(input.id)) as RegisterRecords[S] | undefined);
  if ((current?.revision ?? null) !== expectedRevision || (current && current.owner !== owner))
    throw conflictError(store, current);
  const saved = stamp(owner, store, input, current, at);
  await records.put(saved as never);
  await tx.objectStore('audit').put(auditEntry(owner, store, change, current ?? null, saved, who, at) as never);
  await keepFacts(tx, owner, store, current ?? null, saved);
  await keepCounts(tx, owner, store, current ?? null, saved);
  await keepSearch(tx, owner, store, current ?? null, saved);
  return saved;
}

/**
 * Runs a write transaction, turning browser errors into StorageErrors and aborting on any throw.
 * `relaxed` durability (bulk restores and imports, whose source file still exists) lets the browser
 * confirm before the disk has the data, which here makes a 150,000-record restore markedly faster.
 */
export async function inWriteTx<T>(
  db: Database,
  stores: RegisterTxStore[],
  work: (tx: WriteTx) => Promise<T>,
  durability: IDBTransactionDurability = 'default',
): Promise<T> {
  const tx = openWrite(db, stores, durability);
  try {
    const result = await work(tx);
    await settleFacts(tx, stores);
    await settleCounts(tx, stores);
    await settleSearch(tx, stores);
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser.
    }
    if (error instanceof RegisterValidationError) throw error;
    throw toStorageError(error);
  }
}
