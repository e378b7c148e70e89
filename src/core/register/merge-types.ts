/**
 * The shapes a merge of two registers works on. Core knows nothing of the stored schemas: any record with
 * an id, a revision and an updatedAt can be merged, and any audit entry naming its record and time.
 */

/** The stores a merge compares, in the order records must be written (a record before what points at it). */
export const MERGE_STORES = ['housingSchemes', 'properties', 'assessments', 'hazards', 'actions', 'evidence'] as const;
export type MergeStore = (typeof MERGE_STORES)[number];

export interface MergeRecord {
  id: string;
  revision: number;
  /** ISO instant of the last save; with the audit trail's `at` it identifies a version of the record. */
  updatedAt: string;
  [field: string]: unknown;
}

export interface MergeAuditEntry {
  id: string;
  recordId: string;
  change: string;
  at: string;
}

/** One register: its records per store and its whole audit trail. */
export interface MergeSide {
  records: Record<MergeStore, readonly MergeRecord[]>;
  audit: readonly MergeAuditEntry[];
}

/** A field whose value differs between here and the backup. */
export interface FieldDifference {
  field: string;
  here: unknown;
  there: unknown;
}

/**
 * What the merge found for one record:
 * - `new-there`: added on the other device — it will be added here;
 * - `updated-there`: changed only on the other device since both last had the same version — theirs is taken;
 * - `changed-here`: changed only here — kept;
 * - `only-here`: added here, not in the backup — kept;
 * - `deleted-there`: deleted on the other device — listed, and kept here;
 * - `deleted-here`: deleted here and not changed there since — listed, and stays deleted;
 * - `duplicate-file`: a file the backup adds to a record that already has the same file (same SHA-256) here;
 * - `conflict`: changed on both devices (or deleted here and changed there) — a person chooses.
 */
export type MergeItem =
  | { kind: 'new-there'; store: MergeStore; there: MergeRecord }
  | { kind: 'updated-there'; store: MergeStore; here: MergeRecord; there: MergeRecord; fields: FieldDifference[] }
  | { kind: 'changed-here'; store: MergeStore; here: MergeRecord; there: MergeRecord }
  | { kind: 'only-here'; store: MergeStore; here: MergeRecord }
  | { kind: 'deleted-there'; store: MergeStore; here: MergeRecord }
  | { kind: 'deleted-here'; store: MergeStore; there: MergeRecord }
  | { kind: 'duplicate-file'; store: 'evidence'; here: MergeRecord; there: MergeRecord }
  | { kind: 'conflict'; store: MergeStore; here: MergeRecord | null; there: MergeRecord; fields: FieldDifference[] };

export type MergeKind = MergeItem['kind'];

export interface MergePlan {
  /** Every record of either side that differs, plus those only here; identical records are only counted. */
  items: MergeItem[];
  counts: Record<MergeKind | 'same', number>;
  /** The backup's audit entries this register does not have yet (matched by id), oldest first. */
  auditToImport: string[];
}

/** A person's choice for one conflict: keep this register's version, take the backup's, or field by field. */
export type ConflictChoice = 'here' | 'there' | { fields: Readonly<Record<string, 'here' | 'there'>> };

/** What applying a plan writes: records to put (as they will be stored) and the change each makes here. */
export interface MergeWrite {
  store: MergeStore;
  before: MergeRecord | null;
  after: MergeRecord;
  /** 'added' from the backup, 'taken' (the backup's version as it is), or 'combined' (a new version from both). */
  how: 'added' | 'taken' | 'combined';
}
