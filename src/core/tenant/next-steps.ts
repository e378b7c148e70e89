import { letterTerms, type LetterTerm, type LetterTermsInput } from './letter-terms.ts';
import type { IndicativeResult } from './indicative.ts';
import {
  EMERGENCY_IDS,
  type EmergencyId,
  type LandlordType,
  type TenantNation,
  type ToldLandlord,
  type TopicId,
} from './types.ts';

/**
 * Whom to call about escaping gas or carbon monoxide, by nation. Great Britain: the National Gas Emergency
 * Service; Northern Ireland: the Northern Ireland Gas Emergency Service. Free, day and night.
 * Phone numbers change rarely but do change: check locally (as of 2026).
 */
export const GAS_EMERGENCY_NUMBERS: Readonly<Record<TenantNation, string>> = {
  england: '0800 111 999',
  wales: '0800 111 999',
  scotland: '0800 111 999',
  'northern-ireland': '0800 002 001',
};

export const FIRE_AND_RESCUE_NUMBER = '999';

/** Who handles complaints about social landlords once the landlord's own complaints process is used up. */
export const OMBUDSMAN: Readonly<
  Record<'england' | 'wales', 'housing-ombudsman' | 'public-services-ombudsman-for-wales'>
> = {
  england: 'housing-ombudsman',
  wales: 'public-services-ombudsman-for-wales',
};

export type NextStep =
  /** Get help now; `phone` is whom to call, or null for the landlord's emergency repairs line. */
  | { kind: 'emergency'; emergency: EmergencyId; phone: string | null }
  /** The HHSRS does not apply here: who to contact instead. */
  | { kind: 'other-nation'; nation: 'scotland' | 'northern-ireland' }
  /** Send the letter; `terms` says what it asks by when, per problem. */
  | { kind: 'write-to-landlord'; terms: LetterTerm[] }
  /** Already told in writing: send the letter anyway as a record, dated today. */
  | { kind: 'already-told'; terms: LetterTerm[] }
  | { kind: 'awaabs-law'; covered: TopicId[]; notCovered: TopicId[] }
  | { kind: 'no-awaabs-law-in-wales' }
  | { kind: 'awaabs-law-social-only' }
  | { kind: 'awaabs-law-if-social' }
  | { kind: 'find-out-landlord-type' }
  | { kind: 'keep-records' }
  | { kind: 'complain-to-landlord' }
  | { kind: 'ombudsman'; ombudsman: 'housing-ombudsman' | 'public-services-ombudsman-for-wales' }
  /** The council's private housing or environmental health team. `after`: the last asked-for date, if any. */
  | { kind: 'contact-council'; now: boolean; after: string | null }
  | { kind: 'crowding-help' };

export interface NextStepsInput {
  nation: TenantNation;
  landlord: LandlordType;
  told: ToldLandlord;
  results: readonly IndicativeResult[];
  /** YYYY-MM-DD. */
  today: string;
  /** When the landlord first knew (awarenessStart): Awaab's Law clocks run from it. */
  awareness?: LetterTermsInput['awareness'];
}

/**
 * What the tenant should do, in order. Emergencies first, most dangerous first (EMERGENCY_IDS order: fire,
 * gas, carbon monoxide, electric shock, collapse, then the loss of heat, water, toilet or a lock).
 * Scotland and Northern Ireland: the HHSRS does not apply (FACTS.md §7), so only whom to contact.
 * England and Wales: tell the landlord in writing first, then, if nothing happens, the council (private
 * tenants: seeds 003/004) or the landlord's complaints process and the ombudsman (social tenants, whose
 * landlord may be the council itself). Awaab's Law: social landlords in England only (FACTS.md §4).
 * @throws HhsrsInputError naming "today" for a malformed date
 */
export function nextSteps(input: NextStepsInput): NextStep[] {
  const raised = new Set(input.results.flatMap((result) => result.emergencies));
  const steps: NextStep[] = EMERGENCY_IDS.filter((id) => raised.has(id)).map((emergency) => ({
    kind: 'emergency',
    emergency,
    phone: emergencyPhone(emergency, input.nation),
  }));
  if (input.nation === 'scotland' || input.nation === 'northern-ireland') {
    steps.push({ kind: 'other-nation', nation: input.nation });
    return steps;
  }
  const nation = input.nation;
  const terms = letterTerms({ ...input, nation });
  steps.push(input.told === 'in-writing' ? { kind: 'already-told', terms } : { kind: 'write-to-landlord', terms });
  steps.push(awaabsLawStep(nation, input.landlord, terms));
  steps.push({ kind: 'keep-records' });
  const social = input.landlord === 'council' || input.landlord === 'housing-association';
  if (social) {
    steps.push({ kind: 'complain-to-landlord' }, { kind: 'ombudsman', ombudsman: OMBUDSMAN[nation] });
  }
  if (input.landlord === 'not-sure') steps.push({ kind: 'find-out-landlord-type' });
  // A council cannot take enforcement action against itself; its tenants use the complaints route.
  if (input.landlord !== 'council') {
    const dated = terms
      .map((term) => term.due)
      .filter((due): due is string => due !== null)
      .sort();
    steps.push({ kind: 'contact-council', now: input.told === 'in-writing', after: dated.at(-1) ?? null });
  }
  if (input.results.some((result) => result.topic === 'crowding')) steps.push({ kind: 'crowding-help' });
  return steps;
}

function emergencyPhone(emergency: EmergencyId, nation: TenantNation): string | null {
  if (emergency === 'fire') return FIRE_AND_RESCUE_NUMBER;
  if (emergency === 'gas' || emergency === 'carbon-monoxide') return GAS_EMERGENCY_NUMBERS[nation];
  return null;
}

function awaabsLawStep(nation: 'england' | 'wales', landlord: LandlordType, terms: readonly LetterTerm[]): NextStep {
  if (nation === 'wales') return { kind: 'no-awaabs-law-in-wales' };
  if (landlord === 'private') return { kind: 'awaabs-law-social-only' };
  if (landlord === 'not-sure') return { kind: 'awaabs-law-if-social' };
  const covered = (term: LetterTerm) =>
    term.basis === 'awaabs-law-emergency' || term.basis === 'awaabs-law-significant';
  return {
    kind: 'awaabs-law',
    covered: terms.filter(covered).map((term) => term.topic),
    notCovered: terms.filter((term) => !covered(term)).map((term) => term.topic),
  };
}
