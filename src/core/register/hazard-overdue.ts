import { isOverdue } from './overdue.ts';
import type { ChecklistPolicy } from './policy.ts';
import { proposeTargetDate } from './targets.ts';
import type { RegisterAction, RegisterHazard, RegisterProperty } from './types.ts';

export interface HazardOverdue {
  overdue: boolean;
  /** The date that passed: an open action's target date, or the hazard's own due date while no action is recorded. */
  since: string | null;
}

/**
 * Whether a hazard entry should stand out as overdue on `today`: it is not dealt with, and either one of
 * its actions is open past its target date, or no action is recorded and the date proposed for it (policy
 * or Awaab's Law) has passed.
 */
export function hazardOverdue(
  hazard: RegisterHazard,
  property: Pick<RegisterProperty, 'nation' | 'landlordType'>,
  actions: readonly RegisterAction[],
  policy: ChecklistPolicy,
  today: string,
): HazardOverdue {
  if (hazard.resolvedOn !== null && hazard.resolvedOn <= today) return { overdue: false, since: null };
  const late = actions.filter((action) => isOverdue(action, today)).map((action) => action.targetDate).sort();
  if (late.length > 0) return { overdue: true, since: late[0] as string };
  if (actions.length > 0) return { overdue: false, since: null };
  const due = proposeTargetDate({ ...hazard, ...property }, policy).date;
  return due !== null && due < today ? { overdue: true, since: due } : { overdue: false, since: null };
}
