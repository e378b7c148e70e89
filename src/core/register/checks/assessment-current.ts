import { addMonths } from '../dates.ts';
import { outcome, type CheckDates, type ItemOutcome, type PropertyRecords } from './context.ts';

/** The day an assessment stops being current (it is current before this day). */
export function currentUntil(inspectionDate: string, months: number): string {
  return addMonths(inspectionDate, months, 'inspectionDate');
}

/** The latest inspection on or before the report date, or null. */
export function lastInspection(records: PropertyRecords, asOf: string): string | null {
  let latest: string | null = null;
  for (const assessment of records.assessments) {
    if (assessment.inspectionDate <= asOf && (latest === null || assessment.inspectionDate > latest))
      latest = assessment.inspectionDate;
  }
  return latest;
}

/**
 * Checklist item 1: a current HHSRS assessment (inspected within the policy's months) or an inspection
 * booked for the report date or later.
 */
export function checkAssessmentCurrent(records: PropertyRecords, dates: CheckDates): ItemOutcome {
  const last = lastInspection(records, dates.asOf);
  const until = last === null ? null : currentUntil(last, dates.policy.assessmentCurrentMonths);
  if (until !== null && dates.asOf < until) return outcome(1, []);
  const booked = records.property.nextInspectionDate;
  if (booked !== null && booked >= dates.asOf) return outcome(1, []);
  const assessed =
    last === null
      ? 'No HHSRS assessment is recorded'
      : `The last assessment (${last}) stopped being current on ${until}`;
  const inspection = booked === null ? 'no inspection is booked' : `the inspection booked for ${booked} has passed`;
  return outcome(1, [{ recordId: null, text: `${assessed} and ${inspection}.` }]);
}
