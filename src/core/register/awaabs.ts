import { awaabsLawDueDates, type AwaabsDueDates } from '../awaabs-law.ts';
import { awaabsLawApplies } from '../awaabs-law-scope.ts';
import { parseUkDateTime, ukDateOf } from '../uk-time.ts';
import type { ChecklistPolicy } from './policy.ts';
import type { AwaabsClassification, LandlordType } from './types.ts';
import type { Nation } from '../scheme/types.ts';

export interface AwaabsCase {
  hazardId: string;
  nation: Nation;
  landlordType: LandlordType;
  awaabs: AwaabsClassification | null;
  /** YYYY-MM-DD the investigation ended, once it has. */
  investigationEndedOn?: string | null;
}

export type AwaabsOutcome =
  | { applies: false; reason: string }
  | {
      applies: true;
      reason: string;
      dueDates: AwaabsDueDates;
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
    const awareOn = ukDateOf(parseUkDateTime(entry.awaabs.awareAt, 'awareAt'));
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
      awareAt: entry.awaabs.awareAt,
      ...(entry.investigationEndedOn ? { investigationEndedOn: entry.investigationEndedOn } : {}),
    });
    const dayOf = (id: string) => dueDates.dueDates.find((row) => row.id === id)?.due.slice(0, 10);
    const emergency = dayOf('emergency-investigate-and-make-safe');
    return {
      applies: true,
      reason: scope.reason,
      dueDates,
      investigateBy: emergency ?? (dayOf('significant-investigate') as string),
      makeSafeBy: emergency ?? (dayOf('significant-make-safe') as string),
    };
  } catch (error) {
    // Only HhsrsInputError can come from the calls above: a malformed time, or dates past the data.
    return { applies: false, reason: `Awaab’s Law dates cannot be worked out: ${(error as Error).message}.` };
  }
}
