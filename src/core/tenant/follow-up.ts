import { awaabsLawDueDates, type AwaabsDueDate, type AwaabsTimescaleId } from '../awaabs-law.ts';
import { HhsrsInputError } from '../errors.ts';
import { toDayNumber } from '../iso-date.ts';
import { addCalendarDays } from '../working-days.ts';
import type { IndicativeResult } from './indicative.ts';
import { letterTerms, type LetterBasis, type LetterTermsInput } from './letter-terms.ts';
import { OMBUDSMAN } from './next-steps.ts';
import type { LandlordType, TopicId } from './types.ts';

/** One problem in the letter, and the last day the landlord has for it. */
export interface FollowUpProblem {
  topic: TopicId;
  basis: LetterBasis;
  /**
   * YYYY-MM-DD, counted from the day the letter was sent (the letter's date once sent):
   * - `reasonable-time`: sent + REASONABLE_TIME_DAYS calendar days, the date the letter asked for;
   * - `urgent` and `awaabs-law-emergency`: 24 hours, so the day after sending;
   * - `awaabs-law-significant`: investigate within 10 working days (FACTS.md §4); null when that date is
   *   past the bank-holiday data, and the problem is then never treated as overdue.
   */
  dueOn: string | null;
  /** True once `dueOn` has passed: from the day after it. */
  overdue: boolean;
  /** YYYY-MM-DD the time runs from: when the landlord first knew (Awaab's Law), else the day the letter was sent. */
  from: string;
  /** True when the dates are the latest the landlord has, because the day they first knew is not known. */
  atLatest: boolean;
}

/**
 * The Awaab's Law dates a social tenant in England can hold the landlord to, counted from when the landlord
 * first knew (FACTS.md §4): the `awareness` given, or else the day the letter was sent, as if the landlord read
 * it that day. Written summary, make-safe and further works
 * run from the end of the investigation, so they are the latest dates: those after an investigation that
 * took all its 10 working days.
 */
export type AwaabsLawFollowUp =
  | { topic: TopicId; riskLevel: 'emergency'; makeSafeBy: string }
  | {
      topic: TopicId;
      riskLevel: 'significant';
      investigateBy: string;
      summaryBy: string;
      makeSafeBy: string;
      worksStartBy: string;
    };

/** What to do once the landlord's time has passed, in order. */
export type FollowUpStep =
  | { kind: 'complain-to-landlord' }
  | { kind: 'ombudsman'; ombudsman: 'housing-ombudsman' | 'public-services-ombudsman-for-wales' }
  | { kind: 'find-out-landlord-type' }
  /** The council's private housing or environmental health team, which can inspect under the HHSRS. */
  | { kind: 'contact-council' };

export interface FollowUp {
  /** `overdue` once any problem's time has passed; `waiting` before then. */
  status: 'waiting' | 'overdue';
  /**
   * Waiting: the first last-day still to come (the tenant waits until then), or null when no date can be
   * worked out. Overdue: the earliest last-day that has passed — the date the next step became due.
   */
  dueOn: string | null;
  problems: FollowUpProblem[];
  /** The next steps, the same whether waiting (what to do if nothing happens) or overdue (what to do now). */
  steps: FollowUpStep[];
  awaabsLaw: AwaabsLawFollowUp[];
}

export interface FollowUpInput {
  nation: 'england' | 'wales';
  landlord: LandlordType;
  results: readonly IndicativeResult[];
  /** The day the tenant sent (posted, emailed, handed over) the letter, YYYY-MM-DD. */
  sentOn: string;
  /** YYYY-MM-DD, from the tenant's device. */
  today: string;
  /** When the landlord first knew, if before the letter (awarenessStart): Awaab's Law clocks run from it. */
  awareness?: LetterTermsInput['awareness'];
}

/**
 * Where a tenant stands after sending the letter. The landlord's time runs from the day the letter was sent
 * (letterTerms with the sent date: a letter dated the day it is sent asks for exactly these dates). Once a
 * problem's time has passed, the next steps are those of nextSteps after the letter: a social tenant uses the
 * landlord's complaints process, then the ombudsman; anyone but a council tenant can ask the council to
 * inspect (a council does not take action against itself).
 * @throws HhsrsInputError naming "sentOn" or "today" for a malformed date, or "sentOn" for a date after today
 */
export function followUp(input: FollowUpInput): FollowUp {
  const today = toDayNumber(input.today, 'today');
  if (toDayNumber(input.sentOn, 'sentOn') > today) {
    throw new HhsrsInputError('sentOn', `sentOn must be today (${input.today}) or earlier; got ${input.sentOn}`);
  }
  const { nation, landlord, results, awareness } = input;
  const terms = letterTerms({ nation, landlord, results, today: input.sentOn, awareness });
  const problems = terms.map((term): FollowUpProblem => {
    const dueOn = term.unit === 'hours' ? addCalendarDays(term.from, 1) : term.due;
    const overdue = dueOn !== null && toDayNumber(dueOn, 'dueOn') < today;
    return { topic: term.topic, basis: term.basis, dueOn, overdue, from: term.from, atLatest: term.atLatest };
  });
  const overdue = problems.filter((problem) => problem.overdue);
  const pending = problems.filter((problem) => !problem.overdue);
  const earliest = (list: FollowUpProblem[]) =>
    list
      .map((problem) => problem.dueOn)
      .filter((due): due is string => due !== null)
      .sort()[0] ?? null;
  return {
    status: overdue.length > 0 ? 'overdue' : 'waiting',
    dueOn: overdue.length > 0 ? earliest(overdue) : earliest(pending),
    problems,
    steps: stepsFor(input.nation, input.landlord),
    awaabsLaw: problems.flatMap(awaabsLawDates),
  };
}

function stepsFor(nation: 'england' | 'wales', landlord: LandlordType): FollowUpStep[] {
  const steps: FollowUpStep[] = [];
  if (landlord === 'council' || landlord === 'housing-association') {
    steps.push({ kind: 'complain-to-landlord' }, { kind: 'ombudsman', ombudsman: OMBUDSMAN[nation] });
  }
  if (landlord === 'not-sure') steps.push({ kind: 'find-out-landlord-type' });
  if (landlord !== 'council') steps.push({ kind: 'contact-council' });
  return steps;
}

function awaabsLawDates(problem: FollowUpProblem): AwaabsLawFollowUp[] {
  if (problem.basis === 'awaabs-law-emergency')
    return [{ topic: problem.topic, riskLevel: 'emergency', makeSafeBy: problem.dueOn! }];
  if (problem.basis !== 'awaabs-law-significant' || problem.dueOn === null) return [];
  let dates: AwaabsDueDate[];
  try {
    dates = awaabsLawDueDates({ riskLevel: 'significant', awareAt: `${problem.from}T00:00` }).dueDates;
  } catch {
    // The later dates run past the bank-holiday data: the investigation date (dueOn) is still shown.
    return [];
  }
  const due = (id: AwaabsTimescaleId) => dates.find((row) => row.id === id)!.due;
  return [
    {
      topic: problem.topic,
      riskLevel: 'significant',
      investigateBy: due('significant-investigate'),
      summaryBy: due('significant-written-summary'),
      makeSafeBy: due('significant-make-safe'),
      worksStartBy: due('significant-preventative-works-start-latest'),
    },
  ];
}
