import { daysBetween } from './dates.ts';
import type { RegisterAction } from './types.ts';

export type ActionState =
  | { state: 'completed'; completedOn: string; late: boolean; daysLate: number }
  | { state: 'open'; overdue: false; daysLeft: number }
  | { state: 'open'; overdue: true; daysOverdue: number };

/**
 * Where a remedial action stands on `today`: completed (on time or late), open within its target date,
 * or overdue. The target date is the last day allowed, so an action due today is not yet overdue; one
 * completed after `today` (a report for an earlier date) was still open then.
 */
export function actionState(action: Pick<RegisterAction, 'targetDate' | 'completedOn'>, today: string): ActionState {
  if (action.completedOn !== null && action.completedOn <= today) {
    const daysLate = Math.max(0, daysBetween(action.targetDate, action.completedOn));
    return { state: 'completed', completedOn: action.completedOn, late: daysLate > 0, daysLate };
  }
  const left = daysBetween(today, action.targetDate);
  return left < 0
    ? { state: 'open', overdue: true, daysOverdue: -left }
    : { state: 'open', overdue: false, daysLeft: left };
}

/** True when an action is still open after its target date. */
export function isOverdue(action: Pick<RegisterAction, 'targetDate' | 'completedOn'>, today: string): boolean {
  const state = actionState(action, today);
  return state.state === 'open' && state.overdue;
}
