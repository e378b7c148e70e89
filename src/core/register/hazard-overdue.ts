import { awaabsSteps } from './awaabs-steps.ts';
import { isOverdue } from './overdue.ts';
import type { ChecklistPolicy } from './policy.ts';
import { proposeTargetDate } from './targets.ts';
import type { RegisterAction, RegisterHazard, RegisterProperty } from './types.ts';

export interface HazardOverdue {
  overdue: boolean;
  /**
   * The earliest date that passed: an open action's target date, an Awaab's Law step's due date while the
   * step is not recorded, or the hazard's own due date while no action is recorded.
   */
  since: string | null;
}

/**
 * Whether a hazard entry should stand out as overdue on `today`: it is not dealt with, and one of its
 * actions is open past its target date, or an Awaab's Law step is past its due date and not recorded
 * (FACTS.md §4), or no action is recorded and the date proposed for it (policy or Awaab's Law; only the
 * policy's once the hazard was made safe under Awaab's Law) has passed.
 */
export function hazardOverdue(
  hazard: RegisterHazard,
  property: Pick<RegisterProperty, 'nation' | 'landlordType'>,
  actions: readonly RegisterAction[],
  policy: ChecklistPolicy,
  today: string,
): HazardOverdue {
  if (hazard.resolvedOn !== null && hazard.resolvedOn <= today) return { overdue: false, since: null };
  const proposal = proposeTargetDate({ ...hazard, ...property }, policy);
  const passed = actions.filter((action) => isOverdue(action, today)).map((action) => action.targetDate);
  let madeSafe = false;
  if (proposal.awaabs.applies) {
    const steps = awaabsSteps(proposal.awaabs.dueDates, hazard, today);
    passed.push(...steps.filter((step) => step.state === 'overdue').map((step) => step.due.slice(0, 10)));
    madeSafe = steps.some((step) => step.field === 'madeSafeAt' && step.recorded !== null);
  }
  // Once made safe under Awaab's Law, the make-safe date has been met or missed (above); an action is still due
  // by the policy's own date for the category.
  const due = madeSafe ? proposeTargetDate({ ...hazard, ...property, awaabs: null }, policy).date : proposal.date;
  if (actions.length === 0 && due !== null && due < today) passed.push(due);
  const since = passed.sort()[0];
  return since === undefined ? { overdue: false, since: null } : { overdue: true, since };
}
