import { AWAABS_LAW, type AwaabsRiskLevel } from './awaabs-law.ts';
import { HhsrsInputError } from './errors.ts';
import { toDayNumber } from './iso-date.ts';
import { ENGLAND_2005_HAZARDS } from './scheme/england-2005-hazards.ts';
import type { Nation } from './scheme/types.ts';

/**
 * Which HHSRS hazards Awaab's Law covers, phase by phase (FACTS.md §4), as dated data. A phase with no
 * `inForceFrom` is planned but not yet dated here and brings nothing into scope: when its regulations
 * are made, a council can pass its own dated copy of this table to awaabsLawApplies.
 */

export interface AwaabsLawPhase {
  phase: number;
  status: 'in force' | 'planned';
  /** YYYY-MM-DD, or null while no date is fixed. */
  inForceFrom: string | null;
  /** The year announced for it. */
  expected: number;
  /** Hazard ids (FACTS.md §2) the phase brings in for each risk level. */
  significant: readonly string[];
  emergency: readonly string[];
  source: string;
  checkLocally: boolean;
}

export const AWAABS_LAW_PHASES: readonly AwaabsLawPhase[] = [
  {
    phase: 1,
    status: 'in force',
    inForceFrom: '2025-10-27',
    expected: 2025,
    significant: ['damp-and-mould-growth'],
    // Every HHSRS hazard except crowding and space ("lack of adequate space for living and/or sleeping").
    emergency: ENGLAND_2005_HAZARDS.map((hazard) => hazard.id).filter((id) => id !== 'crowding-and-space'),
    source: 'SI 2025/1042, in force 27 October 2025',
    checkLocally: true,
  },
  {
    phase: 2,
    status: 'planned',
    inForceFrom: null,
    expected: 2026,
    significant: [
      'excess-cold',
      'excess-heat',
      'falls-associated-with-baths',
      'falling-on-level-surfaces',
      'falling-on-stairs',
      'falling-between-levels',
      'structural-collapse-and-falling-elements',
      'explosions',
      'fire',
      'electrical-hazards',
      'domestic-hygiene-pests-and-refuse',
      'personal-hygiene-sanitation-and-drainage',
      'food-safety',
    ],
    emergency: [],
    source: 'Government’s announced phasing of Awaab’s Law (2025); not yet in regulations seen here',
    checkLocally: true,
  },
  {
    phase: 3,
    status: 'planned',
    inForceFrom: null,
    expected: 2027,
    // The remaining hazards, excluding crowding and space as announced.
    significant: [
      'asbestos-and-mmf',
      'biocides',
      'carbon-monoxide-and-fuel-combustion-products',
      'lead',
      'radiation',
      'uncombusted-fuel-gas',
      'volatile-organic-compounds',
      'entry-by-intruders',
      'lighting',
      'noise',
      'water-supply',
      'flames-and-hot-surfaces',
      'collision-and-entrapment',
      'position-and-operability-of-amenities',
    ],
    emergency: [],
    source: 'Government’s announced phasing of Awaab’s Law (2025); not yet in regulations seen here',
    checkLocally: true,
  },
];

export interface AwaabsLawApplicability {
  applies: boolean;
  /** A sentence an officer can read out, e.g. why it does not apply. */
  reason: string;
  /** The phase that brought the hazard into scope, when it applies. */
  phase?: number;
}

export interface AwaabsLawCase {
  nation: Nation;
  /** Awaab's Law binds social landlords only. */
  socialLandlord: boolean;
  /** An id from FACTS.md §2, e.g. 'damp-and-mould-growth'. */
  hazardId: string;
  riskLevel: AwaabsRiskLevel;
  /** YYYY-MM-DD the landlord became aware (UK date). */
  awareOn: string;
}

/**
 * Whether Awaab's Law applies to a reported hazard: England, a social landlord, aware on or after
 * 27 October 2025, and the hazard in scope for its risk level under a phase in force on that date.
 * Planned phases without a date never apply; pass `phases` with dates to bring them in.
 * @throws HhsrsInputError naming "hazardId" for an id not in Schedule 1, "riskLevel" for neither emergency
 *   nor significant, or "awareOn" for a malformed date
 */
export function awaabsLawApplies(
  input: AwaabsLawCase,
  phases: readonly AwaabsLawPhase[] = AWAABS_LAW_PHASES,
): AwaabsLawApplicability {
  const hazard = ENGLAND_2005_HAZARDS.find((candidate) => candidate.id === input.hazardId);
  if (!hazard) {
    throw new HhsrsInputError(
      'hazardId',
      `hazardId must be one of the 29 Schedule 1 hazard ids, e.g. damp-and-mould-growth; got "${input.hazardId}"`,
    );
  }
  if (input.riskLevel !== 'emergency' && input.riskLevel !== 'significant') {
    throw new HhsrsInputError(
      'riskLevel',
      `riskLevel must be emergency or significant; got "${String(input.riskLevel)}"`,
    );
  }
  toDayNumber(input.awareOn, 'awareOn');
  if (input.nation !== 'england') return { applies: false, reason: 'Awaab’s Law applies in England only.' };
  if (!input.socialLandlord) return { applies: false, reason: 'Awaab’s Law applies to social landlords only.' };
  if (input.awareOn < AWAABS_LAW.inForceFrom) {
    const reason = `Awaab’s Law applies where the landlord became aware on or after ${AWAABS_LAW.inForceFrom}.`;
    return { applies: false, reason };
  }
  const listed = phases.filter((candidate) => candidate[input.riskLevel].includes(hazard.id));
  const inForce = listed.find((candidate) => candidate.inForceFrom !== null && candidate.inForceFrom <= input.awareOn);
  if (inForce) {
    const reason = `${hazard.name} is in scope for ${input.riskLevel} hazards from phase ${inForce.phase}.`;
    return { applies: true, reason, phase: inForce.phase };
  }
  const planned = listed[0];
  if (planned) {
    return {
      applies: false,
      reason:
        `${hazard.name} comes into scope for ${input.riskLevel} hazards in phase ${planned.phase} ` +
        `(expected ${planned.expected}), not in force on ${input.awareOn}.`,
    };
  }
  return { applies: false, reason: `${hazard.name} is not within Awaab’s Law for ${input.riskLevel} hazards.` };
}
