import { awaabsFor } from '../awaabs.ts';
import { awaabsSteps, type AwaabsStep } from '../awaabs-steps.ts';
import { daysBetween } from '../dates.ts';
import { policyDueDate } from '../targets.ts';
import type { RegisterHazard } from '../types.ts';
import {
  actionsOn,
  hazardLabel,
  outcome,
  type CheckDates,
  type Finding,
  type ItemOutcome,
  type PropertyRecords,
} from './context.ts';

/** When a hazard's remedial action must be complete: the policy's date, or Awaab's Law's make-safe date if sooner. */
export function remedialDueDate(
  records: PropertyRecords,
  hazard: RegisterHazard,
  dates: CheckDates,
): RemedialDue | null {
  const awaabs = awaabsFor(
    { ...hazard, nation: records.property.nation, landlordType: records.property.landlordType },
    dates.policy,
  );
  const byPolicy = hazard.category === null ? null : policyDueDate(hazard.category, hazard.foundOn, dates.policy).date;
  const steps = awaabs.applies ? awaabsSteps(awaabs.dueDates, hazard, dates.asOf) : [];
  if (awaabs.applies && (byPolicy === null || awaabs.makeSafeBy < byPolicy))
    return { due: awaabs.makeSafeBy, basis: 'Awaab’s Law', awaabsApplies: true, steps };
  return byPolicy === null ? null : { due: byPolicy, basis: 'policy', awaabsApplies: awaabs.applies, steps };
}

export interface RemedialDue {
  /** YYYY-MM-DD. */
  due: string;
  basis: 'policy' | 'Awaab’s Law';
  awaabsApplies: boolean;
  /** Where Awaab's Law applies, its steps on the report date (FACTS.md §6 counts its timescales as required). */
  steps: AwaabsStep[];
}

/**
 * An Awaab's Law step not recorded by its due date, or recorded after it. A hazard dealt with by the report
 * date is not held to steps left unrecorded, as it is not shown overdue (hazardOverdue): entries closed
 * before these steps could be recorded would otherwise all fail.
 */
function stepFinding(step: AwaabsStep, dealtWith: boolean): string | null {
  if (step.state === 'overdue' && !dealtWith)
    return `Awaab’s Law step “${step.requirement}” is not recorded; it was due by ${step.due}.`;
  if (step.state === 'missed')
    return `Awaab’s Law step “${step.requirement}” was recorded ${step.recorded}, after its due date ${step.due}.`;
  return null;
}

/**
 * Checklist item 2: every Category 1 hazard — and every hazard Awaab's Law governs — has remedial action
 * recorded, with target dates no later than its due date, completed by then; and, where Awaab's Law applies,
 * each of its steps recorded by its due date (FACTS.md §6: its timescales are among the "required
 * timescales"). A hazard whose action was all completed before the reporting period is history and not counted.
 */
export function checkRemedialAction(records: PropertyRecords, dates: CheckDates): ItemOutcome {
  const findings: Finding[] = [];
  let checked = 0;
  for (const hazard of records.hazards) {
    if (hazard.foundOn > dates.asOf) continue;
    const governed = remedialDueDate(records, hazard, dates);
    if (governed === null || (hazard.category !== 1 && !governed.awaabsApplies)) continue;
    const { due, basis, steps } = governed;
    const label = hazardLabel(hazard.hazardId);
    const actions = actionsOn(records, hazard.id, dates.asOf);
    const open = actions.filter((action) => action.completedOn === null || action.completedOn > dates.asOf);
    const finished = actions.reduce(
      (latest, action) => (action.completedOn !== null && action.completedOn > latest ? action.completedOn : latest),
      '',
    );
    if (actions.length > 0 && open.length === 0 && finished < dates.periodStart) continue;
    checked += 1;
    const fail = (text: string) =>
      findings.push({ recordId: hazard.id, text: `${label}, found ${hazard.foundOn}: ${text}` });
    if (actions.length === 0) {
      fail(`no remedial action is recorded (due by ${due}, ${basis}).`);
    } else if (open.length === 0) {
      if (finished > due)
        fail(`completed ${finished}, ${daysBetween(due, finished)} days after the due date ${due} (${basis}).`);
    } else if (dates.asOf > due) {
      fail(`not completed; due by ${due} (${basis}), ${daysBetween(due, dates.asOf)} days overdue.`);
    } else {
      const late = open.find((action) => action.targetDate > due);
      if (late) fail(`the target date ${late.targetDate} is later than the due date ${due} (${basis}).`);
    }
    const dealtWith = hazard.resolvedOn !== null && hazard.resolvedOn <= dates.asOf;
    for (const step of steps) {
      const text = stepFinding(step, dealtWith);
      if (text) fail(text);
    }
  }
  return outcome(checked, findings);
}
