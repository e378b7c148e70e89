import { AWAABS_LAW } from '../awaabs-law.ts';
import type { AwarenessStart } from '../awaabs-law-awareness.ts';
import { awaabsLawApplies } from '../awaabs-law-scope.ts';
import { toDayNumber } from '../iso-date.ts';
import { ENGLAND_2005_HAZARDS } from '../scheme/england-2005-hazards.ts';
import { addCalendarDays, addWorkingDays } from '../working-days.ts';
import type { IndicativeResult } from './indicative.ts';
import type { LandlordType, TenantNation, TopicId } from './types.ts';

/**
 * What the letter asks for each problem, and by when:
 * - `awaabs-law-emergency`: a social landlord in England, an emergency hazard → investigate and make safe
 *   within 24 hours (Awaab's Law, FACTS.md §4).
 * - `awaabs-law-significant`: a social landlord in England, a hazard in scope as significant on the day of
 *   the letter (phase 1: damp and mould) → investigate within 10 working days, then the written summary,
 *   make-safe and works timescales follow from the investigation.
 * - `urgent`: an emergency anywhere else → we suggest asking for it to be made safe within 24 hours.
 * - `reasonable-time`: everything else → a reasonable time, REASONABLE_TIME_DAYS.
 * The Awaab's Law clocks run from when the landlord first knew (FACTS.md §4): `awareness` when the tenant
 * told them before, otherwise the letter's date, as if the landlord receives it that day.
 */
export type LetterBasis = 'awaabs-law-emergency' | 'awaabs-law-significant' | 'urgent' | 'reasonable-time';

export interface LetterTerm {
  topic: TopicId;
  basis: LetterBasis;
  amount: number;
  unit: 'hours' | 'working days' | 'days';
  /** YYYY-MM-DD; null for a 24-hour request, or where the working-day data runs out. */
  due: string | null;
  /** YYYY-MM-DD the time runs from: when the landlord first knew (Awaab's Law), else the letter's date. */
  from: string;
  /** True when `due` is a latest date, because the day the landlord first knew is not known exactly. */
  atLatest: boolean;
}

/**
 * Seeds 003/004 ask tenants to give the landlord "a reasonable timescale" before going to the council. The law
 * sets no number of days: 14 days for a non-urgent repair is this tool's default (convention), which the
 * letter states as a request, not a legal deadline.
 */
export const REASONABLE_TIME_DAYS = 14;

export interface LetterTermsInput {
  nation: TenantNation;
  landlord: LandlordType;
  results: readonly IndicativeResult[];
  /** The letter's date, YYYY-MM-DD. */
  today: string;
  /** When the landlord first knew (awarenessStart); without it, the letter's date. */
  awareness?: Pick<AwarenessStart, 'startOn' | 'exact'> | undefined;
}

/**
 * One LetterTerm per result, in the same order. Whether Awaab's Law covers a problem is judged on the
 * letter's date; its clocks run from `awareness.startOn` when given.
 * @throws HhsrsInputError naming "today" or "awareness" for a malformed date
 */
export function letterTerms(input: LetterTermsInput): LetterTerm[] {
  toDayNumber(input.today, 'today');
  if (input.awareness !== undefined) toDayNumber(input.awareness.startOn, 'awareness');
  return input.results.map((result) => termFor(result, input));
}

function termFor(result: IndicativeResult, input: LetterTermsInput): LetterTerm {
  const urgent = result.seriousness === 'urgent';
  const letter = { topic: result.topic, from: input.today, atLatest: false };
  if (awaabsLawCovers(result, urgent ? 'emergency' : 'significant', input)) {
    const aware = {
      ...letter,
      from: input.awareness?.startOn ?? input.today,
      atLatest: input.awareness?.exact === false,
    };
    if (urgent) return { ...aware, basis: 'awaabs-law-emergency', amount: hours(), unit: 'hours', due: null };
    const days = AWAABS_LAW.timescales['significant-investigate'].amount;
    const due = workingDaysOrNull(aware.from, days);
    return { ...aware, basis: 'awaabs-law-significant', amount: days, unit: 'working days', due };
  }
  if (urgent) return { ...letter, basis: 'urgent', amount: hours(), unit: 'hours', due: null };
  return {
    ...letter,
    basis: 'reasonable-time',
    amount: REASONABLE_TIME_DAYS,
    unit: 'days',
    due: addCalendarDays(input.today, REASONABLE_TIME_DAYS),
  };
}

function hours(): number {
  return AWAABS_LAW.timescales['emergency-investigate-and-make-safe'].amount;
}

/** Whether Awaab's Law covers any of the result's hazards at this risk level, on the letter's date. */
function awaabsLawCovers(
  result: Pick<IndicativeResult, 'hazards'>,
  riskLevel: 'emergency' | 'significant',
  input: Pick<LetterTermsInput, 'nation' | 'landlord' | 'today'>,
): boolean {
  if (input.nation !== 'england') return false;
  const socialLandlord = input.landlord === 'council' || input.landlord === 'housing-association';
  return result.hazards.some(
    (number) =>
      awaabsLawApplies({
        nation: 'england',
        socialLandlord,
        hazardId: ENGLAND_2005_HAZARDS[number - 1]!.id,
        riskLevel,
        awareOn: input.today,
      }).applies,
  );
}

/** The working-day date, or null past the bank-holiday data (the letter then gives the count only). */
function workingDaysOrNull(today: string, days: number): string | null {
  try {
    return addWorkingDays(today, days);
  } catch {
    return null;
  }
}
