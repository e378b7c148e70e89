import type { DraftPerson, DraftRoom, OvercrowdingDraft, Units } from '../../../../schema/overcrowding.ts';

/** Changes to the draft, each returning a new draft (the element never mutates the one it saved). */

export type QuickHousehold =
  | 'couple'
  | 'couple-1-child'
  | 'couple-2-children'
  | 'single-parent-1-child'
  | 'single-parent-2-children';

export const QUICK_HOUSEHOLDS: Readonly<Record<QuickHousehold, { adults: 1 | 2; children: number }>> = {
  couple: { adults: 2, children: 0 },
  'couple-1-child': { adults: 2, children: 1 },
  'couple-2-children': { adults: 2, children: 2 },
  'single-parent-1-child': { adults: 1, children: 1 },
  'single-parent-2-children': { adults: 1, children: 2 },
};

export function newPerson(name = ''): DraftPerson {
  return { id: crypto.randomUUID(), name, age: '', sex: '', partnerId: '' };
}

export function newRoom(units: Units): DraftRoom {
  const blank = { text: '', unit: units };
  return {
    id: crypto.randomUUID(),
    name: '',
    use: '',
    counts: '',
    size: 'area',
    area: blank,
    length: blank,
    width: blank,
    lowCeiling: blank,
  };
}

/** The first name `label(n)` not already used, counting from 1. */
function unusedName(taken: Set<string>, label: (n: number) => string): string {
  let n = 1;
  while (taken.has(label(n))) n += 1;
  taken.add(label(n));
  return label(n);
}

/**
 * Adds the people of a common household after anyone already listed, named "Adult 1", "Child 1" and so
 * on (the next unused numbers) and with the couple linked. Ages and sexes are left for the user to enter.
 */
export function addHousehold(
  draft: OvercrowdingDraft,
  kind: QuickHousehold,
  names: { adult: (n: number) => string; child: (n: number) => string },
): OvercrowdingDraft {
  const { adults, children } = QUICK_HOUSEHOLDS[kind];
  const taken = new Set(draft.people.map((person) => person.name));
  const grown = Array.from({ length: adults }, () => newPerson(unusedName(taken, names.adult)));
  const [first, second] = grown;
  if (first && second) {
    grown.splice(0, 2, { ...first, partnerId: second.id }, { ...second, partnerId: first.id });
  }
  const young = Array.from({ length: children }, () => newPerson(unusedName(taken, names.child)));
  return { ...draft, people: [...draft.people, ...grown, ...young] };
}
