import { ukDateOf } from '../uk-time.ts';
import type { FieldChange } from './diff.ts';

/** One audit-trail entry about a property: what changed, field by field, and when. */
export interface PropertyChange {
  /** Audit ids sort in the order the changes were made, even within one millisecond. */
  id: string;
  recordId: string;
  /** When the change was made, an ISO instant. */
  at: string;
  change: 'created' | 'updated' | 'deleted' | 'restored' | 'imported';
  changes: readonly FieldChange[];
}

/** Newest first, so each change is undone on top of the ones made after it (ids are unique). */
function newestFirst(a: PropertyChange, b: PropertyChange): number {
  return a.id < b.id ? 1 : -1;
}

/**
 * The properties as they stood at the end of `asOf` (UK time), from the properties as they stand now and
 * their audit trail: every change made on a later day is undone, newest first — each field gets back its
 * value from before the change — and a property created (or imported) on a later day is left out. A
 * property with no later changes is taken as it stands. Properties are flat records, so each audited field
 * is one of their own. A property deleted since `asOf` is not among the current ones and cannot come back.
 * @param asOf the report date, YYYY-MM-DD
 * @param changes the properties' audit entries; entries made on or before `asOf` and entries about other
 *   records are ignored
 */
export function propertiesAsAt<P extends { id: string }>(
  properties: readonly P[],
  changes: readonly PropertyChange[],
  asOf: string,
): P[] {
  const later = new Map<string, PropertyChange[]>();
  for (const entry of changes) {
    if (ukDateOf(Date.parse(entry.at)) <= asOf) continue;
    const list = later.get(entry.recordId);
    if (list) list.push(entry);
    else later.set(entry.recordId, [entry]);
  }
  const then: P[] = [];
  for (const property of properties) {
    const entries = later.get(property.id);
    if (entries === undefined) {
      then.push(property);
      continue;
    }
    const fields: Record<string, unknown> = { ...property };
    let existed = true;
    for (const entry of entries.sort(newestFirst)) {
      for (const change of entry.changes) fields[change.field] = change.before;
      // Undoing a creation leaves nothing; undoing a deletion brings the record back (a merge can re-add one).
      if (entry.change === 'created' || entry.change === 'imported') existed = false;
      else if (entry.change === 'deleted') existed = true;
    }
    if (existed) then.push(fields as P);
  }
  return then;
}
