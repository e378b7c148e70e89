import { propertiesAsAt } from '../../core/register/properties-as-at.ts';
import type { AuditEntry, PropertyRecord } from '../../schema/register.ts';
import type { Database } from '../database.ts';
import { readFacts } from './facts.ts';
import { prefixRange } from './paging.ts';
import { scanOwner } from './queries.ts';
import type { ReportData } from './repository.ts';

const byReference = (a: PropertyRecord, b: PropertyRecord) =>
  a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;

/** The properties of one housing scheme or (null) the whole portfolio as they stand now, by reference. */
async function currentProperties(
  db: Database,
  owner: string,
  housingSchemeId: string | null,
): Promise<PropertyRecord[]> {
  if (housingSchemeId !== null) {
    return (await db.getAllFromIndex(
      'properties',
      'byOwnerSchemeReference',
      prefixRange(owner, housingSchemeId),
    )) as unknown as PropertyRecord[];
  }
  return (await scanOwner<PropertyRecord>(db, 'properties', owner)).sort(byReference);
}

/**
 * The properties of the scope as they stood at the end of `asOf` (UK time), by reference. Only the changes
 * to properties made since are read, off their own index; when there are none, they are the properties as
 * they stand. Otherwise every property is read, since one may have been moved into or out of the scheme.
 */
async function propertiesOn(
  db: Database,
  owner: string,
  housingSchemeId: string | null,
  asOf: string,
): Promise<PropertyRecord[]> {
  // The UK day ends at 23:00 UTC in summer time or midnight in winter: read from the earlier, and
  // propertiesAsAt keeps only the changes made after the day.
  const since = IDBKeyRange.bound([owner, 'properties', `${asOf}T23:00`], [owner, 'properties', []]);
  const changes = (await db.getAllFromIndex('audit', 'byOwnerStoreAt', since)) as unknown as AuditEntry[];
  if (changes.length === 0) return currentProperties(db, owner, housingSchemeId);
  const now = await scanOwner<PropertyRecord>(db, 'properties', owner);
  const then = propertiesAsAt(now, changes, asOf);
  return then
    .filter((property) => housingSchemeId === null || property.housingSchemeId === housingSchemeId)
    .sort(byReference);
}

/**
 * The records the compliance report for `asOf` reads, for one housing scheme or (null) the whole portfolio:
 * the properties as they stood at the end of that day, from the audit trail (without `asOf`, as they stand).
 * Hazards, actions, assessments and evidence come from each property's compliance facts (register-facts.ts),
 * as they stand: the report judges them by their own dates. Evidence files are not read.
 */
export async function loadReportData(
  db: Database,
  owner: string,
  housingSchemeId: string | null,
  asOf?: string,
): Promise<ReportData> {
  const [properties, facts] = await Promise.all([
    asOf === undefined ? currentProperties(db, owner, housingSchemeId) : propertiesOn(db, owner, housingSchemeId, asOf),
    readFacts(db, owner),
  ]);
  const inScope = new Set(properties.map((property) => property.id));
  const evidence: ReportData['evidence'][number][] = [];
  const data = {
    properties,
    assessments: [] as ReportData['assessments'],
    hazards: [] as ReportData['hazards'],
    actions: [] as ReportData['actions'],
    evidence,
  };
  for (const item of facts) {
    if (!inScope.has(item.propertyId)) continue;
    data.assessments.push(...item.assessments);
    data.hazards.push(...item.hazards);
    data.actions.push(...item.actions);
    evidence.push(...item.evidence.map(({ recordId, addedOn }) => ({ recordId, addedOn })));
  }
  return data;
}
