import { diffRecords, hazardLabel } from '../../core/register/index.ts';
import { REGISTER_SCHEMA_VERSION, type RegisterStore } from '../../schema/register-constants.ts';
import type { AuditEntry } from '../../schema/register.ts';

/** What an audit entry records of a record: everything but the file's bytes, which the SHA-256 stands for. */
function auditable(record: object | null): Record<string, unknown> | null {
  if (record === null) return null;
  const { blob: _blob, ...rest } = record as Record<string, unknown>;
  return rest;
}

/** A one-line description of a record for the history view, e.g. 'Property P-104' or 'Repair “Fix fan”'. */
export function describeRecord(store: RegisterStore | 'register', record: Record<string, unknown>): string {
  switch (store) {
    case 'register':
      return 'The register';
    case 'housingSchemes':
      return `Housing scheme ${String(record.name)}`;
    case 'properties':
      return `Property ${String(record.reference)}`;
    case 'assessments':
      return `Assessment of ${String(record.inspectionDate)}`;
    case 'hazards':
      return `${hazardLabel(String(record.hazardId))}, found ${String(record.foundOn)}`;
    case 'actions':
      return `Action “${String(record.description)}”`;
    case 'evidence':
      return `Evidence “${String(record.originalName)}” (${String(record.kind)})`;
  }
}

let sequence = 0;

/**
 * Audit ids sort in the order the changes were made, even within one millisecond (a cascade of deletions,
 * an import): the time, a counter for this page, then random digits so two tabs never collide.
 */
function auditId(at: string): string {
  sequence += 1;
  return `${at}~${String(sequence).padStart(9, '0')}~${crypto.randomUUID().slice(0, 8)}`;
}

/** The audit entry for one change: who, when, and each field before and after. */
export function auditEntry(
  owner: string,
  store: RegisterStore | 'register',
  change: AuditEntry['change'],
  before: object | null,
  after: object | null,
  who: string,
  at: string,
): AuditEntry {
  const record = (after ?? before) as Record<string, unknown>;
  return {
    id: auditId(at),
    owner,
    recordId: String(record.id),
    store,
    change,
    who,
    at,
    summary: describeRecord(store, record),
    changes: diffRecords(auditable(before), auditable(after)),
    createdAt: at,
    updatedAt: at,
    schemaVersion: REGISTER_SCHEMA_VERSION,
    revision: 1,
  };
}
