import {
  mergeKey,
  planMerge,
  resolveMerge,
  type ConflictChoice,
  type MergeSide,
  type MergeWrite,
} from '../../core/register/index.ts';
import { RECORD_SCHEMAS, type AuditEntry, type RegisterStore } from '../../schema/register.ts';
import { describeIssues, type Problem } from '../../schema/zod.ts';
import type { Database } from '../database.ts';
import { auditEntry } from './audit.ts';
import { checkBackup, readAll } from './backup.ts';
import { inWriteTx } from './idb.ts';
import type { MergeCheck, MergeLogEntry, MergeResult, PreparedMerge } from './repository.ts';
import { StorageError } from '../repository.ts';

const TABLES = ['housingSchemes', 'properties', 'assessments', 'hazards', 'actions', 'evidence'] as const;
type Tables = Record<(typeof TABLES)[number], readonly object[]>;

/** One side for the merge: its records as plain data (a file stands for its bytes by its SHA-256). */
function sideOf(
  tables: Omit<Tables, 'evidence'>,
  evidence: readonly object[],
  audit: readonly AuditEntry[],
): MergeSide {
  const records = Object.fromEntries(TABLES.map((table) => [table, table === 'evidence' ? evidence : tables[table]]));
  return { records: records as unknown as MergeSide['records'], audit };
}
/** The fields by which a record of each store points at another (a hazard's `hazardId` is its HHSRS hazard). */
const LINKS: Record<(typeof TABLES)[number], readonly string[]> = {
  housingSchemes: [],
  properties: ['housingSchemeId'],
  assessments: ['propertyId'],
  hazards: ['propertyId', 'assessmentId'],
  actions: ['propertyId', 'hazardId'],
  evidence: ['propertyId', 'recordId'],
};

/**
 * Checks a backup from another device and compares it with this register (a dry run: nothing changes).
 * An invalid backup is refused with every problem listed, as a restore would refuse it.
 */
export async function checkMerge(db: Database, owner: string, data: unknown): Promise<MergeCheck> {
  const checked = await checkBackup(data);
  if (!checked.ok) return checked;
  const { backup, evidence } = checked;
  const here = await readAll(db, owner);
  const plan = planMerge(
    sideOf(
      here,
      here.evidence.map(({ blob: _blob, ...meta }) => meta),
      here.audit,
    ),
    sideOf(
      backup,
      backup.evidence.map(({ data: _data, ...meta }) => meta),
      backup.audit,
    ),
  );
  const importing = new Set(plan.auditToImport);
  return {
    ok: true,
    merge: {
      plan,
      exportedAt: backup.exportedAt,
      from: backup.storageKey,
      audit: backup.audit.filter((entry) => importing.has(entry.id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
      files: new Map(evidence.map((file) => [file.id, file.blob])),
      idsHere: new Set(TABLES.flatMap((t) => here[t].map((record) => (record as { id: string }).id))),
    },
  };
}

/** Problems with what the merge would write: a combined record that breaks a rule, a link to a record not kept. */
function writeProblems(writes: readonly MergeWrite[], idsHere: ReadonlySet<string>): Problem[] {
  const ids = new Set([...idsHere, ...writes.map((write) => write.after.id)]);
  const problems: Problem[] = [];
  for (const { store, after } of writes) {
    const record = store === 'evidence' ? { ...after, owner: 'check', blob: new Blob() } : { ...after };
    const parsed = RECORD_SCHEMAS[store].safeParse(record);
    if (!parsed.success)
      for (const p of describeIssues(parsed.error.issues))
        problems.push({ path: `${store}/${after.id}.${p.path}`, message: p.message });
    for (const link of LINKS[store]) {
      const target = after[link];
      if (typeof target === 'string' && !ids.has(target))
        problems.push({
          path: `${store}/${after.id}.${link}`,
          message: `points to ${target}, which was deleted here: take the backup’s version of it too`,
        });
    }
  }
  return problems;
}

/**
 * Applies a checked merge with the person's choices for its conflicts, in one transaction: records added or
 * taken from the backup, combined versions, one audit entry per record the merge changed (or kept over the
 * backup's), the backup's own audit entries this register lacked, and a line in the merge log. Nothing here
 * is deleted. If this register changed since the check, nothing is written.
 * @throws HhsrsInputError when a conflict has no choice; StorageError 'conflict' when the register changed
 */
export async function applyMerge(
  db: Database,
  owner: string,
  merge: PreparedMerge,
  choices: ReadonlyMap<string, ConflictChoice>,
  who: string,
  at: string,
): Promise<MergeResult> {
  const writes = resolveMerge(merge.plan, choices, at);
  const problems = writeProblems(writes, merge.idsHere);
  if (problems.length > 0) return { ok: false, problems };
  const note = `merged from the backup made ${merge.exportedAt}`;
  const kept = merge.plan.items.flatMap((item) =>
    item.kind === 'conflict' && item.here !== null && choices.get(mergeKey(item)) === 'here'
      ? [{ store: item.store, here: item.here }]
      : [],
  );
  await inWriteTx(db, [...TABLES, 'audit', 'settings'], async (tx) => {
    const audit = tx.objectStore('audit');
    const log = (entry: AuditEntry) => audit.put({ ...entry, owner } as never);
    for (const { store, before, after, how } of writes) {
      const records = tx.objectStore(store as RegisterStore);
      const current = (await records.get(after.id)) as { revision: number; owner: string } | undefined;
      if (current?.revision !== before?.revision || (current && current.owner !== owner)) {
        throw new StorageError(
          'conflict',
          'The register changed in another tab or window since the backup was checked, so nothing was merged. Check the backup again.',
        );
      }
      const record = { ...after, owner, ...(store === 'evidence' ? { blob: merge.files.get(after.id) } : {}) };
      await records.put(record as never);
      const entry = auditEntry(owner, store, how === 'added' ? 'imported' : 'updated', before, record, who, at);
      await log({
        ...entry,
        summary: `${entry.summary}: ${how === 'combined' ? 'combined from both versions' : how === 'added' ? 'added' : 'backup’s version taken'}, ${note}`,
      });
    }
    for (const item of kept) {
      const entry = auditEntry(owner, item.store, 'updated', item.here, item.here, who, at);
      await log({ ...entry, summary: `${entry.summary}: this register’s version kept over the backup’s, ${note}` });
    }
    for (const entry of merge.audit) await log(entry);
    const summary = `Register ${note} (${merge.from}): ${merge.plan.counts['new-there']} added, ${merge.plan.counts['updated-there']} updated, ${merge.plan.counts.conflict} conflicts resolved`;
    await log({ ...auditEntry(owner, 'register', 'imported', null, { id: owner }, who, at), summary, changes: [] });
    const settings = tx.objectStore('settings');
    const previous = ((await settings.get(`${owner}/merge-log`))?.value ?? []) as MergeLogEntry[];
    const line: MergeLogEntry = { at, who, exportedAt: merge.exportedAt, from: merge.from, counts: merge.plan.counts };
    await settings.put({ key: `${owner}/merge-log`, value: [...previous, line] });
  });
  const count = (how: MergeWrite['how']) => writes.filter((write) => write.how === how).length;
  return {
    ok: true,
    added: count('added'),
    updated: count('taken'),
    combined: count('combined'),
    auditImported: merge.audit.length,
  };
}
