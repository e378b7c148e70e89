import { awaabsFor } from '../awaabs.ts';
import { daysBetween } from '../dates.ts';
import { addCalendarDays } from '../../working-days.ts';
import {
  hazardLabel,
  outcome,
  type CheckDates,
  type Finding,
  type ItemOutcome,
  type PropertyRecords,
} from './context.ts';

/**
 * Checklist item 4: hazards reported by residents or key workers are passed on for assessment (escalated)
 * within the policy's days — or by Awaab's Law's investigation date where that applies and is sooner.
 * Reports escalated before the reporting period are history.
 */
export function checkReportsEscalated(records: PropertyRecords, dates: CheckDates): ItemOutcome {
  const findings: Finding[] = [];
  let checked = 0;
  for (const hazard of records.hazards) {
    if (hazard.reportedBy === 'inspection' || hazard.foundOn > dates.asOf) continue;
    const escalated = hazard.escalatedOn !== null && hazard.escalatedOn <= dates.asOf ? hazard.escalatedOn : null;
    if (escalated !== null && escalated < dates.periodStart) continue;
    checked += 1;
    let due = addCalendarDays(hazard.foundOn, dates.policy.reportEscalationDays);
    let basis = 'policy';
    const awaabs = awaabsFor(
      { ...hazard, nation: records.property.nation, landlordType: records.property.landlordType },
      dates.policy,
    );
    if (awaabs.applies && awaabs.investigateBy < due) [due, basis] = [awaabs.investigateBy, 'Awaab’s Law'];
    const who = hazard.reportedBy === 'resident' ? 'a resident' : 'a key worker';
    const about = `${hazardLabel(hazard.hazardId)}, reported by ${who} on ${hazard.foundOn}`;
    if (escalated !== null && escalated > due) {
      findings.push({
        recordId: hazard.id,
        text: `${about}: passed on for assessment ${escalated}, ${daysBetween(due, escalated)} days after the due date ${due} (${basis}).`,
      });
    } else if (escalated === null && dates.asOf > due) {
      findings.push({
        recordId: hazard.id,
        text: `${about}: not yet passed on for assessment; due by ${due} (${basis}).`,
      });
    }
  }
  return outcome(checked, findings);
}
