import type { CsvCell } from '../../core/register/index.ts';
import type { AuditEntry, EvidenceRecord } from '../../schema/register.ts';
import type { Database } from '../database.ts';
import {
  ACTION_COLUMNS,
  ASSESSMENT_COLUMNS,
  AUDIT_COLUMNS,
  EVIDENCE_COLUMNS,
  HAZARD_COLUMNS,
  HOUSING_SCHEME_COLUMNS,
  PROPERTY_COLUMNS,
  csvRows,
  type CsvLookups,
} from './csv-columns.ts';
import { prefixRange } from './paging.ts';
import type { CsvTable } from './repository.ts';

/** The rows (heading first) of one table of a register as CSV cells. */
export async function csvExport(db: Database, owner: string, table: CsvTable): Promise<CsvCell[][]> {
  const range = prefixRange(owner);
  const [schemes, properties] = await Promise.all([
    db.getAllFromIndex('housingSchemes', 'byOwnerName', range),
    db.getAllFromIndex('properties', 'byOwnerReference', range),
  ]);
  const schemeNames = new Map(schemes.map((scheme) => [scheme.id, String(scheme.name)]));
  const references = new Map(properties.map((property) => [property.id, String(property.reference)]));
  const lookups: CsvLookups = {
    schemeName: (id) => (id === null ? '' : (schemeNames.get(id) ?? id)),
    propertyReference: (id) => references.get(id) ?? id,
  };
  const all = <T>(records: unknown[]) => records as T[];
  switch (table) {
    case 'housingSchemes':
      return csvRows(HOUSING_SCHEME_COLUMNS, all(schemes), lookups);
    case 'properties':
      return csvRows(PROPERTY_COLUMNS, all(properties), lookups);
    case 'assessments':
      return csvRows(
        ASSESSMENT_COLUMNS,
        all(await db.getAllFromIndex('assessments', 'byOwnerInspection', range)),
        lookups,
      );
    case 'hazards':
      return csvRows(HAZARD_COLUMNS, all(await db.getAllFromIndex('hazards', 'byOwnerFound', range)), lookups);
    case 'actions':
      return csvRows(ACTION_COLUMNS, all(await db.getAllFromIndex('actions', 'byOwnerStateTarget', range)), lookups);
    case 'evidence':
      return csvRows(
        EVIDENCE_COLUMNS,
        all<EvidenceRecord>(await db.getAllFromIndex('evidence', 'byOwner', owner)),
        lookups,
      );
    case 'audit':
      return csvRows(AUDIT_COLUMNS, all<AuditEntry>(await db.getAllFromIndex('audit', 'byOwnerAt', range)), lookups);
  }
}
