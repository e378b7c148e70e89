import { CHECKLIST_POLICY_DEFAULTS, diffRecords } from '../../core/register/index.ts';
import { policySchema, type PolicySettings } from '../../schema/register.ts';
import { describeIssues } from '../../schema/zod.ts';
import type { Database } from '../database.ts';
import { auditEntry } from './audit.ts';
import { keepAuditCount } from './counts.ts';
import { inWriteTx } from './idb.ts';
import { RegisterValidationError } from './repository.ts';

/**
 * The provider's policy settings, read and written through their schema. Only the settings and report
 * screens need them, so this module (and zod) arrives with the first of those, not when the register opens.
 */

/** The stored policy, or the checklist's defaults when none was saved or it is no longer a valid one. */
export function readPolicy(stored: unknown): PolicySettings {
  const checked = policySchema.safeParse(stored);
  return checked.success ? checked.data : { ...CHECKLIST_POLICY_DEFAULTS };
}

/** The policy as it will be saved. @throws RegisterValidationError listing each problem */
export function checkPolicy(policy: PolicySettings): PolicySettings {
  const checked = policySchema.safeParse(policy);
  if (!checked.success) throw new RegisterValidationError(describeIssues(checked.error.issues));
  return checked.data;
}

/** Saves a checked policy in place of `before`, with an audit entry listing what changed. */
export async function writePolicy(
  db: Database,
  owner: string,
  policy: PolicySettings,
  before: PolicySettings,
  who: string,
  at: string,
): Promise<void> {
  await inWriteTx(db, ['settings', 'audit'], async (tx) => {
    await tx.objectStore('settings').put({ key: `${owner}/policy`, value: policy });
    const entry = auditEntry(owner, 'register', 'updated', { id: owner, ...before }, { id: owner, ...policy }, who, at);
    await tx
      .objectStore('audit')
      .put({ ...entry, summary: 'Policy settings', changes: diffRecords(before, policy) } as never);
    await keepAuditCount(tx, owner);
  });
}
