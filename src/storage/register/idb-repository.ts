import type { ConflictChoice } from '../../core/register/index.ts';
import type { AuditEntry, PolicySettings, RegisterRecords, RegisterStore } from '../../schema/register.ts';
import type { Database } from '../database.ts';
import type { ExportProgress, RestoreProgress } from './repository.ts';
import { clearPendingUnder } from '../drafts/pending.ts';
import { announce } from './channel.ts';
import type { MergeLogEntry, PreparedMerge } from './repository.ts';
import { openRegisterDatabase, RegisterLocation } from './location.ts';
import { registerPart } from './part.ts';
import { listProperties, prefixRange } from './paging.ts';
import type {
  ActionQuery,
  CsvTable,
  EvidenceInput,
  HazardQuery,
  PropertyQuery,
  RecordInput,
  RegisterRepository,
  SaveBatch,
} from './repository.ts';

/*
 * Opening the register and listing its properties needs only the reads above. The other screens' reads,
 * writing (with the record schemas, and so zod), backups, merges, reports, retention and CSV arrive the
 * first time they are used, always before a transaction opens (an IndexedDB transaction closes when it
 * waits on anything else).
 */
const reads = () => registerPart(import('./reads.ts'));
const writes = () => registerPart(import('./idb.ts'));
const backups = () => registerPart(import('./backup.ts'));
const policies = () => registerPart(import('./policy.ts'));

const BATCH_ORDER = ['housingSchemes', 'properties', 'assessments', 'hazards', 'actions'] as const;

/** The register in IndexedDB. `now` is the clock stamped on records and audit entries. */
export class IdbRegisterRepository implements RegisterRepository {
  /**
   * @param db gives the open database, reconnecting when the browser closed it (another tab upgrading it)
   * @param now the clock stamped on records and audit entries
   */
  constructor(
    private readonly db: () => Promise<Database>,
    readonly storageKey: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.location = new RegisterLocation(this.db, storageKey);
  }

  private readonly location: RegisterLocation;

  /** The database the register is in: the page's (`db`), or its own once it was restored from a backup. */
  private here(): Promise<Database> {
    return this.location.db();
  }

  private at(): string {
    return this.now().toISOString();
  }

  async get<S extends RegisterStore>(store: S, id: string): Promise<RegisterRecords[S] | undefined> {
    const record = (await (await this.here()).get(store, id)) as RegisterRecords[S] | undefined;
    return record?.owner === this.storageKey ? record : undefined;
  }

  async save<S extends RegisterStore>(store: S, input: RecordInput<S>, expectedRevision: number | null, who: string) {
    const { inWriteTx, writeWithAudit } = await writes();
    const saved = await inWriteTx(await this.here(), [store, 'audit'], (tx) =>
      writeWithAudit(tx, this.storageKey, store, input, expectedRevision, who, this.at()),
    );
    announce(this.storageKey, store, saved.id);
    return saved;
  }

  async saveMany(batch: SaveBatch, who: string): Promise<void> {
    const { inWriteTx, writeWithAudit } = await writes();
    const at = this.at();
    await inWriteTx(
      await this.here(),
      [...BATCH_ORDER, 'audit'],
      async (tx) => {
        for (const store of BATCH_ORDER) {
          for (const input of batch[store] ?? [])
            await writeWithAudit(
              tx,
              this.storageKey,
              store,
              input as RecordInput<typeof store>,
              null,
              who,
              at,
              'imported',
            );
        }
      },
      'relaxed',
    );
    announce(this.storageKey, 'register', '');
  }

  async remove(store: RegisterStore, id: string, who: string): Promise<void> {
    const [{ inWriteTx }, { removeWithDependants }] = await Promise.all([
      writes(),
      registerPart(import('./remove.ts')),
    ]);
    const at = this.at();
    await inWriteTx(await this.here(), [...BATCH_ORDER, 'evidence', 'audit'], (tx) =>
      removeWithDependants(tx, this.storageKey, store, id, who, at),
    );
    announce(this.storageKey, store, id);
  }

  async addEvidence(input: EvidenceInput, who: string) {
    const { file, ...rest } = input;
    const record = {
      ...rest,
      originalName: file.originalName,
      type: file.type as RegisterRecords['evidence']['type'],
      size: file.size,
      sha256: file.sha256,
      blob: file.blob,
    };
    return this.save('evidence', record, null, who);
  }

  async listHousingSchemes() {
    return (await (
      await this.here()
    ).getAllFromIndex(
      'housingSchemes',
      'byOwnerName',
      prefixRange(this.storageKey),
    )) as unknown as RegisterRecords['housingSchemes'][];
  }
  async listProperties(query: PropertyQuery) {
    return listProperties(await this.here(), this.storageKey, query);
  }
  async listHazards(query: HazardQuery) {
    return (await reads()).listHazards(await this.here(), this.storageKey, query);
  }
  async listActions(query: ActionQuery) {
    return (await reads()).listActions(await this.here(), this.storageKey, query);
  }
  async propertyByReference(reference: string) {
    return (await reads()).propertyByReference(await this.here(), this.storageKey, reference);
  }
  async assessmentsOf(propertyId: string) {
    return (await reads()).assessmentsOf(await this.here(), this.storageKey, propertyId);
  }
  async hazardsOf(propertyId: string) {
    return (await reads()).hazardsOf(await this.here(), this.storageKey, propertyId);
  }
  async actionsOf(hazardId: string) {
    return (await reads()).actionsOf(await this.here(), this.storageKey, hazardId);
  }
  async evidenceOf(recordId: string) {
    return (await reads()).evidenceOf(await this.here(), this.storageKey, recordId);
  }
  async history(recordId: string) {
    return (await reads()).history(await this.here(), this.storageKey, recordId);
  }

