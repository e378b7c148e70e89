/** One field that changed, for the audit trail: a dotted path ('awaabs.riskLevel') and both values. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping every save changes; the audit trail records the save itself, not these. */
const IGNORED = new Set(['updatedAt', 'revision', 'createdAt', 'schemaVersion']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: Record<string, unknown>, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  for (const [key, inner] of Object.entries(value)) {
    if (prefix === '' && IGNORED.has(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(inner) && Object.keys(inner).length > 0) flatten(inner, path, out);
    else out.set(path, inner);
  }
  return out;
}

/**
 * The fields that differ between two versions of a record (null: it did not exist), with nested objects
 * compared field by field and lists as a whole; a missing field counts as null. Fields come in the
 * order the record names them.
 */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const was = flatten(before ?? {}, '', new Map());
  const now = flatten(after ?? {}, '', new Map());
  // A field that is missing reads as null, so a new record's empty fields are not listed as changes.
  const read = (map: Map<string, unknown>, field: string) => (map.has(field) ? map.get(field) : null);
  return [...new Set([...now.keys(), ...was.keys()])]
    .map((field) => ({ field, before: read(was, field), after: read(now, field) }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}
