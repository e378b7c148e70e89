import type {
  RegisterAction,
  RegisterAssessment,
  RegisterEvidence,
  RegisterHazard,
} from '../../core/register/types.ts';
import { ukDateOf } from '../../core/uk-time.ts';
import type { Database, FactsTable, PropertyFacts, WriteTransaction } from '../database-schema.ts';

type Stored = Record<string, unknown> & { id: string; owner: string };

/** The meta key saying a register's facts match its records. */
export const factsFreshKey = (owner: string) => `register-facts/${owner}`;
const GENERATION = 'register-facts-generation';
const ALL_FRESH_KEYS = IDBKeyRange.bound('register-facts/', 'register-facts/\uffff');

const HAZARD_FIELDS = [
  'id',
  'propertyId',
  'hazardId',
  'foundOn',
  'reportedBy',
  'category',
  'status',
  'escalatedOn',
  'resolvedOn',
  'awaabs',
  'investigationEndedOn',
  'writtenSummarySentOn',
  'madeSafeAt',
  'furtherWorksStartedOn',
] as const;
const ACTION_FIELDS = ['id', 'propertyId', 'hazardId', 'description', 'raisedOn', 'targetDate', 'completedOn'] as const;

function pick(record: Stored, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // An absent Awaab's Law step stays absent, as on the stored record.
  for (const field of fields) if (field in record) out[field] = record[field];
  return out;
}

/** What the report reads of one stored record. */
function factOf(table: FactsTable, record: Stored): { id: string } & object {
  switch (table) {
    case 'assessments':
      return {
        id: record.id,
        propertyId: record.propertyId,
        inspectionDate: record.inspectionDate,
      } as RegisterAssessment;
    case 'hazards':
      return pick(record, HAZARD_FIELDS) as unknown as RegisterHazard;
    case 'actions':
      return pick(record, ACTION_FIELDS) as unknown as RegisterAction;
    case 'evidence': {
      const evidence: RegisterEvidence & { id: string } = {
        id: record.id,
        recordId: String(record.recordId),
        addedOn: ukDateOf(Date.parse(String(record.createdAt))),
      };
      return evidence;
    }
  }
}

const TABLES: readonly FactsTable[] = ['assessments', 'hazards', 'actions', 'evidence'];
export const isFactsTable = (table: string): table is FactsTable => (TABLES as readonly string[]).includes(table);

/** One facts record per property that has any records, from a register's records (restore can call this). */
export function factsFromRecords(owner: string, records: { [T in FactsTable]: readonly object[] }): PropertyFacts[] {
  const byProperty = new Map<string, PropertyFacts>();
  for (const table of TABLES) {
    for (const record of records[table] as Stored[]) {
      const propertyId = String(record.propertyId);
      let facts = byProperty.get(propertyId);
      if (!facts) {
        facts = { propertyId, owner, assessments: [], hazards: [], actions: [], evidence: [] };
        byProperty.set(propertyId, facts);
      }
      (facts[table] as { id: string }[]).push(factOf(table, record));
    }
  }
  return [...byProperty.values()];
}

/** The stores a transaction that keeps the facts needs beside its own. */
export const FACTS_STORES = ['meta', 'registerFacts'] as const;

const kept = new WeakSet<object>();

/**
 * Applies one record's change (created: before null; deleted: after null) to its property's facts, in the
 * transaction that writes the record. Properties and housing schemes have no facts of their own.
 */
export async function keepFacts(
  tx: WriteTransaction,
  owner: string,
  table: string,
  before: object | null,
  after: object | null,
): Promise<void> {
  kept.add(tx);
  if (table === 'properties' && after === null) await tx.objectStore('registerFacts').delete((before as Stored).id);
  if (!isFactsTable(table)) return;
  const record = (after ?? before) as Stored;
  const store = tx.objectStore('registerFacts');
  const propertyId = String(record.propertyId);
  const facts = (await store.get(propertyId)) ?? {
    propertyId,
    owner,
    assessments: [],
    hazards: [],
    actions: [],
    evidence: [],
  };
  const list = (facts[table] as { id: string }[]).filter((item) => item.id !== record.id);
  if (after !== null) list.push(factOf(table, after as Stored));
  await store.put({ ...facts, [table]: list });
}

