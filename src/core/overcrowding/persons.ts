import { requireAge } from './validate.ts';

/** s.326(2)(a): a child under one is left out; from one to under ten counts as half a person. */
export function personUnits(age: number): number {
  if (age < 1) return 0;
  return age < 10 ? 0.5 : 1;
}

/**
 * The number of persons for the space standard (Housing Act 1985 s.326(2)(a)): under 1 → 0,
 * 1 to under 10 → ½, 10 or over → 1.
 *
 * @param ages in years, fractions allowed (0.5 = six months); each from 0 to 130
 * @returns a multiple of ½
 * @throws HhsrsInputError naming `ages[i]` for an age that is not a number from 0 to 130
 */
export function countPersons(ages: readonly number[]): number {
  return ages.reduce((sum, age, i) => sum + personUnits(requireAge(age, `ages[${i}]`)), 0);
}
