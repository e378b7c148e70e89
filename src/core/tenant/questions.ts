import { problemById } from './problems.ts';
import type { HouseholdGroup, TopicAnswers, TopicId } from './types.ts';

/**
 * The questions asked about each problem, one per page, in order:
 * - `kinds`: "What is the problem?" (tick all that apply; TENANT_PROBLEMS)
 * - `severity`: "How bad is it?" where the topic has degrees that change the risk (a patch of mould or a
 *   whole wall); not where the kind of problem says it all (no smoke alarm, a smell of gas)
 * - `cold-now`: "Is the weather cold now?", only when there is no heating or hot water and a child under 5
 *   or someone 65 or over lives there, because that combination is an emergency
 * - `since`: "When did you first notice it?", for the letter
 * - `rooms`: "Which rooms?", where the problem is in a place (not for a whole-home problem like no water)
 */
export type QuestionId = 'kinds' | 'severity' | 'cold-now' | 'since' | 'rooms';

export interface TopicShape {
  severity: boolean;
  rooms: boolean;
}

/** Which of the optional questions each topic asks. Topics are offered in TOPIC_IDS order. */
export const TOPIC_SHAPES: Readonly<Record<TopicId, TopicShape>> = {
  'damp-and-mould': { severity: true, rooms: true },
  cold: { severity: true, rooms: true },
  heat: { severity: true, rooms: false },
  falls: { severity: true, rooms: true },
  fire: { severity: false, rooms: false },
  electrics: { severity: false, rooms: true },
  gas: { severity: false, rooms: false },
  'pests-and-rubbish': { severity: true, rooms: true },
  'water-and-drainage': { severity: false, rooms: false },
  'kitchen-and-bathroom': { severity: false, rooms: false },
  security: { severity: false, rooms: false },
  'noise-and-light': { severity: true, rooms: true },
  crowding: { severity: false, rooms: false },
  structure: { severity: false, rooms: true },
};

/** The household groups for whom no heating or hot water in cold weather is an emergency. */
export const COLD_EMERGENCY_GROUPS: readonly HouseholdGroup[] = ['under-5', '65-plus'];

/** True when the answers so far make "Is the weather cold now?" worth asking. */
export function asksColdNow(answers: Pick<TopicAnswers, 'kinds'>, household: readonly HouseholdGroup[]): boolean {
  const coldRule = answers.kinds.some((id) => problemById(id)?.emergency?.when === 'cold-and-vulnerable');
  return coldRule && household.some((group) => COLD_EMERGENCY_GROUPS.includes(group));
}

/** The questions for one problem, given what has been answered so far. */
export function questionsFor(
  topic: TopicId,
  answers: Pick<TopicAnswers, 'kinds'>,
  household: readonly HouseholdGroup[],
): QuestionId[] {
  const shape = TOPIC_SHAPES[topic];
  const questions: QuestionId[] = ['kinds'];
  if (shape.severity) questions.push('severity');
  if (asksColdNow(answers, household)) questions.push('cold-now');
  questions.push('since');
  if (shape.rooms) questions.push('rooms');
  return questions;
}
