import { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS_VERIFIED_THROUGH } from './bank-holidays.ts';
import { HhsrsInputError } from './errors.ts';
import { toDayNumber } from './iso-date.ts';
import { formatUkDateTime, parseUkDateTime, ukDateOf } from './uk-time.ts';
import { addCalendarDays, addWorkingDays } from './working-days.ts';

/**
 * Awaab's Law (FACTS.md §4): timescales for social landlords in England, counted from when the landlord
 * became aware of a hazard. "Emergency" and "significant" are the landlord's classification of the risk
 * to the tenant, recorded separately from HHSRS Category 1/2.
 */

export type AwaabsRiskLevel = 'emergency' | 'significant';

export type AwaabsTimescaleId =
  | 'emergency-investigate-and-make-safe'
  | 'significant-investigate'
  | 'significant-written-summary'
  | 'significant-make-safe'
  | 'significant-preventative-works-start'
  | 'significant-preventative-works-start-latest';

export interface AwaabsTimescale {
  riskLevel: AwaabsRiskLevel;
  requirement: string;
  amount: number;
  unit: 'hours' | 'working days' | 'weeks';
  /** What the clock runs from. */
  from: 'awareness' | 'investigation end';
}

/** The timescales as one dated table. `checkLocally`: re-verify against the Regulations before relying on them. */
export const AWAABS_LAW = {
  legislation:
    'Landlord and Tenant Act 1985 s.10A (inserted by the Social Housing (Regulation) Act 2023); Hazards in ' +
    'Social Housing (Prescribed Requirements) (England) Regulations 2025 (SI 2025/1042)',
  nation: 'england',
  landlords: 'Social landlords (relevant social housing leases)',
  inForceFrom: '2025-10-27',
  asOf: '2025-10-27',
  checkLocally: true,
  note:
    'Timescales as reported for the Regulations in force from 27 October 2025; check them locally. Where ' +
    'preventative works cannot reasonably begin within 5 working days they must begin as soon as reasonably ' +
    'practicable and within 12 weeks.',
  timescales: {
    'emergency-investigate-and-make-safe': {
      riskLevel: 'emergency',
      requirement: 'Investigate and make safe',
      amount: 24,
      unit: 'hours',
      from: 'awareness',
    },
    'significant-investigate': {
      riskLevel: 'significant',
      requirement: 'Investigate',
      amount: 10,
      unit: 'working days',
      from: 'awareness',
    },
    'significant-written-summary': {
      riskLevel: 'significant',
      requirement: 'Give the tenant a written summary of the investigation',
      amount: 3,
      unit: 'working days',
      from: 'investigation end',
    },
    'significant-make-safe': {
      riskLevel: 'significant',
      requirement: 'Make safe',
      amount: 5,
      unit: 'working days',
      from: 'investigation end',
    },
    'significant-preventative-works-start': {
      riskLevel: 'significant',
      requirement: 'Begin further (preventative) works',
      amount: 5,
      unit: 'working days',
      from: 'investigation end',
    },
    'significant-preventative-works-start-latest': {
      riskLevel: 'significant',
      requirement:
        'Begin further (preventative) works at the latest, where 5 working days is not reasonably practicable',
      amount: 12,
      unit: 'weeks',
      from: 'investigation end',
    },
  } satisfies Record<AwaabsTimescaleId, AwaabsTimescale>,
  /**
   * The points the sources do not settle (FACTS.md §4), each with the deadlines it touches: shown beside those
   * dates as "check locally", never as settled law.
   */
  unsettled: [
    {
      timescales: ['emergency-investigate-and-make-safe'],
      text:
        'Whether the 24 hours to make an emergency hazard safe run from when the landlord became aware or from ' +
        'the end of the emergency investigation: sources differ. The date here counts from awareness, the earlier.',
    },
    {
      timescales: ['significant-preventative-works-start', 'significant-preventative-works-start-latest'],
      text:
        'Whether further (preventative) works must also begin within 5 working days of the investigation, with ' +
        '12 weeks the outer limit, and what the 12 weeks runs from: not settled. Both dates here count from the ' +
        'end of the investigation.',
    },
  ] satisfies readonly { timescales: readonly AwaabsTimescaleId[]; text: string }[],
} as const;

export interface AwaabsDueDate {
  id: AwaabsTimescaleId;
  requirement: string;
  /** YYYY-MM-DD, or for an hours deadline a UK date-time with offset ('2025-10-28T14:30:00+00:00'). */
  due: string;
  /** How `due` was reached, e.g. 'investigation ended 2025-11-10 + 3 working days'. */
  formula: string;
}

export interface AwaabsDueDates {
  riskLevel: AwaabsRiskLevel;
  /** The awareness instant as UK clock time with offset. */
  awareAt: string;
  /** The UK calendar date of awareness: working-day clocks run from the day after it. */
  awareOn: string;
  dueDates: AwaabsDueDate[];
  /** True when a date depends on bank holidays after BANK_HOLIDAYS_VERIFIED_THROUGH (projections). */
  usesProjectedBankHolidays: boolean;
  /** The unsettled points (AWAABS_LAW.unsettled) that touch these dates, in words: to check locally. */
  unsettled: string[];
  source: string;
  checkLocally: true;
}

