import { ukDateOf } from '../core/uk-time.ts';
import type { ActionRecord, AssessmentRecord, EvidenceRecord, HazardEntryRecord, PropertyRecord } from '../schema/register.ts';
import type { Database } from './database.ts';
import { prefixRange } from './register-paging.ts';
import { scanOwner } from './register-queries.ts';
import type { ReportData } from './register-repository.ts';

type Records = Omit<ReportData, 'evidence'>;

/** The whole portfolio: each table scanned in chunks (the quickest way to read 100,000 actions). */
async function portfolio(db: Database, owner: string): Promise<Records> {
  const properties = await scanOwner<PropertyRecord>(db, 'properties', owner);
  properties.sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
  return {
    properties,
    assessments: await scanOwner<AssessmentRecord>(db, 'assessments', owner),
    hazards: await scanOwner<HazardEntryRecord>(db, 'hazards', owner),
    actions: await scanOwner<ActionRecord>(db, 'actions', owner),
  };
}

/** One housing scheme: its properties off their index, then what hangs from each, in one transaction. */
async function scheme(db: Database, owner: string, housingSchemeId: string): Promise<Records> {
  const tx = db.transaction(['properties', 'assessments', 'hazards', 'actions']);
  const properties = (await tx.objectStore('properties').index('byOwnerSchemeReference').getAll(prefixRange(owner, housingSchemeId))) as unknown as PropertyRecord[];
  const byProperty = (table: 'assessments' | 'hazards') =>
    Promise.all(properties.map((property) => tx.objectStore(table).index('byProperty').getAll(property.id))).then((lists) => lists.flat());
  const [assessments, hazards] = (await Promise.all([byProperty('assessments'), byProperty('hazards')])) as unknown as [AssessmentRecord[], HazardEntryRecord[]];
  const actions = (await Promise.all(hazards.map((hazard) => tx.objectStore('actions').index('byHazard').getAll(hazard.id)))).flat() as unknown as ActionRecord[];
  return { properties, assessments, hazards, actions };
}

/**
 * The records the compliance report reads, for one housing scheme or (null) the whole portfolio. Evidence
 * comes as the record it supports and the day it was added; its bytes stay on disk.
 */
export async function loadReportData(db: Database, owner: string, housingSchemeId: string | null): Promise<ReportData> {
  const records = housingSchemeId === null ? await portfolio(db, owner) : await scheme(db, owner, housingSchemeId);
  const inScope = new Set(records.properties.map((property) => property.id));
  const files = (await db.getAllFromIndex('evidence', 'byOwner', owner)) as unknown as EvidenceRecord[];
  const evidence = files
    .filter((item) => inScope.has(item.propertyId))
    .map((item) => ({ recordId: item.recordId, addedOn: ukDateOf(Date.parse(item.createdAt)) }));
  return { ...records, evidence };
}
