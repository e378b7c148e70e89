import type { AwaabsDueDates, AwaabsTimescaleId } from '../awaabs-law.ts';
import { parseUkDateTime } from '../uk-time.ts';

/**
 * What a landlord records against each Awaab's Law step, so the register can show it was done in time.
 * Absent (or null) means not yet recorded: entries written before these fields existed read that way.
 */
export interface AwaabsRecorded {
  /** YYYY-MM-DD the investigation ended (significant hazards). */
  investigationEndedOn?: string | null;
  /** YYYY-MM-DD the written summary of the investigation was sent to the tenant (significant hazards). */
  writtenSummarySentOn?: string | undefined;
  /** 'YYYY-MM-DDTHH:MM', UK time, the hazard was made safe: a time, because an emergency has 24 hours. */
  madeSafeAt?: string | undefined;
  /** YYYY-MM-DD further (preventative) works started (significant hazards). */
  furtherWorksStartedOn?: string | undefined;
}

export type AwaabsStepField = keyof AwaabsRecorded;

/** met: recorded by the due date · missed: recorded after it · overdue: not recorded, due date passed · not-yet-due. */
export type AwaabsStepState = 'met' | 'missed' | 'overdue' | 'not-yet-due';

export interface AwaabsStep {
  id: AwaabsTimescaleId;
  requirement: string;
  /** As in AwaabsDueDates: YYYY-MM-DD, or a UK date-time with offset for the 24-hour emergency clock. */
  due: string;
  /** The field that records the step, and what it holds (null when not recorded by `today`). */
  field: AwaabsStepField;
  recorded: string | null;
  state: AwaabsStepState;
}

/**
 * The steps the register checks (FACTS.md §4) and the field recording each. Preventative works are checked
 * against the 12-week limit: the 5-working-day start applies only where that is reasonably practicable,
 * which is the landlord's judgement, not a date the register can hold them to.
 */
const RECORDED_BY: Partial<Record<AwaabsTimescaleId, AwaabsStepField>> = {
  'emergency-investigate-and-make-safe': 'madeSafeAt',
  'significant-investigate': 'investigationEndedOn',
  'significant-written-summary': 'writtenSummarySentOn',
  'significant-make-safe': 'madeSafeAt',
  'significant-preventative-works-start-latest': 'furtherWorksStartedOn',
};

/** Recorded on or before the due date; against the emergency's due instant, only a UK clock time is recorded (madeSafeAt). */
function inTime(recorded: string, due: string): boolean {
  if (due.length === 10) return recorded.slice(0, 10) <= due;
  return parseUkDateTime(recorded, 'madeSafeAt') <= parseUkDateTime(due, 'due');
}

/**
 * Where each Awaab's Law step stands on `today` (YYYY-MM-DD). A step recorded after `today` (a report for an
 * earlier date) was not yet done then. Overdue is judged by whole days, as the register's other lists are:
 * an emergency's 24 hours show overdue from the day after they ran out; the recorded time still decides met or missed.
 * @throws HhsrsInputError naming "madeSafeAt" when it is not a UK date and time
 */
export function awaabsSteps(dueDates: AwaabsDueDates, recorded: AwaabsRecorded, today: string): AwaabsStep[] {
  return dueDates.dueDates.flatMap((row) => {
    const field = RECORDED_BY[row.id];
    if (field === undefined) return [];
    const value = recorded[field];
    const done = value && value.slice(0, 10) <= today ? value : null;
    const state: AwaabsStepState = done
      ? inTime(done, row.due)
        ? 'met'
        : 'missed'
      : today > row.due.slice(0, 10)
        ? 'overdue'
        : 'not-yet-due';
    return [{ id: row.id, requirement: row.requirement, due: row.due, field, recorded: done, state }];
  });
}
