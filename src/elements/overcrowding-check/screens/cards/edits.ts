import type { DraftPerson, DraftRoom, OvercrowdingDraft } from '../../../../schema/overcrowding.ts';

/** Changes made on a person's or room's card, each returning a new draft (see ../form/edits.ts for adding them). */

export function updatePerson(
  draft: OvercrowdingDraft,
  id: string,
  patch: Partial<Omit<DraftPerson, 'id' | 'partnerId'>>,
): OvercrowdingDraft {
  return { ...draft, people: draft.people.map((person) => (person.id === id ? { ...person, ...patch } : person)) };
}

/**
 * Makes `id` and `partnerId` a couple ('' for none). A couple points both ways, so whoever either of
 * them was with before is left single.
 */
export function setPartner(draft: OvercrowdingDraft, id: string, partnerId: string): OvercrowdingDraft {
  const pair = new Set([id, partnerId]);
  return {
    ...draft,
    people: draft.people.map((person) => {
      if (person.id === id) return { ...person, partnerId };
      if (person.id === partnerId) return { ...person, partnerId: id };
      if (pair.has(person.partnerId)) return { ...person, partnerId: '' };
      return person;
    }),
  };
}

/** Removes a person. Anyone who named them as partner keeps the link, so the form can ask about it. */
export function removePerson(draft: OvercrowdingDraft, id: string): OvercrowdingDraft {
  return { ...draft, people: draft.people.filter((person) => person.id !== id) };
}

export function updateRoom(
  draft: OvercrowdingDraft,
  id: string,
  patch: Partial<Omit<DraftRoom, 'id'>>,
): OvercrowdingDraft {
  return { ...draft, rooms: draft.rooms.map((room) => (room.id === id ? { ...room, ...patch } : room)) };
}

export function removeRoom(draft: OvercrowdingDraft, id: string): OvercrowdingDraft {
  return { ...draft, rooms: draft.rooms.filter((room) => room.id !== id) };
}
