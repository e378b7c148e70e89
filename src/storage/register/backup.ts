import { sha256Hex } from '../../evidence/sha256.ts';
import {
  BACKUP_FORMAT,
  backupSchema,
  type AuditEntry,
  type EvidenceRecord,
  type RegisterBackup,
  type RegisterStore,
} from '../../schema/register.ts';
import { describeIssues, type Problem } from '../../schema/zod.ts';
import type { Database } from '../database.ts';
import { auditEntry } from './audit.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import {
  evidenceContentProblem,
  evidenceSizeProblem,
  nestingProblem,
  recomputeScores,
  restoredName,
  type RecomputedScore,
} from './backup-checks.ts';
import { inWriteTx, type WriteTx } from './idb.ts';
import { prefixRange } from './paging.ts';
import { scanOwner } from './queries.ts';
import type { RestoreProgress, RestoreResult, RestoreTable } from './repository.ts';
import { referenceProblems } from './references.ts';
import { OWNER_INDEX } from './storage-use.ts';

const RECORD_TABLES = [
  'housingSchemes',
  'properties',
  'assessments',
  'hazards',
  'actions',
] as const satisfies readonly RestoreTable[];

interface OwnerIndex {
  count(key: IDBKeyRange | string): Promise<number>;
  getAllKeys(key: IDBKeyRange | string): Promise<IDBValidKey[]>;
}

/**
 * Every record of one register: the big tables scanned in chunks, evidence and settings off their keys.
 * `onTable` hears of each table as its reading starts, for a progress bar.
 */
export async function readAll(db: Database, owner: string, onTable: (table: RestoreTable) => void = () => undefined) {
  const scan = <T extends { owner: string; id: string }>(table: (typeof RECORD_TABLES)[number] | 'audit') => {
    onTable(table);
    return scanOwner<T>(db, table, owner);
  };
  const [housingSchemes, properties, assessments, hazards, actions, audit] = [
    await scan('housingSchemes'),
    await scan('properties'),
    await scan('assessments'),
    await scan('hazards'),
    await scan('actions'),
    (await scan<AuditEntry>('audit')).sort((a, b) => (a.id < b.id ? -1 : 1)),
  ];
  onTable('evidence');
  const evidence = (await db.getAllFromIndex('evidence', 'byOwner', owner)) as unknown as EvidenceRecord[];
  const policy = (await db.get('settings', `${owner}/policy`))?.value ?? null;
  return { housingSchemes, properties, assessments, hazards, actions, audit, evidence, policy };
}

/** The register as a backup file's object: lossless, versioned, with each file's bytes as base64. */
export async function exportBackup(db: Database, owner: string, exportedAt: string): Promise<RegisterBackup> {
  const { evidence, ...records } = await readAll(db, owner);
  const files = await Promise.all(
    evidence.map(async ({ blob, ...meta }) => ({
      ...meta,
      data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())),
    })),
  );
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt,
    storageKey: owner,
    ...(records as unknown as Omit<RegisterBackup, 'format' | 'version' | 'exportedAt' | 'storageKey' | 'evidence'>),
    evidence: files,
  };
}

/**
 * Decodes each file and checks it as an upload is checked (size cap, content matching its type), then its
 * size and SHA-256 against what the backup says it is. A file over the cap is not decoded.
 */
