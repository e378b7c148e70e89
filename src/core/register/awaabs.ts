import { awaabsLawDueDates, type AwaabsDueDates } from '../awaabs-law.ts';
import { awaabsLawApplies } from '../awaabs-law-scope.ts';
import { awarenessStart } from '../awaabs-law-awareness.ts';
import { parseUkDateTime, ukDateOf } from '../uk-time.ts';
import type { ChecklistPolicy } from './policy.ts';
import type { AwaabsClassification, LandlordType } from './types.ts';
import type { Nation } from '../scheme/types.ts';

export interface AwaabsCase {
  hazardId: string;
  nation: Nation;
  landlordType: LandlordType;
  awaabs: AwaabsClassification | null;
  /** YYYY-MM-DD the hazard was found or reported: the landlord knew by then at the latest. */
  foundOn: string;
  /** YYYY-MM-DD the investigation ended, once it has. */
  investigationEndedOn?: string | null;
}

/** When Awaab's Law clocks start ('YYYY-MM-DDTHH:MM', UK time), the rule in words, and whether to check it locally. */
export interface AwaabsClockStart {
  awareAt: string;
  rule: string;
  checkLocally: boolean;
}

export type AwaabsOutcome =
  | { applies: false; reason: string }
  | {
      applies: true;
      reason: string;
      dueDates: AwaabsDueDates;
      /**
       * When the clocks start and why, e.g. a letter posted on a Friday counts from the day it would arrive;
       * `checkLocally` when that rests on a convention.
       */
      start: AwaabsClockStart;
      /** YYYY-MM-DD: the investigation is due by the end of this day. */
      investigateBy: string;
      /** YYYY-MM-DD: the hazard must be made safe by the end of this day. */
      makeSafeBy: string;
    };

/**
 * Whether Awaab's Law governs a register entry and, if so, its dates. It applies only where the provider's
 * policy applies it, the landlord classified the risk, and awaabsLawApplies agrees (England, a social
 * landlord, a hazard in scope). A date that cannot be worked out (e.g. beyond the bank-holiday data) is
 * returned as the reason it does not apply, so a register still opens.
 */
export function awaabsFor(entry: AwaabsCase, policy: ChecklistPolicy): AwaabsOutcome {
  if (!policy.applyAwaabsLaw)
    return { applies: false, reason: 'Awaab’s Law timescales are switched off in the policy settings.' };
  if (!entry.awaabs) return { applies: false, reason: 'The risk has not been classified as emergency or significant.' };
  try {
    const start = clockStart(entry.awaabs, entry.foundOn);
    const awareOn = ukDateOf(parseUkDateTime(start.awareAt, 'awareAt'));
    const scope = awaabsLawApplies({
      nation: entry.nation,
      socialLandlord: entry.landlordType === 'social',
      hazardId: entry.hazardId,
      riskLevel: entry.awaabs.riskLevel,
      awareOn,
    });
    if (!scope.applies) return { applies: false, reason: scope.reason };
    const dueDates = awaabsLawDueDates({
      riskLevel: entry.awaabs.riskLevel,
      awareAt: start.awareAt,
      ...(entry.investigationEndedOn ? { investigationEndedOn: entry.investigationEndedOn } : {}),
    });
    const dayOf = (id: string) => dueDates.dueDates.find((row) => row.id === id)?.due.slice(0, 10);
    const emergency = dayOf('emergency-investigate-and-make-safe');
    return {
      applies: true,
      reason: scope.reason,
      dueDates,
      start,
      investigateBy: emergency ?? (dayOf('significant-investigate') as string),
      makeSafeBy: emergency ?? (dayOf('significant-make-safe') as string),
    };
  } catch (error) {
    // Only HhsrsInputError can come from the calls above: a malformed time, or dates past the data.
    return { applies: false, reason: `Awaab’s Law dates cannot be worked out: ${(error as Error).message}.` };
  }
}

/**
 * When the clocks start: when the landlord was first told, by any means; a posted letter from the start of the
 * day it would arrive in the ordinary course of post (awarenessStart), not the day it was posted.
 * @throws HhsrsInputError naming "date" for a letter posted after the hazard was found, or past the bank-holiday data
 */
function clockStart(awaabs: AwaabsClassification, foundOn: string): AwaabsClockStart {
  if (awaabs.how !== 'letter') {
    const rule = awaabs.how
      ? `told by ${awaabs.how.replace('-', ' ')} at ${awaabs.awareAt}`
      : `aware at ${awaabs.awareAt}`;
    return { awareAt: awaabs.awareAt, rule, checkLocally: false };
  }
  const postedOn = awaabs.awareAt.slice(0, 10);
  const start = awarenessStart({
    how: 'letter',
    date: postedOn,
    postClass: awaabs.postClass,
    latestOn: foundOn,
  });
  return {
    awareAt: `${start.startOn}T00:00`,
    rule: `${start.rule}; the clocks run from the start of that day`,
    checkLocally: true,
  };
}
