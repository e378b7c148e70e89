import type { AuditEntry, RegisterRecords } from '../../schema/register.ts';
import type { Database } from '../database.ts';
import { prefixRange } from './paging.ts';

export { listActions, listHazards, listRecent } from './queries.ts';

/**
 * What the screens after the properties list read: a property's, hazard's or record's own records, each
 * list in the order those screens show it. Fetched when first needed (see register-idb-repository.ts).
 */

function mine<T extends { owner: string }>(owner: string, records: unknown): T[] {
  return (records as T[]).filter((record) => record.owner === owner);
}

export async function propertyByReference(db: Database, owner: string, reference: string) {
  const found = await db.getAllFromIndex('properties', 'byOwnerReference', prefixRange(owner, reference), 1);
  return found[0] as unknown as RegisterRecords['properties'] | undefined;
}

export async function assessmentsOf(db: Database, owner: string, propertyId: string) {
  const list = mine<RegisterRecords['assessments']>(
    owner,
    await db.getAllFromIndex('assessments', 'byProperty', propertyId),
  );
  return list.sort((a, b) => b.inspectionDate.localeCompare(a.inspectionDate));
}

export async function hazardsOf(db: Database, owner: string, propertyId: string) {
  const list = mine<RegisterRecords['hazards']>(owner, await db.getAllFromIndex('hazards', 'byProperty', propertyId));
  return list.sort((a, b) => b.foundOn.localeCompare(a.foundOn) || a.id.localeCompare(b.id));
}

export async function actionsOf(db: Database, owner: string, hazardId: string) {
  const list = mine<RegisterRecords['actions']>(owner, await db.getAllFromIndex('actions', 'byHazard', hazardId));
  return list.sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.createdAt.localeCompare(b.createdAt));
}

export async function evidenceOf(db: Database, owner: string, recordId: string) {
  const list = mine<RegisterRecords['evidence']>(owner, await db.getAllFromIndex('evidence', 'byRecord', recordId));
  return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function history(db: Database, owner: string, recordId: string) {
  const list = mine<AuditEntry>(owner, await db.getAllFromIndex('audit', 'byRecord', recordId));
  return list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
