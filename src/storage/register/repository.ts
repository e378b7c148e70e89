import type { ComplianceInput, ConflictChoice, MergePlan, RetentionList } from '../../core/register/index.ts';
import type { RegisterAction, RegisterAssessment, RegisterHazard } from '../../core/register/types.ts';
import type { PrepareEvidenceResult } from '../../evidence/prepare-evidence.ts';
import type {
  ActionRecord,
  AssessmentRecord,
  AuditEntry,
  EvidenceRecord,
  HazardEntryRecord,
  HousingSchemeRecord,
  PolicySettings,
  PropertyRecord,
  RegisterRecords,
  RegisterStore,
} from '../../schema/register.ts';
import type { Problem } from '../../schema/zod.ts';
import type { RecomputedScore } from './backup-checks.ts';

/**
 * What `<hazard-register>` needs from storage. Everything is kept under the register's storage key, so two
 * registers on one page never see each other's records. Every write appends to the audit trail in the
 * same transaction: a change that is not in the trail did not happen.
 */

/** The fields a caller supplies; the repository stamps id (unless given), owner, times, version and revision. */
export type RecordInput<S extends RegisterStore> = Omit<
  RegisterRecords[S],
  'id' | 'owner' | 'createdAt' | 'updatedAt' | 'schemaVersion' | 'revision'
> & {
  id?: string;
};

/** New records for several stores, written in this order: schemes, properties, assessments, hazards, actions. */
export type SaveBatch = { [S in Exclude<RegisterStore, 'evidence'>]?: readonly RecordInput<S>[] };

export interface Page<T> {
  items: T[];
  /** How many match the query in all. */
  total: number;
  offset: number;
}

export interface PropertyQuery {
  housingSchemeId?: string;
  /**
   * Matches the start of the reference or, when no reference does, of the postcode, or when neither does,
   * properties with a word of their address, town, postcode or reference starting with each word typed.
   */
  search?: string;
  sort: 'reference' | 'reference-desc' | 'next-inspection';
  offset: number;
  limit: number;
}

export interface HazardQuery {
  status?: HazardEntryRecord['status'];
  category?: 1 | 2;
  offset: number;
  limit: number;
}

export interface ActionQuery {
  state?: 'open' | 'completed';
  /** Only actions still open after their target date on this day (YYYY-MM-DD). */
  overdueOn?: string;
  offset: number;
  limit: number;
}

export interface PropertyPage extends Page<PropertyRecord> {
  /** What the search matched on, when there was one. */
  matchedOn?: 'reference' | 'postcode' | 'address';
}

export interface EvidenceInput {
  recordId: string;
  propertyId: string;
  kind: EvidenceRecord['kind'];
  file: Extract<PrepareEvidenceResult, { ok: true }>;
  note: string;
  takenAt: string | null;
}

/**
 * The records a compliance report reads: properties as they stood on the report date, of the rest the parts
 * the report reads, as stored; evidence as the record it supports and the day it was added.
 */
export interface ReportData {
  properties: PropertyRecord[];
  assessments: RegisterAssessment[];
  hazards: RegisterHazard[];
  actions: RegisterAction[];
  evidence: ComplianceInput['evidence'];
}

/** A restore's counts, with each hazard whose stored score was corrected from its inputs; or every problem. */
export type RestoreResult =
  | { ok: true; counts: Record<RegisterStore | 'audit', number>; recomputed: RecomputedScore[] }
  | { ok: false; problems: Problem[] };

export type CsvTable = RegisterStore | 'audit';