async function decodeEvidence(
  backup: RegisterBackup,
): Promise<{ records: Omit<EvidenceRecord, 'owner'>[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const records = await Promise.all(
    backup.evidence.map(async ({ data, ...meta }, index) => {
      const record = { ...meta, originalName: restoredName(meta) };
      const tooBig = evidenceSizeProblem({ data, size: meta.size }, index);
      if (tooBig) {
        problems.push(tooBig);
        return { ...record, blob: new Blob([]) };
      }
      const bytes = base64ToBytes(data);
      const blob = new Blob([bytes], { type: meta.type });
      const content = evidenceContentProblem(meta.type, bytes, index);
      if (content) problems.push(content);
      else if (blob.size !== meta.size)
        problems.push({
          path: `evidence[${index}].data`,
          message: `holds ${blob.size} bytes, but size says ${meta.size}`,
        });
      else if ((await sha256Hex(blob)) !== meta.sha256)
        problems.push({
          path: `evidence[${index}].data`,
          message: 'does not match its SHA-256: the file was changed or damaged',
        });
      return { ...record, blob };
    }),
  );
  return { records, problems };
}

/**
 * Deletes every record of one register from the stores, in the transaction. A store holding nothing else
 * (the usual case: one register per site) is cleared whole, which is far quicker than deleting 100,000
 * records one by one.
 */
export async function clearOwner(tx: WriteTx, owner: string): Promise<void> {
  const range = prefixRange(owner);
  for (const table of [...RECORD_TABLES, 'audit'] as const) {
    const store = tx.objectStore(table as 'audit');
    await emptyOf(store, store.index(OWNER_INDEX[table] as 'byOwnerAt') as unknown as OwnerIndex, range);
  }
  const evidence = tx.objectStore('evidence');
  await emptyOf(evidence, evidence.index('byOwner') as unknown as OwnerIndex, owner);
}

/**
 * Deletes the records `index` lists under `key` from `store`: the whole store at once when they are all it
 * holds, found by counting, so a large register's keys are not read into the page just to be compared.
 */
async function emptyOf(
  store: { count(): Promise<number>; clear(): Promise<void>; delete(key: string): Promise<void> },
  index: OwnerIndex,
  key: IDBKeyRange | string,
): Promise<void> {
  const mine = await index.count(key);
  if (mine === 0) return;
  if ((await store.count()) === mine) return store.clear();
  await Promise.all((await index.getAllKeys(key)).map((primary) => store.delete(primary as string)));
}

export type CheckedBackup =
  | { ok: true; backup: RegisterBackup; evidence: Omit<EvidenceRecord, 'owner'>[]; recomputed: RecomputedScore[] }
  | { ok: false; problems: Problem[] };

/**
 * Checks a backup file: its nesting, its shape, every hazard's score worked out again from its inputs,
 * the references between its records and each file's bytes; lists every problem.
 */
export async function checkBackup(data: unknown): Promise<CheckedBackup> {
  const deep = nestingProblem(data);
  if (deep) return { ok: false, problems: [deep] };
  try {
    const scored = recomputeScores(data);
    const parsed = backupSchema.safeParse(scored.data);
    if (!parsed.success) return { ok: false, problems: [...scored.problems, ...describeIssues(parsed.error.issues)] };
    const backup = parsed.data;
    const decoded = await decodeEvidence(backup);
    const problems = [...scored.problems, ...referenceProblems(backup), ...decoded.problems];
    return problems.length > 0
      ? { ok: false, problems }
      : { ok: true, backup, evidence: decoded.records, recomputed: scored.recomputed };
  } catch (error) {
    // A stack overflow in checking (a file shaped to cause one) is a refusal, not a failure of the page.
    if (error instanceof RangeError)
      return {
        ok: false,
        problems: [
          {
            path: '(the whole file)',
            message: 'is too large or too deeply nested to be a register backup. Nothing has changed.',
          },
        ],
      };
    throw error;
  }
}

/** What a restore is doing, for a progress bar: reading the file, checking it, or writing one table. */
/** Records per write transaction: large enough that committing is rare, small enough to report progress. */
const WRITE_BATCH = 5000;

/**
 * Writes a checked backup into a register's own new, empty database, in transactions of a few thousand records.
 * Counts, compliance facts and search words are left stale, so they are built from these records at first use.
 */
export async function writeRestore(
  db: Database,
  owner: string,
  checked: Extract<CheckedBackup, { ok: true }>,
  who: string,
  at: string,
  onProgress: (progress: RestoreProgress) => void = () => undefined,
): Promise<RestoreResult> {
  const { backup, evidence, recomputed } = checked;
  const restored = auditEntry(
    owner,
    'register',
    'restored',
    null,
    { id: owner, exportedAt: backup.exportedAt },
    who,
    at,
  );
  const corrected =
    recomputed.length === 0
      ? ''
      : `; ${recomputed.length} hazard scores were recomputed from their likelihood and spread of harm`;
  const tables: [RestoreProgress['table'] & string, readonly object[]][] = [
    ...RECORD_TABLES.map((table) => [table, backup[table]] as [typeof table, readonly object[]]),
    [
      'audit',
      [
        ...backup.audit,
        { ...restored, summary: `Register restored from the backup made ${backup.exportedAt}${corrected}` },
      ],
    ],
    ['evidence', evidence],
  ];
  const total = tables.reduce((sum, [, records]) => sum + records.length, 0);
  let done = 0;
  for (const [table, records] of tables) {
    for (let from = 0; from < records.length; from += WRITE_BATCH) {
      onProgress({ phase: 'writing', table, done, total });
      const batch = records.slice(from, from + WRITE_BATCH);
      await inWriteTx(
        db,
        [table],
        async (tx) => {
          const store = tx.objectStore(table as 'audit');
          await Promise.all(batch.map((record) => store.put({ ...record, owner } as never)));
        },
        'relaxed',
      );
      done += batch.length;
    }
  }
  if (backup.policy) await db.put('settings', { key: `${owner}/policy`, value: backup.policy });
  onProgress({ phase: 'writing', done, total });
  const counts = Object.fromEntries(
    [...RECORD_TABLES, 'evidence', 'audit'].map((table) => [table, backup[table as RegisterStore | 'audit'].length]),
  );
  return { ok: true, counts: counts as Record<RegisterStore | 'audit', number>, recomputed };
}

/** Copies a register's settings not in the restored database (who is using it, the last export) into it. */
export async function copySettings(from: Database, to: Database, owner: string): Promise<void> {
  const range = IDBKeyRange.bound(`${owner}/`, `${owner}/\uffff`);
  const settings = await from.getAll('settings', range);
  const tx = to.transaction('settings', 'readwrite');
  const kept = new Set(await tx.store.getAllKeys(range));
  await Promise.all(settings.filter((setting) => !kept.has(setting.key)).map((setting) => tx.store.put(setting)));
  await tx.done;
}

/** Deletes a register's records, settings and kept figures from a database it has moved out of. */
export async function dropOwner(db: Database, owner: string): Promise<void> {
  await inWriteTx(db, [...RECORD_TABLES, 'audit', 'evidence', 'settings'], async (tx) => {
    await clearOwner(tx, owner);
    await tx.objectStore('settings').delete(IDBKeyRange.bound(`${owner}/`, `${owner}/\uffff`));
    for (const name of ['registerFacts', 'propertySearch'] as const) {
      const store = tx.objectStore(name);
      await emptyOf(store as never, store.index('byOwner') as unknown as OwnerIndex, owner);
    }
  });
}