export interface AwaabsDueDatesInput {
  riskLevel: AwaabsRiskLevel;
  /** When the landlord became aware: 'YYYY-MM-DDTHH:MM', UK time unless an offset is given. */
  awareAt: string;
  /** YYYY-MM-DD the investigation ended; until known, later dates run from the investigation's due date. */
  investigationEndedOn?: string;
}

/** addWorkingDays, with a date past the bank-holiday data reported against this function's own field. */
function workingDaysAfter(field: string, isoDate: string, days: number): string {
  try {
    return addWorkingDays(isoDate, days);
  } catch {
    throw new HhsrsInputError(
      field,
      `${field} leads to a working-day deadline after ${BANK_HOLIDAY_YEARS.to}-12-31; bank holidays are known for ` +
        `${BANK_HOLIDAY_YEARS.from}–${BANK_HOLIDAY_YEARS.to} only (${isoDate} + ${days} working days)`,
    );
  }
}

/**
 * The Awaab's Law due dates for a hazard, from AWAABS_LAW.timescales. Emergency: one date-time,
 * awareness + 24 hours. Significant: investigation by awareness date + 10 working days; written summary,
 * make-safe and preventative works from the day the investigation ended (or, until it has, from its due
 * date, which the formula says). Working days skip weekends and England and Wales bank holidays.
 * Whether the law applies at all (England, social landlord, hazard in scope) is awaabsLawApplies.
 * @throws HhsrsInputError naming "riskLevel" (neither emergency nor significant), "awareAt" (malformed,
 *   before 2025-10-27, or past the bank-holiday data) or "investigationEndedOn" (malformed, before the awareness date, or past the bank-holiday data)
 */
export function awaabsLawDueDates(input: AwaabsDueDatesInput): AwaabsDueDates {
  if (input.riskLevel !== 'emergency' && input.riskLevel !== 'significant') {
    throw new HhsrsInputError(
      'riskLevel',
      `riskLevel must be emergency or significant (the landlord’s classification); got "${String(input.riskLevel)}"`,
    );
  }
  const awareMs = parseUkDateTime(input.awareAt, 'awareAt');
  const awareOn = ukDateOf(awareMs);
  if (awareOn < AWAABS_LAW.inForceFrom) {
    throw new HhsrsInputError(
      'awareAt',
      `awareAt must be on or after ${AWAABS_LAW.inForceFrom}, when Awaab’s Law came into force; got ${input.awareAt}`,
    );
  }
  const t = AWAABS_LAW.timescales;
  const dueDates: AwaabsDueDate[] = [];
  if (input.riskLevel === 'emergency') {
    const rule = t['emergency-investigate-and-make-safe'];
    dueDates.push({
      id: 'emergency-investigate-and-make-safe',
      requirement: rule.requirement,
      due: formatUkDateTime(awareMs + rule.amount * 3_600_000),
      formula: `aware at ${formatUkDateTime(awareMs)} + ${rule.amount} hours`,
    });
  } else {
    const investigate = t['significant-investigate'];
    const investigateBy = workingDaysAfter('awareAt', awareOn, investigate.amount);
    dueDates.push({
      id: 'significant-investigate',
      requirement: investigate.requirement,
      due: investigateBy,
      formula: `aware on ${awareOn} + ${investigate.amount} working days`,
    });
    const ended = input.investigationEndedOn;
    if (ended !== undefined && toDayNumber(ended, 'investigationEndedOn') < toDayNumber(awareOn, 'awareAt')) {
      throw new HhsrsInputError(
        'investigationEndedOn',
        `investigationEndedOn must not be before the awareness date ${awareOn}; got ${ended}`,
      );
    }
    const base = ended ?? investigateBy;
    const label = ended === undefined ? `investigation due ${base}` : `investigation ended ${base}`;
    const baseField = ended === undefined ? 'awareAt' : 'investigationEndedOn';
    const fromInvestigationEnd = [
      'significant-written-summary',
      'significant-make-safe',
      'significant-preventative-works-start',
    ] as const;
    for (const id of fromInvestigationEnd) {
      const rule = t[id];
      dueDates.push({
        id,
        requirement: rule.requirement,
        due: workingDaysAfter(baseField, base, rule.amount),
        formula: `${label} + ${rule.amount} working days`,
      });
    }
    const latest = t['significant-preventative-works-start-latest'];
    dueDates.push({
      id: 'significant-preventative-works-start-latest',
      requirement: latest.requirement,
      due: addCalendarDays(base, latest.amount * 7),
      formula: `${label} + ${latest.amount} weeks (${latest.amount * 7} days)`,
    });
  }
  // Only working-day dates depend on the bank-holiday list; the 24-hour and 12-week clocks do not.
  const lastYear = Math.max(
    ...dueDates.filter((row) => t[row.id].unit === 'working days').map((row) => Number(row.due.slice(0, 4))),
  );
  return {
    riskLevel: input.riskLevel,
    awareAt: formatUkDateTime(awareMs),
    awareOn,
    dueDates,
    usesProjectedBankHolidays: lastYear > BANK_HOLIDAYS_VERIFIED_THROUGH,
    unsettled: AWAABS_LAW.unsettled
      .filter((point) => dueDates.some((row) => (point.timescales as readonly string[]).includes(row.id)))
      .map((point) => point.text),
    source: AWAABS_LAW.legislation,
    checkLocally: true,
  };
}
