import {
  MERGE_STORES,
  type FieldDifference,
  type MergeAuditEntry,
  type MergeItem,
  type MergePlan,
  type MergeRecord,
  type MergeSide,
} from './merge-types.ts';

/** Bookkeeping every save changes: two versions that differ only here hold the same facts. */
const BOOKKEEPING = new Set(['id', 'owner', 'createdAt', 'updatedAt', 'schemaVersion', 'revision']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields (top level, bookkeeping aside) whose values differ, in the order `here` names them. */
export function fieldDifferences(
  here: Readonly<Record<string, unknown>>,
  there: Readonly<Record<string, unknown>>,
): FieldDifference[] {
  return [...new Set([...Object.keys(here), ...Object.keys(there)])]
    .filter((field) => !BOOKKEEPING.has(field) && !same(here[field], there[field]))
    .map((field) => ({ field, here: here[field] ?? null, there: there[field] ?? null }));
}

interface Seen {
  /** The `at` of every audited version: a save stamps the record's updatedAt and its audit entry alike. */
  versions: Set<string>;
  deleted: boolean;
}

/** What one register's audit trail knows of each record: the versions it has held, and whether it deleted it. */
function trailOf(audit: readonly MergeAuditEntry[]): Map<string, Seen> {
  const trail = new Map<string, Seen>();
  for (const entry of audit) {
    const seen = trail.get(entry.recordId) ?? { versions: new Set<string>(), deleted: false };
    if (entry.change === 'deleted') seen.deleted = true;
    else seen.versions.add(entry.at);
    trail.set(entry.recordId, seen);
  }
  return trail;
}

const held = (trail: Map<string, Seen>, record: MergeRecord) =>
  trail.get(record.id)?.versions.has(record.updatedAt) ?? false;

/** The key a conflict's choice is filed under: its store and record id. */
export function mergeKey(item: { store: string; there: MergeRecord }): string {
  return `${item.store}/${item.there.id}`;
}

/**
 * Compares this register with a backup from another device, record by record (matched by id), and says what
 * a merge would do — a dry run: nothing is decided for the person where both sides changed a record.
 *
 * The common ancestor of a record is the last version both audit trails hold. A side whose current version
 * the other side's trail holds has not changed it since, so the other side's newer version wins; when
 * neither trail holds the other's current version, both changed it and it is a conflict. A record missing
 * from one side is "deleted" there only if that side's trail says so; otherwise it is new on the other side.
 * A file the backup adds to a record that already has the same bytes (same SHA-256) is not added twice.
 */
export function planMerge(here: MergeSide, there: MergeSide): MergePlan {
  const trailHere = trailOf(here.audit);
  const trailThere = trailOf(there.audit);
  const items: MergeItem[] = [];
  let sameCount = 0;
  const filesHere = new Set(here.records.evidence.map((file) => `${String(file.recordId)}|${String(file.sha256)}`));
  for (const store of MERGE_STORES) {
    const mine = new Map(here.records[store].map((record) => [record.id, record]));
    const theirs = new Set<string>();
    for (const record of there.records[store]) {
      theirs.add(record.id);
      const current = mine.get(record.id);
      if (current === undefined) {
        if (trailHere.get(record.id)?.deleted) {
          items.push(
            held(trailHere, record)
              ? { kind: 'deleted-here', store, there: record }
              : { kind: 'conflict', store, here: null, there: record, fields: [] },
          );
        } else if (store === 'evidence' && filesHere.has(`${String(record.recordId)}|${String(record.sha256)}`)) {
          const copy = here.records.evidence.find(
            (file) => file.recordId === record.recordId && file.sha256 === record.sha256,
          ) as MergeRecord;
          items.push({ kind: 'duplicate-file', store, here: copy, there: record });
        } else items.push({ kind: 'new-there', store, there: record });
        continue;
      }
      const fields = fieldDifferences(current, record);
      if (fields.length === 0) sameCount += 1;
      else if (held(trailHere, record)) items.push({ kind: 'changed-here', store, here: current, there: record });
      else if (held(trailThere, current))
        items.push({ kind: 'updated-there', store, here: current, there: record, fields });
      else items.push({ kind: 'conflict', store, here: current, there: record, fields });
    }
    for (const record of here.records[store]) {
      if (!theirs.has(record.id))
        items.push({ kind: trailThere.get(record.id)?.deleted ? 'deleted-there' : 'only-here', store, here: record });
    }
  }
  const counts = {
    'new-there': 0,
    'updated-there': 0,
    'changed-here': 0,
    'only-here': 0,
    'deleted-there': 0,
    'deleted-here': 0,
    'duplicate-file': 0,
    conflict: 0,
    same: sameCount,
  };
  for (const item of items) counts[item.kind] += 1;
  const known = new Set(here.audit.map((entry) => entry.id));
  const auditToImport = there.audit
    .map((entry) => entry.id)
    .filter((id) => !known.has(id))
    .sort();
  return { items, counts, auditToImport };
}
