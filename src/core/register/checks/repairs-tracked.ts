import { actionState } from '../overdue.ts';
import {
  actionsOf,
  outcome,
  type CheckDates,
  type Finding,
  type ItemOutcome,
  type PropertyRecords,
} from './context.ts';

/**
 * Checklist item 3: repairs raised from inspections are tracked to completion with evidence attached — each
 * is open within its target date, or completed with evidence (a photo, an invoice or a follow-up
 * inspection note) added by the report date. Repairs completed before the reporting period are history.
 */
export function checkRepairsTracked(records: PropertyRecords, dates: CheckDates): ItemOutcome {
  const findings: Finding[] = [];
  let checked = 0;
  for (const hazard of records.hazards) {
    if (hazard.reportedBy !== 'inspection') continue;
    for (const action of actionsOf(records, hazard.id)) {
      if (action.raisedOn > dates.asOf) continue;
      const state = actionState(action, dates.asOf);
      if (state.state === 'completed' && state.completedOn < dates.periodStart) continue;
      checked += 1;
      const name = `Repair “${action.description}”`;
      if (state.state === 'completed') {
        const evidence = (records.evidenceByRecord.get(action.id) ?? []).filter((item) => item.addedOn <= dates.asOf);
        if (evidence.length === 0)
          findings.push({
            recordId: action.id,
            text: `${name} was completed ${state.completedOn} with no evidence attached.`,
          });
      } else if (state.overdue) {
        findings.push({
          recordId: action.id,
          text: `${name} is not completed; its target date ${action.targetDate} passed ${state.daysOverdue} days ago.`,
        });
      }
    }
  }
  return outcome(checked, findings);
}
