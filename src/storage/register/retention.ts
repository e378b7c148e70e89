import { retentionList, type RetentionList } from '../../core/register/index.ts';
import type { ActionRecord, EvidenceRecord, HazardEntryRecord } from '../../schema/register.ts';
import type { Database } from '../database.ts';
import { auditEntry } from './audit.ts';
import { keepAuditCount } from './counts.ts';
import { inWriteTx } from './idb.ts';
import { scanOwner } from './queries.ts';
import { removeWithDependants } from './remove.ts';

/** The closed hazards older than `months` on `today`, with their actions and evidence (see retentionList). */
export async function listRetained(db: Database, owner: string, months: number, today: string): Promise<RetentionList> {
  const [hazards, actions] = [
    await scanOwner<HazardEntryRecord>(db, 'hazards', owner),
    await scanOwner<ActionRecord>(db, 'actions', owner),
  ];
  const evidence = (await db.getAllFromIndex('evidence', 'byOwner', owner)) as unknown as EvidenceRecord[];
  return retentionList(
    { hazards, actions, evidence: evidence.map(({ id, recordId, size }) => ({ id, recordId, size })) },
    months,
    today,
  );
}

/**
 * Deletes the hazards a person chose from the retention list, with their actions and evidence, in one
 * transaction, each deletion audited. Only those still on the list are deleted (one reopened in another tab
 * since is left alone). Returns how many hazards were deleted.
 */
export async function deleteRetained(
  db: Database,
  owner: string,
  hazardIds: readonly string[],
  months: number,
  today: string,
  who: string,
  at: string,
): Promise<number> {
  const chosen = new Set(hazardIds);
  const still = (await listRetained(db, owner, months, today)).items.filter((item) => chosen.has(item.hazard.id));
  if (still.length === 0) return 0;
  await inWriteTx(
    db,
    ['housingSchemes', 'properties', 'assessments', 'hazards', 'actions', 'evidence', 'audit'],
    async (tx) => {
      for (const item of still) await removeWithDependants(tx, owner, 'hazards', item.hazard.id, who, at);
      const entry = auditEntry(owner, 'register', 'deleted', { id: owner }, null, who, at);
      const files = still.reduce((sum, item) => sum + item.evidence.length, 0);
      const summary = `Deleted ${still.length} hazards closed more than ${months} months ago, with their actions and ${files} evidence files (retention)`;
      await tx.objectStore('audit').put({ ...entry, summary, changes: [] } as never);
      await keepAuditCount(tx, owner);
    },
  );
  return still.length;
}
