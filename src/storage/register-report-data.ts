import { propertiesAsAt } from '../core/register/properties-as-at.ts';
import { ukDateOf } from '../core/uk-time.ts';
import type { ActionRecord, AssessmentRecord, AuditEntry, EvidenceRecord, HazardEntryRecord, PropertyRecord } from '../schema/register.ts';
import type { Database } from './database.ts';
import { prefixRange } from './register-paging.ts';
import { scanOwner } from './register-queries.ts';
import type { ReportData } from './register-repository.ts';

type Records = Omit<ReportData, 'evidence'>;

const byReference = (a: PropertyRecord, b: PropertyRecord) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0);

/** The properties of one housing scheme or (null) the whole portfolio as they stand now, by reference. */
async function currentProperties(db: Database, owner: string, housingSchemeId: string | null): Promise<PropertyRecord[]> {
  if (housingSchemeId !== null) {
    return (await db.getAllFromIndex('properties', 'byOwnerSchemeReference', prefixRange(owner, housingSchemeId))) as unknown as PropertyRecord[];
  }
  return (await scanOwner<PropertyRecord>(db, 'properties', owner)).sort(byReference);
}

/**
 * The audit entries about the given properties, read whichever way reads less: the entries made since the
 * report day when they are fewer than the properties, else each property's own history off its index.
 */
async function propertyChanges(db: Database, owner: string, properties: readonly PropertyRecord[], since: IDBKeyRange, laterCount: number): Promise<AuditEntry[]> {
  const audit = db.transaction('audit').store;
  const entries =
    laterCount <= properties.length
      ? await audit.index('byOwnerAt').getAll(since)
      : (await Promise.all(properties.map((property) => audit.index('byRecord').getAll(property.id)))).flat();
  return (entries as unknown as AuditEntry[]).filter((entry) => entry.store === 'properties' && entry.owner === owner);
}

/**
 * The properties of the scope as they stood at the end of `asOf` (UK time), by reference. When nothing at
 * all has been changed since, they are the properties as they stand (a report for today reads no history);
 * otherwise every property is read, since one may have been moved into or out of the scheme since.
 */
async function propertiesOn(db: Database, owner: string, housingSchemeId: string | null, asOf: string): Promise<PropertyRecord[]> {
  // The UK day ends at 23:00 UTC in summer time or midnight in winter: read from the earlier, and
  // propertiesAsAt keeps only the changes made after the day.
  const since = IDBKeyRange.bound([owner, `${asOf}T23:00`], [owner, []]);
  const laterCount = await db.countFromIndex('audit', 'byOwnerAt', since);
  if (laterCount === 0) return currentProperties(db, owner, housingSchemeId);
  const now = await scanOwner<PropertyRecord>(db, 'properties', owner);
  const then = propertiesAsAt(now, await propertyChanges(db, owner, now, since, laterCount), asOf);
  return then.filter((property) => housingSchemeId === null || property.housingSchemeId === housingSchemeId).sort(byReference);
}

/** The whole portfolio's records: each table scanned in chunks (the quickest way to read 100,000 actions). */
async function portfolio(db: Database, owner: string, properties: PropertyRecord[]): Promise<Records> {
  return {
    properties,
    assessments: await scanOwner<AssessmentRecord>(db, 'assessments', owner),
    hazards: await scanOwner<HazardEntryRecord>(db, 'hazards', owner),
    actions: await scanOwner<ActionRecord>(db, 'actions', owner),
  };
}

/** One housing scheme's records: what hangs from each of its properties, off their indexes, in one transaction. */
async function scheme(db: Database, properties: PropertyRecord[]): Promise<Records> {
  const tx = db.transaction(['assessments', 'hazards', 'actions']);
  const byProperty = (table: 'assessments' | 'hazards') =>
    Promise.all(properties.map((property) => tx.objectStore(table).index('byProperty').getAll(property.id))).then((lists) => lists.flat());
  const [assessments, hazards] = (await Promise.all([byProperty('assessments'), byProperty('hazards')])) as unknown as [AssessmentRecord[], HazardEntryRecord[]];
  const actions = (await Promise.all(hazards.map((hazard) => tx.objectStore('actions').index('byHazard').getAll(hazard.id)))).flat() as unknown as ActionRecord[];
  return { properties, assessments, hazards, actions };
}

/**
 * The records the compliance report for `asOf` reads, for one housing scheme or (null) the whole portfolio:
 * the properties as they stood at the end of that day, from the audit trail (without `asOf`, as they stand).
 * Hazards, actions and assessments come as they stand: the report judges them by their own dates. Evidence
 * comes as the record it supports and the day it was added; its bytes stay on disk.
 */
export async function loadReportData(db: Database, owner: string, housingSchemeId: string | null, asOf?: string): Promise<ReportData> {
  const properties = asOf === undefined ? await currentProperties(db, owner, housingSchemeId) : await propertiesOn(db, owner, housingSchemeId, asOf);
  const records = housingSchemeId === null ? await portfolio(db, owner, properties) : await scheme(db, properties);
  const inScope = new Set(records.properties.map((property) => property.id));
  const files = (await db.getAllFromIndex('evidence', 'byOwner', owner)) as unknown as EvidenceRecord[];
  const evidence = files
    .filter((item) => inScope.has(item.propertyId))
    .map((item) => ({ recordId: item.recordId, addedOn: ukDateOf(Date.parse(item.createdAt)) }));
  return { ...records, evidence };
}
