import type { OvercrowdingResult, Person } from '../../../../../core/overcrowding.ts';
import type { OvercrowdingDraft, Units } from '../../../../../schema/overcrowding.ts';
import type { OvercrowdingMessages } from '../messages.ts';
import { personLabel, roomLabel } from '../../cards/messages.ts';
import type { ReadRoom } from '../../../types.ts';

/** What every part of the report is built from. */
export interface ReportContext {
  readonly draft: OvercrowdingDraft;
  readonly people: readonly Person[];
  readonly rooms: readonly ReadRoom[];
  readonly result: OvercrowdingResult;
  readonly units: Units;
  readonly m: OvercrowdingMessages;
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
