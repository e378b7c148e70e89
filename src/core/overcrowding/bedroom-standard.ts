import type { Person } from './types.ts';
import { validatePeople } from './validate.ts';

/** Why a bedroom is allocated, in the bedroom standard's own terms. */
export type BedroomBasis =
  | 'couple'
  | 'aged-21-or-over'
  | 'same-sex-pair-aged-10-to-20'
  | 'aged-10-to-20-with-child-under-10'
  | 'aged-10-to-20-alone'
  | 'pair-under-10'
  | 'child-under-10-alone';

export interface Bedroom {
  readonly basis: BedroomBasis;
  readonly personIds: readonly string[];
}

export interface BedroomStandard {
  readonly bedroomsNeeded: number;
  readonly allocation: readonly Bedroom[];
}

const byAgeDescending = (a: Person, b: Person) => b.age - a.age;

/** Consecutive pairs; an odd one out comes last, alone. */
function inPairs(people: readonly Person[]): Person[][] {
  return Array.from({ length: Math.ceil(people.length / 2) }, (_, i) => people.slice(2 * i, 2 * i + 2));
}

/**
 * The bedroom standard (English Housing Survey; used in allocations, not an offence like ss.324–326):
 * a bedroom for each couple, each other person aged 21 or over, each pair aged 10 to 20 of the same sex
 * and each pair under 10 whatever their sex. An unpaired person aged 10 to 20 shares with a child under
 * 10 of the same sex if there is one, otherwise has a room alone, as does an unpaired child under 10.
 *
 * Where the pairing is a choice, the arrangement uses the fewest bedrooms (boys 12 and 5 with girls 4
 * and 3 need 2). Giving each unpaired 10-to-20 a same-sex child never costs a room, so doing it first is
 * optimal. Pairs are formed oldest first; the youngest of an odd number aged 10 to 20 is the one left
 * unpaired, and takes the oldest child of their sex.
 *
 * Ages in years ("10 to 20" means 10 or over and under 21).
 * @throws HhsrsInputError as `checkOvercrowding` does for `people`
 */
export function bedroomStandard(people: readonly Person[]): BedroomStandard {
  validatePeople(people);
  const allocation: Bedroom[] = [];
  const allocate = (basis: BedroomBasis, members: readonly Person[]) =>
    allocation.push({ basis, personIds: members.map((person) => person.id) });

  people.forEach((person, i) => {
    const partner = people.slice(i + 1).find((other) => other.id === person.partnerId);
    if (partner) allocate('couple', [person, partner]);
  });
  const single = people.filter((person) => person.partnerId === undefined);
  single.filter((person) => person.age >= 21).forEach((person) => allocate('aged-21-or-over', [person]));
  const children = single.filter((person) => person.age < 10).sort(byAgeDescending);
  for (const sex of ['female', 'male'] as const) {
    const young = single.filter((person) => person.age >= 10 && person.age < 21 && person.sex === sex);
    for (const group of inPairs(young.sort(byAgeDescending))) {
      if (group.length === 2) {
        allocate('same-sex-pair-aged-10-to-20', group);
        continue;
      }
      const child = children.find((c) => c.sex === sex);
      if (child) {
        children.splice(children.indexOf(child), 1);
        allocate('aged-10-to-20-with-child-under-10', [...group, child]);
      } else {
        allocate('aged-10-to-20-alone', group);
      }
    }
  }
  for (const group of inPairs(children)) {
    allocate(group.length === 2 ? 'pair-under-10' : 'child-under-10-alone', group);
  }
  return { bedroomsNeeded: allocation.length, allocation };
}
