import { AWAABS_LAW } from './awaabs-law.ts';
import { dayOfService } from './day-of-service.ts';
import { HhsrsInputError } from './errors.ts';
import { toDayNumber } from './iso-date.ts';

/**
 * When Awaab's Law clocks start (FACTS.md §4): when the landlord first knew of the hazard, by any means — a
 * phone call, a repair report or a visit long before any letter. A posted letter counts from the day it would
 * arrive in the ordinary course of post (Interpretation Act 1978 s.7), not the day it was posted.
 */

export const AWARENESS_HOWS = ['phone', 'repair-report', 'visit', 'email', 'letter', 'not-told'] as const;
/** How the landlord was first told: `letter` is a posted letter; `not-told` means the letter about to be sent. */
export type AwarenessHow = (typeof AWARENESS_HOWS)[number];

/**
 * - `told`: the day the landlord was told, known exactly;
 * - `letter-arrives`: a posted letter, from the day it would arrive;
 * - `date-unknown`: told, but the day is not known, so the clocks run from `latestOn` at the latest;
 * - `not-told`: not told yet, so the clocks run from `latestOn` (the letter about to be sent);
 * - `in-force`: told before Awaab's Law came into force, so the clocks run from that day (check locally).
 */
export type AwarenessBasis = 'told' | 'letter-arrives' | 'date-unknown' | 'not-told' | 'in-force';

export interface AwarenessInput {
  how: AwarenessHow;
  /** YYYY-MM-DD the landlord was told, or a posted letter posted; null when not known (or not told). */
  date: string | null;
  /** Whether a posted letter went first or second class; unknown counts as second class, the later day. */
  postClass?: 'first' | 'second' | undefined;
  /** YYYY-MM-DD by which the landlord knew at the latest: the date of the letter the tenant now sends. */
  latestOn: string;
}

export interface AwarenessStart {
  /** YYYY-MM-DD the clocks run from. */
  startOn: string;
  basis: AwarenessBasis;
  /** False when startOn is a latest date: every deadline counted from it is then "at the latest". */
  exact: boolean;
  /** The rule in words, e.g. 'a letter posted first class on 2026-03-06 is treated as arriving on 2026-03-10'. */
  rule: string;
  /** True when the rule rests on a convention or an unverified point: show it as "check locally". */
  checkLocally: boolean;
}

/**
 * The date Awaab's Law clocks start from. Told by phone, repair report, visit or email: that day. A posted
 * letter: the second working day after posting (first class) or the fourth (second class, or class unknown),
 * the dayOfService conventions. Date unknown, or not told yet: `latestOn`, not exact. A start before
 * 27 October 2025 (in force) runs from that day, flagged to check locally.
 * @throws HhsrsInputError naming "how" (not one of AWARENESS_HOWS), "date" (malformed, after latestOn, or
 *   missing for a posted letter's arrival to be worked out past the bank-holiday data) or "latestOn" (malformed)
 */
export function awarenessStart(input: AwarenessInput): AwarenessStart {
  if (!(AWARENESS_HOWS as readonly string[]).includes(input.how)) {
    throw new HhsrsInputError('how', `how must be one of ${AWARENESS_HOWS.join(', ')}; got "${String(input.how)}"`);
  }
  const latest = toDayNumber(input.latestOn, 'latestOn');
  if (input.how === 'not-told') {
    const rule = `not told before; counted from the letter dated ${input.latestOn}`;
    return { startOn: input.latestOn, basis: 'not-told', exact: true, rule, checkLocally: false };
  }
  if (input.date === null) {
    return {
      startOn: input.latestOn,
      basis: 'date-unknown',
      exact: false,
      rule: `the day the landlord was first told is not known; counted from ${input.latestOn}, the latest it can be`,
      checkLocally: false,
    };
  }
  if (toDayNumber(input.date, 'date') > latest) {
    throw new HhsrsInputError('date', `date must be on or before ${input.latestOn}; got ${input.date}`);
  }
  const start: AwarenessStart =
    input.how === 'letter'
      ? letterArrives(input.date, input.postClass)
      : {
          startOn: input.date,
          basis: 'told',
          exact: true,
          rule: `told by ${input.how} on ${input.date}`,
          checkLocally: false,
        };
  if (start.startOn >= AWAABS_LAW.inForceFrom) return start;
  return {
    startOn: AWAABS_LAW.inForceFrom,
    basis: 'in-force',
    exact: start.exact,
    rule: `${start.rule}, before Awaab’s Law came into force; counted from ${AWAABS_LAW.inForceFrom}, when it did`,
    checkLocally: true,
  };
}

function letterArrives(postedOn: string, postClass: AwarenessInput['postClass']): AwarenessStart {
  const method = postClass === 'first' ? 'first-class-post' : 'second-class-post';
  let servedOn: string;
  try {
    servedOn = dayOfService({ method, sentOn: postedOn }).servedOn;
  } catch (error) {
    throw new HhsrsInputError('date', (error as Error).message);
  }
  const which = postClass === undefined ? 'class not known, so second class' : `${postClass} class`;
  return {
    startOn: servedOn,
    basis: 'letter-arrives',
    // Unknown class: the later, second-class day, so the dates are the latest the landlord has.
    exact: postClass !== undefined,
    rule: `a letter posted on ${postedOn} (${which}) is treated as arriving on ${servedOn}`,
    checkLocally: true,
  };
}
