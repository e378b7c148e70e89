import { HhsrsInputError } from '../errors.ts';
import { mergeKey } from './merge.ts';
import type { ConflictChoice, MergePlan, MergeRecord, MergeWrite } from './merge-types.ts';

/**
 * The records a merge writes, once a person has chosen for every conflict (keyed by `mergeKey`): what is new
 * in the backup is added, what changed only there is taken as it is (same revision and time, so the two
 * devices hold the same version), and each conflict as chosen. Choosing field by field makes a new version
 * (revision above both, saved `at`). Nothing here is deleted: deletions on the other device are only listed.
 * @throws HhsrsInputError naming `choices` when a conflict, or a field of one, has no choice
 */
export function resolveMerge(plan: MergePlan, choices: ReadonlyMap<string, ConflictChoice>, at: string): MergeWrite[] {
  const writes: MergeWrite[] = [];
  for (const item of plan.items) {
    if (item.kind === 'new-there') writes.push({ store: item.store, before: null, after: item.there, how: 'added' });
    else if (item.kind === 'updated-there')
      writes.push({ store: item.store, before: item.here, after: item.there, how: 'taken' });
    else if (item.kind === 'conflict') {
      const key = mergeKey(item);
      const choice = choices.get(key);
      if (choice === undefined)
        throw new HhsrsInputError(
          'choices',
          `choose which version of ${key} to keep: this register's, the backup's, or field by field`,
        );
      if (choice === 'there')
        writes.push({ store: item.store, before: item.here, after: item.there, how: item.here ? 'taken' : 'added' });
      else if (choice !== 'here') {
        const combined = combine(key, item.here, item.there, item.fields, choice.fields, at);
        if (combined) writes.push({ store: item.store, before: item.here, after: combined, how: 'combined' });
      }
    }
  }
  return writes;
}

function combine(
  key: string,
  here: MergeRecord | null,
  there: MergeRecord,
  fields: readonly { field: string }[],
  picks: Readonly<Record<string, 'here' | 'there'>>,
  at: string,
): MergeRecord | undefined {
  if (here === null)
    throw new HhsrsInputError(
      'choices',
      `${key} was deleted here: keep it deleted or take the backup's version, not fields of both`,
    );
  const record: MergeRecord = { ...here };
  for (const { field } of fields) {
    const pick = picks[field];
    if (pick === undefined) throw new HhsrsInputError('choices', `choose which ${field} of ${key} to keep`);
    if (pick === 'there') record[field] = there[field];
  }
  if (fields.every(({ field }) => picks[field] === 'here')) return undefined;
  return { ...record, revision: Math.max(here.revision, there.revision) + 1, updatedAt: at };
}
