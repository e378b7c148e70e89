import type { RegisterRecords, RegisterStore } from '../../schema/register.ts';
import { auditEntry } from './audit.ts';
import { keepCounts } from './counts.ts';
import { keepFacts } from './facts.ts';
import { keepSearch } from './search.ts';
import type { WriteTx } from './idb.ts';

type AnyRecord = RegisterRecords[RegisterStore];

/**
 * Deletes a record and everything that hangs from it, auditing each deletion: a property takes its
 * assessments, hazards, actions and evidence with it; a hazard its actions and evidence; an action its
 * evidence. A housing scheme is deleted without its properties, which are left in no scheme.
 */
export async function removeWithDependants(
  tx: WriteTx,
  owner: string,
  store: RegisterStore,
  id: string,
  who: string,
  at: string,
): Promise<string[]> {
  const record = (await tx.objectStore(store).get(id)) as AnyRecord | undefined;
  if (!record || record.owner !== owner) return [];
  const removed: string[] = [];
  const audit = tx.objectStore('audit');
  const drop = async (table: RegisterStore, item: AnyRecord) => {
    await tx.objectStore(table).delete(item.id);
    await audit.put(auditEntry(owner, table, 'deleted', item, null, who, at) as never);
    await keepFacts(tx, owner, table, item, null);
    await keepCounts(tx, owner, table, item, null);
    await keepSearch(tx, owner, table, item, null);
    removed.push(item.id);
  };
  const evidenceOf = async (recordId: string) => {
    for (const item of await tx.objectStore('evidence').index('byRecord').getAll(recordId))
      await drop('evidence', item as unknown as AnyRecord);
  };
  const actionsOf = async (hazardId: string) => {
    for (const action of await tx.objectStore('actions').index('byHazard').getAll(hazardId)) {
      await evidenceOf(action.id);
      await drop('actions', action as unknown as AnyRecord);
    }
  };
  if (store === 'properties') {
    for (const hazard of await tx.objectStore('hazards').index('byProperty').getAll(id)) {
      await actionsOf(hazard.id);
      await evidenceOf(hazard.id);
      await drop('hazards', hazard as unknown as AnyRecord);
    }
    for (const assessment of await tx.objectStore('assessments').index('byProperty').getAll(id))
      await drop('assessments', assessment as unknown as AnyRecord);
  } else if (store === 'hazards') {
    await actionsOf(id);
  } else if (store === 'housingSchemes') {
    const properties = tx.objectStore('properties');
    for (const property of await properties.index('byHousingScheme').getAll(id)) {
      const moved = { ...property, housingSchemeId: null, updatedAt: at, revision: (property.revision as number) + 1 };
      await properties.put(moved);
      await audit.put(auditEntry(owner, 'properties', 'updated', property, moved, who, at) as never);
      await keepCounts(tx, owner, 'properties', property, moved);
    }
  }
  await evidenceOf(id);
  await drop(store, record);
  return removed;
}