/**
 * After a write transaction's work: when it changed records without keeping the facts, every register's
 * facts are marked stale in the same transaction, so no report ever reads facts older than the records.
 */
export async function settleFacts(tx: WriteTransaction, stores: readonly string[]): Promise<void> {
  if (!stores.some(isFactsTable)) return;
  const meta = tx.objectStore('meta');
  if (!kept.has(tx)) await meta.delete(ALL_FRESH_KEYS);
  // A rebuild that read the records before this write must not mark its facts fresh.
  const generation = (await meta.get(GENERATION))?.value as number | undefined;
  await meta.put({ key: GENERATION, value: (generation ?? 0) + 1 });
}

/** Writes a register's facts afresh from its records, replacing what was there, and marks them fresh. */
export async function writeFacts(tx: WriteTransaction, owner: string, facts: readonly PropertyFacts[]): Promise<void> {
  const store = tx.objectStore('registerFacts');
  for (const key of await store.index('byOwner').getAllKeys(owner)) await store.delete(key);
  await Promise.all(facts.map((item) => store.put(item)));
  await tx.objectStore('meta').put({ key: factsFreshKey(owner), value: true });
  kept.add(tx);
}

/** The stores read to rebuild facts, each record of the register once. */
async function recordsOf(db: Database, owner: string): Promise<{ [T in FactsTable]: object[] }> {
  const { scanOwner } = await import('./queries.ts');
  const [assessments, hazards, actions] = await Promise.all([
    scanOwner<Stored>(db, 'assessments', owner),
    scanOwner<Stored>(db, 'hazards', owner),
    scanOwner<Stored>(db, 'actions', owner),
  ]);
  const evidence = (await db.getAllFromIndex('evidence', 'byOwner', owner)) as unknown as Stored[];
  return { assessments, hazards, actions, evidence };
}

/**
 * A register's facts, rebuilt first when they are stale. A write made during the rebuild's reads marks
 * them stale again, and the rebuild (which checks the mark in its own write) starts over.
 */
export async function readFacts(db: Database, owner: string): Promise<PropertyFacts[]> {
  for (;;) {
    if ((await db.get('meta', factsFreshKey(owner))) !== undefined) {
      return (await db.getAllFromIndex('registerFacts', 'byOwner', owner)) as unknown as PropertyFacts[];
    }
    const started = (await db.get('meta', GENERATION))?.value;
    const facts = factsFromRecords(owner, await recordsOf(db, owner));
    const tx = db.transaction(['meta', 'registerFacts'], 'readwrite');
    if ((await tx.objectStore('meta').get(GENERATION))?.value !== started) {
      tx.abort();
      await tx.done.catch(() => undefined);
      continue;
    }
    await writeFacts(tx, owner, facts);
    await tx.done;
  }
}

/** The database's version 3 upgrade: every register's compliance facts from the records it already has. */
export async function buildAllFacts(transaction: WriteTransaction): Promise<void> {
  const tables: FactsTable[] = ['assessments', 'hazards', 'actions', 'evidence'];
  const byOwner = new Map<string, { [T in FactsTable]: object[] }>();
  for (const table of tables) {
    for (const record of (await transaction.objectStore(table).getAll()) as unknown as { owner: string }[]) {
      let records = byOwner.get(record.owner);
      if (!records) {
        records = { assessments: [], hazards: [], actions: [], evidence: [] };
        byOwner.set(record.owner, records);
      }
      records[table].push(record);
    }
  }
  const owners = new Set([
    ...byOwner.keys(),
    ...((await transaction.objectStore('properties').getAll()) as unknown as { owner: string }[]).map((p) => p.owner),
  ]);
  for (const owner of owners) {
    const facts = factsFromRecords(
      owner,
      byOwner.get(owner) ?? { assessments: [], hazards: [], actions: [], evidence: [] },
    );
    for (const item of facts) await transaction.objectStore('registerFacts').put(item);
    await transaction.objectStore('meta').put({ key: factsFreshKey(owner), value: true });
  }
}
