import { ukDateOf } from '../core/uk-time.ts';
import type { ActionRecord, AssessmentRecord, EvidenceRecord, HazardEntryRecord, PropertyRecord } from '../schema/register.ts';
import type { Database } from './database.ts';
import { prefixRange } from './register-queries.ts';
import type { ReportData } from './register-repository.ts';

/**
 * The records the compliance report reads. For the whole portfolio each table is read in one go off its
 * owner index; for one housing scheme only that scheme's properties and what hangs from them.
 * Evidence comes as the record it supports and the day it was added (its bytes stay on disk).
 */
export async function loadReportData(db: Database, owner: string, housingSchemeId: string | null): Promise<ReportData> {
  const tx = db.transaction(['properties', 'assessments', 'hazards', 'actions', 'evidence']);
  let properties: PropertyRecord[];
  let assessments: AssessmentRecord[];
  let hazards: HazardEntryRecord[];
  let actions: ActionRecord[];
  if (housingSchemeId === null) {
    const range = prefixRange(owner);
    [properties, assessments, hazards, actions] = (await Promise.all([
      tx.objectStore('properties').index('byOwnerReference').getAll(range),
      tx.objectStore('assessments').index('byOwnerInspection').getAll(range),
      tx.objectStore('hazards').index('byOwnerFound').getAll(range),
      tx.objectStore('actions').index('byOwnerStateTarget').getAll(range),
    ])) as unknown as [PropertyRecord[], AssessmentRecord[], HazardEntryRecord[], ActionRecord[]];
  } else {
    properties = (await tx.objectStore('properties').index('byOwnerSchemeReference').getAll(prefixRange(owner, housingSchemeId))) as unknown as PropertyRecord[];
    const byProperty = (table: 'assessments' | 'hazards') =>
      Promise.all(properties.map((property) => tx.objectStore(table).index('byProperty').getAll(property.id))).then((lists) => lists.flat());
    [assessments, hazards] = (await Promise.all([byProperty('assessments'), byProperty('hazards')])) as unknown as [AssessmentRecord[], HazardEntryRecord[]];
    const lists = await Promise.all(hazards.map((hazard) => tx.objectStore('actions').index('byHazard').getAll(hazard.id)));
    actions = lists.flat() as unknown as ActionRecord[];
  }
  const inScope = new Set(properties.map((property) => property.id));
  const files = (await tx.objectStore('evidence').index('byOwner').getAll(owner)) as unknown as EvidenceRecord[];
  const evidence = files
    .filter((item) => inScope.has(item.propertyId))
    .map((item) => ({ recordId: item.recordId, addedOn: ukDateOf(Date.parse(item.createdAt)) }));
  return { properties, assessments, hazards, actions, evidence };
}
