import { hazardLabel, type CsvCell } from '../../core/register/index.ts';
import type {
  ActionRecord,
  AuditEntry,
  EvidenceRecord,
  HazardEntryRecord,
  HousingSchemeRecord,
  PropertyRecord,
} from '../../schema/register.ts';

/** Names the CSV exports need to turn ids into what a spreadsheet reader recognises. */
export interface CsvLookups {
  schemeName: (id: string | null) => string;
  propertyReference: (id: string) => string;
}

type Columns<T> = readonly (readonly [string, (record: T, lookups: CsvLookups) => CsvCell])[];

const pounds = (pence: number | null) => (pence === null ? null : (pence / 100).toFixed(2));
const value = (text: unknown) =>
  text === null || text === undefined ? '' : typeof text === 'string' ? text : JSON.stringify(text);

export const HOUSING_SCHEME_COLUMNS: Columns<HousingSchemeRecord> = [
  ['Id', (r) => r.id],
  ['Name', (r) => r.name],
  ['Commissioner', (r) => r.commissioner],
  ['Notes', (r) => r.notes],
  ['Created', (r) => r.createdAt],
  ['Updated', (r) => r.updatedAt],
];

export const PROPERTY_COLUMNS: Columns<PropertyRecord> = [
  ['Id', (r) => r.id],
  ['Reference', (r) => r.reference],
  ['Housing scheme', (r, l) => l.schemeName(r.housingSchemeId)],
  ['Address line 1', (r) => r.addressLine1],
  ['Address line 2', (r) => r.addressLine2],
  ['Town', (r) => r.town],
  ['Postcode', (r) => r.postcode],
  ['Landlord type', (r) => r.landlordType],
  ['Nation', (r) => r.nation],
  ['Next inspection date', (r) => r.nextInspectionDate],
  ['Notes', (r) => r.notes],
  ['Created', (r) => r.createdAt],
  ['Updated', (r) => r.updatedAt],
];

export const ASSESSMENT_COLUMNS: Columns<{
  id: string;
  propertyId: string;
  inspectionDate: string;
  inspector: string;
  schemeId: string;
  source: string;
  notes: string;
}> = [
  ['Id', (r) => r.id],
  ['Property reference', (r, l) => l.propertyReference(r.propertyId)],
  ['Inspection date', (r) => r.inspectionDate],
  ['Inspector', (r) => r.inspector],
  ['Scoring scheme', (r) => r.schemeId],
  ['Source', (r) => r.source],
  ['Notes', (r) => r.notes],
];

export const HAZARD_COLUMNS: Columns<HazardEntryRecord> = [
  ['Id', (r) => r.id],
  ['Property reference', (r, l) => l.propertyReference(r.propertyId)],
  ['Hazard', (r) => hazardLabel(r.hazardId)],
  ['Location', (r) => r.location],
  ['Description', (r) => r.description],
  ['Found on', (r) => r.foundOn],
  ['Reported by', (r) => r.reportedBy],
  ['Score', (r) => r.score],
  ['Band', (r) => r.band],
  ['Category', (r) => r.category],
  ['Status', (r) => r.status],
  ['Escalated on', (r) => r.escalatedOn],
  ['Resolved on', (r) => r.resolvedOn],
  ['Awaab’s Law risk', (r) => r.awaabs?.riskLevel ?? null],
  ['Landlord aware at', (r) => r.awaabs?.awareAt ?? null],
  ['Investigation ended on', (r) => r.investigationEndedOn],
  ['Written summary sent on', (r) => r.writtenSummarySentOn ?? null],
  ['Made safe at', (r) => r.madeSafeAt ?? null],
  ['Further works started on', (r) => r.furtherWorksStartedOn ?? null],
];

export const ACTION_COLUMNS: Columns<ActionRecord> = [
  ['Id', (r) => r.id],
  ['Property reference', (r, l) => l.propertyReference(r.propertyId)],
  ['Hazard id', (r) => r.hazardId],
  ['Description', (r) => r.description],
  ['Assignee', (r) => r.assignee],
  ['Contractor', (r) => r.contractor],
  ['Cost (£)', (r) => pounds(r.costPence)],
  ['Raised on', (r) => r.raisedOn],
  ['Target date', (r) => r.targetDate],
  ['Completed on', (r) => r.completedOn],
  ['Outcome', (r) => r.outcome],
  ['State', (r) => r.state],
  ['Notice', (r) => r.notice?.type ?? null],
  ['Notice served on', (r) => r.notice?.servedOn ?? null],
  ['Notice sent by', (r) => r.notice?.method ?? null],
  ['Notice sent on', (r) => r.notice?.sentOn ?? null],
  ['Notice emailed at', (r) => r.notice?.sentAt ?? null],
];

export const EVIDENCE_COLUMNS: Columns<EvidenceRecord> = [
  ['Id', (r) => r.id],
  ['Property reference', (r, l) => l.propertyReference(r.propertyId)],
  ['Record id', (r) => r.recordId],
  ['Kind', (r) => r.kind],
  ['File name', (r) => r.originalName],
  ['Type', (r) => r.type],
  ['Size (bytes)', (r) => r.size],
  ['SHA-256', (r) => r.sha256],
  ['Taken at', (r) => r.takenAt],
  ['Note', (r) => r.note],
  ['Added', (r) => r.createdAt],
];

export const AUDIT_COLUMNS: Columns<AuditEntry> = [
  ['At', (r) => r.at],
  ['Who', (r) => r.who],
  ['Change', (r) => r.change],
  ['What', (r) => r.summary],
  ['Table', (r) => r.store],
  ['Record id', (r) => r.recordId],
  ['Fields changed', (r) => r.changes.map((c) => `${c.field}: ${value(c.before)} → ${value(c.after)}`).join('; ')],
];

export function csvRows<T>(columns: Columns<T>, records: readonly T[], lookups: CsvLookups): CsvCell[][] {
  return [columns.map(([head]) => head), ...records.map((record) => columns.map(([, read]) => read(record, lookups)))];
}