export interface RegisterRepository {
  readonly storageKey: string;
  get<S extends RegisterStore>(store: S, id: string): Promise<RegisterRecords[S] | undefined>;
  /**
   * Creates (expectedRevision null) or updates a record and appends the change to the audit trail.
   * @throws RegisterValidationError listing each problem; StorageError 'conflict' when the record changed
   *   since `expectedRevision` (another tab), or another StorageError when the browser refused the write
   */
  save<S extends RegisterStore>(
    store: S,
    input: RecordInput<S>,
    expectedRevision: number | null,
    who: string,
  ): Promise<RegisterRecords[S]>;
  /** Creates many records in one transaction (a CSV import), each audited as imported; all or none. */
  saveMany(batch: SaveBatch, who: string): Promise<void>;
  /** Finds a property by its reference (exact). */
  propertyByReference(reference: string): Promise<PropertyRecord | undefined>;
  /** Deletes a record and what hangs from it (a property's hazards, their actions, their evidence), all audited. */
  remove(store: RegisterStore, id: string, who: string): Promise<void>;
  addEvidence(input: EvidenceInput, who: string): Promise<EvidenceRecord>;
  listHousingSchemes(): Promise<HousingSchemeRecord[]>;
  listProperties(query: PropertyQuery): Promise<PropertyPage>;
  listHazards(query: HazardQuery): Promise<Page<HazardEntryRecord>>;
  listActions(query: ActionQuery): Promise<Page<ActionRecord>>;
  assessmentsOf(propertyId: string): Promise<AssessmentRecord[]>;
  hazardsOf(propertyId: string): Promise<HazardEntryRecord[]>;
  actionsOf(hazardId: string): Promise<ActionRecord[]>;
  evidenceOf(recordId: string): Promise<EvidenceRecord[]>;
  /** The audit trail of one record, oldest first. */
  history(recordId: string): Promise<AuditEntry[]>;
  /** The latest changes to the whole register, newest first. */
  recentChanges(limit: number): Promise<AuditEntry[]>;
  /**
   * The records the compliance report for `asOf` (YYYY-MM-DD) reads, for one housing scheme or (null) the
   * whole portfolio, with each property as it stood at the end of that day (without `asOf`: as it stands).
   */
  reportData(housingSchemeId: string | null, asOf?: string): Promise<ReportData>;
  counts(): Promise<Record<RegisterStore | 'audit', number>>;
  /** How many bytes the register's records, evidence files and audit trail take, as stored. */
  storageUse(): Promise<RegisterStorageUse>;
  /** Whether the register has no properties yet: one key read, whatever its size. */
  isEmpty(): Promise<boolean>;
  getPolicy(): Promise<PolicySettings>;
  setPolicy(policy: PolicySettings, who: string): Promise<void>;
  getSetting<T>(name: string): Promise<T | undefined>;
  setSetting(name: string, value: unknown): Promise<void>;
  /** Everything under the storage key as a versioned backup object (evidence as base64). */
  exportBackup(): Promise<unknown>;
  /**
   * The backup as a JSON file, built off the page's thread, reporting progress. `signal` cancels (an
   * ExportCancelledError); nothing changes but the time of the last export, once the file is made.
   */
  exportFile(onProgress: (progress: ExportProgress) => void, signal?: AbortSignal): Promise<Blob>;
  /** Replaces everything under the storage key with a backup — or, if it has any problem, changes nothing. */
  restoreBackup(backup: unknown, who: string): Promise<RestoreResult>;
  /**
   * Restores a backup file off the page's thread, reporting progress, into a new database that replaces the
   * register only once complete. `signal` cancels, leaving the register as it was (a RestoreCancelledError);
   * a file that is not JSON is an UnreadableBackupError.
   */
  restoreFile(
    file: Blob,
    who: string,
    onProgress: (progress: RestoreProgress) => void,
    signal?: AbortSignal,
  ): Promise<RestoreResult>;
  /** Checks a backup from another device and compares it with the register: a dry run that changes nothing. */
  checkMerge(backup: unknown): Promise<MergeCheck>;
  /**
   * Merges a checked backup into the register (nothing replaced, nothing deleted) in one transaction, with a
   * choice for every conflict keyed by `mergeKey`.
   * @throws HhsrsInputError when a conflict has no choice; StorageError 'conflict' when the register changed since the check
   */
  applyMerge(merge: PreparedMerge, choices: ReadonlyMap<string, ConflictChoice>, who: string): Promise<MergeResult>;
  /** The merges made into this register, oldest first. */
  mergeLog(): Promise<MergeLogEntry[]>;
  /** The closed hazards, with their actions and evidence, older than `months` on `today` (YYYY-MM-DD). */
  listRetained(months: number, today: string): Promise<RetentionList>;
  /** Deletes the chosen hazards of that list (those still on it) with their actions and evidence, audited. */
  deleteRetained(hazardIds: readonly string[], months: number, today: string, who: string): Promise<number>;
  exportCsv(table: CsvTable): Promise<string>;
  /** Deletes every record, evidence item, audit entry and setting under the storage key, and nothing else. */
  deleteEverything(): Promise<void>;
}

/** A record that failed its schema: each problem has the field's path. */
export class RegisterValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
    this.name = 'RegisterValidationError';
  }
}

/** A backup checked against this register: the dry run to show, and what applying it needs. */
export interface PreparedMerge {
  plan: MergePlan;
  /** When the other device made the backup, and its storage key. */
  exportedAt: string;
  from: string;
  /** The backup's audit entries this register does not have, to import. */
  audit: AuditEntry[];
  /** Each of the backup's files by evidence id, decoded and checked against its SHA-256. */
  files: ReadonlyMap<string, Blob>;
  /** Every record id this register holds now: what a merged record may point at, with what the merge writes. */
  idsHere: ReadonlySet<string>;
}

export type MergeCheck = { ok: true; merge: PreparedMerge } | { ok: false; problems: Problem[] };
export type MergeResult =
  | { ok: true; added: number; updated: number; combined: number; auditImported: number }
  | { ok: false; problems: Problem[] };

/** One line of the register's merge log (setting `merge-log`), newest last. */
export interface MergeLogEntry {
  at: string;
  who: string;
  exportedAt: string;
  from: string;
  counts: MergePlan['counts'];
}

/** The tables a restore writes, in the order it writes them. */
export type RestoreTable =
  | 'housingSchemes'
  | 'properties'
  | 'assessments'
  | 'hazards'
  | 'actions'
  | 'audit'
  | 'evidence';

/** How far a restore has got, for its progress bar. */
export interface RestoreProgress {
  phase: 'reading' | 'checking' | 'writing';
  table?: RestoreTable;
  /** Records written so far of `total`, over all tables (0 of 0 while reading and checking). */
  done: number;
  total: number;
}

/** How far a backup export has got, for its progress bar. */
export interface ExportProgress {
  /** Reading the register's records, then writing them into the file. */
  phase: 'reading' | 'writing';
  table?: RestoreTable;
  /** Records written into the file so far of `total` (0 of 0 while reading). */
  done: number;
  total: number;
}

/** How many bytes a register's records take, by kind, as stored (before the browser's own overheads). */
export interface RegisterStorageUse {
  /** Properties, housing schemes, assessments, hazards and actions. */
  records: number;
  /** The evidence files (photos, invoices). */
  evidenceFiles: number;
  /** The audit trail. */
  audit: number;
}
