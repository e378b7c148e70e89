import type { Person } from '../../../core/overcrowding.ts';
import type { OvercrowdingDraft, Units } from '../../../schema/overcrowding.ts';
import type { OvercrowdingResult } from '../evaluate.ts';
import type { CardMessages } from '../card-messages.ts';
import type { OvercrowdingMessages } from '../messages.ts';
import type { ReadRoom } from '../read-draft.ts';

/** What every part of the report is built from. */
export interface ReportContext {
  readonly draft: OvercrowdingDraft;
  readonly people: readonly Person[];
  readonly rooms: readonly ReadRoom[];
  readonly result: OvercrowdingResult;
  readonly units: Units;
  readonly m: OvercrowdingMessages;
}

/** A person's name as entered, or "Person 2". */
export function personLabel(draft: OvercrowdingDraft, m: CardMessages, id: string): string {
  const index = draft.people.findIndex((person) => person.id === id);
  return draft.people[index]?.name.trim() || m.personFallback(index + 1);
}

/** A room's name as entered, or "Room 3". */
export function roomLabel(draft: OvercrowdingDraft, m: CardMessages, id: string): string {
  const index = draft.rooms.findIndex((room) => room.id === id);
  return draft.rooms[index]?.name.trim() || m.roomFallback(index + 1);
}

export const labels = (context: ReportContext) => ({
  person: (id: string) => personLabel(context.draft, context.m, id),
  room: (id: string) => roomLabel(context.draft, context.m, id),
  people: (ids: readonly string[]) => context.m.list(ids.map((id) => personLabel(context.draft, context.m, id))),
});

/** "Amy (14)": a person with their age, for reasons that turn on age. */
export function withAge(context: ReportContext, id: string): string {
  const person = context.people.find((p) => p.id === id);
  return context.m.withAge(personLabel(context.draft, context.m, id), String(person?.age ?? ''));
}