  async recentChanges(limit: number) {
    const page = await (await reads()).listRecent(await this.here(), this.storageKey, limit);
    return page as AuditEntry[];
  }

  async reportData(housingSchemeId: string | null, asOf?: string) {
    const { loadReportData } = await registerPart(import('./report-data.ts'));
    return loadReportData(await this.here(), this.storageKey, housingSchemeId, asOf);
  }

  async storageUse() {
    const { registerStorageUse } = await registerPart(import('./storage-use.ts'));
    return registerStorageUse(await this.here(), this.storageKey);
  }

  async counts() {
    const { readCounts, storeCount, COUNTED_STORES } = await registerPart(import('./counts.ts'));
    const counts = await readCounts(await this.here(), this.storageKey);
    return Object.fromEntries(COUNTED_STORES.map((store) => [store, storeCount(counts, store)])) as Record<
      RegisterStore | 'audit',
      number
    >;
  }

  async isEmpty() {
    const cursor = await (await this.here())
      .transaction('properties')
      .store.index('byOwnerReference')
      .openKeyCursor(prefixRange(this.storageKey));
    return cursor === null;
  }

  async getPolicy(): Promise<PolicySettings> {
    const [{ readPolicy }, stored] = await Promise.all([policies(), this.getSetting('policy')]);
    return readPolicy(stored);
  }

  async setPolicy(policy: PolicySettings, who: string): Promise<void> {
    const { checkPolicy, writePolicy } = await policies();
    const checked = checkPolicy(policy);
    const before = await this.getPolicy();
    await writePolicy(await this.here(), this.storageKey, checked, before, who, this.at());
  }

  async getSetting<T>(name: string): Promise<T | undefined> {
    return (await (await this.here()).get('settings', `${this.storageKey}/${name}`))?.value as T | undefined;
  }
  async setSetting(name: string, value: unknown): Promise<void> {
    await (await this.here()).put('settings', { key: `${this.storageKey}/${name}`, value });
  }

  async exportBackup() {
    const { exportBackup } = await backups();
    const at = this.at();
    const backup = await exportBackup(await this.here(), this.storageKey, at);
    await this.setSetting('last-export', at);
    return backup;
  }

  async exportFile(onProgress: (progress: ExportProgress) => void, signal?: AbortSignal) {
    const { exportFile } = await registerPart(import('./export-file.ts'));
    const at = this.at();
    const file = await exportFile(this.location, this.storageKey, at, onProgress, signal);
    await this.setSetting('last-export', at);
    return file;
  }

  async restoreBackup(backup: unknown, who: string) {
    const [{ checkBackup, writeRestore }, { restoreFresh }] = await Promise.all([
      backups(),
      registerPart(import('./restore.ts')),
    ]);
    const at = this.at();
    const result = await restoreFresh(this.location, this.storageKey, async (name) => {
      const checked = await checkBackup(backup);
      if (!checked.ok) return checked;
      const db = await openRegisterDatabase(name);
      try {
        return await writeRestore(db, this.storageKey, checked, who, at);
      } finally {
        db.close();
      }
    });
    if (result.ok) announce(this.storageKey, 'register', '');
    return result;
  }

  async restoreFile(file: Blob, who: string, onProgress: (progress: RestoreProgress) => void, signal?: AbortSignal) {
    const { restoreFile } = await registerPart(import('./restore-file.ts'));
    const result = await restoreFile(this.location, this.storageKey, file, who, this.at(), onProgress, signal);
    if (result.ok) announce(this.storageKey, 'register', '');
    return result;
  }

  async checkMerge(backup: unknown) {
    const { checkMerge } = await registerPart(import('./merge.ts'));
    return checkMerge(await this.here(), this.storageKey, backup);
  }
  async applyMerge(merge: PreparedMerge, choices: ReadonlyMap<string, ConflictChoice>, who: string) {
    const { applyMerge } = await registerPart(import('./merge.ts'));
    const result = await applyMerge(await this.here(), this.storageKey, merge, choices, who, this.at());
    if (result.ok) announce(this.storageKey, 'register', '');
    return result;
  }
  async mergeLog() {
    return (await this.getSetting<MergeLogEntry[]>('merge-log')) ?? [];
  }

  async listRetained(months: number, today: string) {
    const { listRetained } = await registerPart(import('./retention.ts'));
    return listRetained(await this.here(), this.storageKey, months, today);
  }
  async deleteRetained(hazardIds: readonly string[], months: number, today: string, who: string) {
    const { deleteRetained } = await registerPart(import('./retention.ts'));
    const deleted = await deleteRetained(await this.here(), this.storageKey, hazardIds, months, today, who, this.at());
    if (deleted > 0) announce(this.storageKey, 'register', '');
    return deleted;
  }

  async exportCsv(table: CsvTable): Promise<string> {
    const [{ csvExport }, { toCsv }] = await Promise.all([
      registerPart(import('./csv.ts')),
      registerPart(import('../../core/register/csv.ts')),
    ]);
    const rows = await csvExport(await this.here(), this.storageKey, table);
    await this.setSetting('last-export', this.at());
    return toCsv(rows);
  }

  async deleteEverything(): Promise<void> {
    const [{ inWriteTx }, { clearOwner }] = await Promise.all([writes(), backups()]);
    await inWriteTx(await this.here(), [...BATCH_ORDER, 'evidence', 'audit', 'settings'], async (tx) => {
      await clearOwner(tx, this.storageKey);
      const settings = tx.objectStore('settings');
      await settings.delete(IDBKeyRange.bound(`${this.storageKey}/`, `${this.storageKey}/\uffff`));
    });
    // Form values kept when a page closed are part of what the register saved.
    clearPendingUnder(this.storageKey);
    announce(this.storageKey, 'register', '');
  }
}
