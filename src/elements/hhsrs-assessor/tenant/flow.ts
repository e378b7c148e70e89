import { type AwarenessStart, awarenessStart } from '../../../core/awaabs-law-awareness.ts';
import {
  indicativeResult,
  problemById,
  questionsFor,
  TOPIC_IDS,
  type IndicativeResult,
  type QuestionId,
  type TenantNation,
  type TopicId,
} from '../../../core/tenant/index.ts';
import type { TenantDraft, TenantTopicAnswers } from '../../../schema/tenant.ts';
import { freshFirstTold, freshTopicAnswers } from '../../../schema/tenant-values.ts';
import type { TenantKey } from './messages.ts';
import { sentDate, sentDateError, toldDateError } from './sent.ts';
import { FIRST_QUESTION, type PageError, type PageId } from './state.ts';

/**
 * The check's rules: the order of its pages from the answers so far, what is missing on each, Continue and
 * Back, and what the answers add up to. Fetched with the first page past the start.
 */

export interface TopicPage {
  topic: TopicId;
  question: QuestionId;
}

export function topicPage(page: string): TopicPage | undefined {
  const [kind, topic, question] = page.split(':');
  return kind === 'topic' ? { topic: topic as TopicId, question: question as QuestionId } : undefined;
}

export function emergencyPage(page: string): TopicId | undefined {
  const [kind, topic] = page.split(':');
  return kind === 'emergency' ? (topic as TopicId) : undefined;
}

/** The chosen topics in the order they are offered, whatever order they were ticked in. */
export function chosenTopics(draft: TenantDraft): TopicId[] {
  return TOPIC_IDS.filter((topic) => draft.topics?.includes(topic));
}

export function answersFor(draft: TenantDraft, topic: TopicId): TenantTopicAnswers {
  return draft.answers[topic] ?? freshTopicAnswers();
}

export function pageSequence(draft: TenantDraft): PageId[] {
  const pages: PageId[] = ['start', FIRST_QUESTION];
  if (draft.nation === 'scotland' || draft.nation === 'northern-ireland') return [...pages, 'outside'];
  pages.push('landlord', 'household', 'problems');
  for (const topic of chosenTopics(draft)) {
    const answers = answersFor(draft, topic);
    for (const question of questionsFor(topic, answers, draft.household ?? [])) {
      pages.push(`topic:${topic}:${question}`);
      if (raisesEmergency(question, answers)) pages.push(`emergency:${topic}`);
    }
  }
  // After the letter: how and when it was sent, then what to do next once the landlord's time is up.
  pages.push('told');
  // Told already: how and when first, as Awaab's Law clocks run from then (FACTS.md §4).
  if (toldAlready(draft)) pages.push('told-when');
  pages.push('check', 'results', 'next-steps', 'letter-details', 'letter', 'sent-how', 'sent-on', 'follow-up');
  return pages;
}

function toldAlready(draft: TenantDraft): boolean {
  return draft.told === 'in-writing' || draft.told === 'not-in-writing';
}

/** An emergency shows after the question that decides it: what the problem is, or whether it is cold now. */
function raisesEmergency(question: QuestionId, answers: TenantTopicAnswers): boolean {
  if (question === 'cold-now') return answers.coldNow === 'yes';
  if (question !== 'kinds') return false;
  return answers.kinds.some((id) => problemById(id)?.emergency?.when === 'always');
}

/** What is missing on a page before the tenant can go on. `today` (YYYY-MM-DD) rules out a sent date in the future. */
export function pageErrors(page: PageId, draft: TenantDraft, today?: string): PageError[] {
  const onTopic = topicPage(page);
  if (onTopic) return topicErrors(onTopic, answersFor(draft, onTopic.topic));
  switch (page) {
    case 'nation':
      return draft.nation ? [] : [{ fieldId: 'nation', message: 'nationError' }];
    case 'landlord':
      return draft.landlord ? [] : [{ fieldId: 'landlord', message: 'landlordError' }];
    case 'household':
      return draft.household?.length ? [] : [{ fieldId: 'household', message: 'householdError' }];
    case 'problems':
      return draft.topics?.length ? [] : [{ fieldId: 'topics', message: 'problemsError' }];
    case 'told':
      return draft.told ? [] : [{ fieldId: 'told', message: 'toldError' }];
    case 'told-when': {
      const told = draft.firstTold ?? freshFirstTold();
      const errors: PageError[] = told.how ? [] : [{ fieldId: 'told-how', message: 'toldHowError' }];
      const message = told.unknown ? null : toldDateError(told, today);
      return message ? [...errors, { fieldId: 'told-day', message }] : errors;
    }
    case 'sent-how':
      return draft.sent?.how ? [] : [{ fieldId: 'sent-how', message: 'sentHowError' }];
    case 'sent-on': {
      const message = sentDateError(draft.sent, today);
      return message ? [{ fieldId: 'sent-day', message }] : [];
    }
    case 'letter-details': {
      const errors: PageError[] = [];
      if (!draft.letter.name.trim()) errors.push({ fieldId: 'name', message: 'detailsNameError' });
      if (!draft.letter.address.trim()) errors.push({ fieldId: 'address', message: 'detailsAddressError' });
      return errors;
    }
    default:
      return [];
  }
}

function topicErrors({ question }: TopicPage, answers: TenantTopicAnswers): PageError[] {
  const missing: Record<QuestionId, [boolean, TenantKey]> = {
    kinds: [answers.kinds.some((id) => problemById(id)), 'kindsError'],
    severity: [answers.severity !== null, 'severityError'],
    'cold-now': [answers.coldNow !== null, 'coldNowError'],
    since: [answers.since !== null, 'sinceError'],
    rooms: [answers.rooms.length > 0, 'roomsError'],
  };
  const [answered, message] = missing[question];
  return answered ? [] : [{ fieldId: question, message }];
}

/** Where "Continue" goes: the next page, or back to "Check your answers" once nothing before it is missing. */
export function pageAfter(page: PageId, draft: TenantDraft, today?: string): PageId {
  const pages = pageSequence(draft);
  if (draft.returnTo === 'check') {
    const check = pages.indexOf('check');
    const from = pages.indexOf(page) + 1;
    // A changed answer that raises an emergency still shows what to do now.
    const next = pages[from];
    if (next && emergencyPage(next)) return next;
    return pages.slice(from, check).find((candidate) => pageErrors(candidate, draft, today).length > 0) ?? 'check';
  }
  return pages[pages.indexOf(page) + 1] ?? page;
}

/** Where "Back" goes: the page before in the sequence (or "Check your answers" while changing an answer). */
export function pageBefore(page: PageId, draft: TenantDraft): PageId {
  if (draft.returnTo === 'check') return 'check';
  const pages = pageSequence(draft);
  const index = pages.indexOf(page);
  return index > 0 ? pages[index - 1]! : 'start';
}

/**
 * A saved page that no longer fits the answers (an older version, a changed answer) falls back to the first gap.
 * The follow-up needs how and when the letter was sent, so without them it falls back to those questions.
 */
export function resumePage(draft: TenantDraft, today?: string): PageId {
  const pages = pageSequence(draft);
  const sentPages = ['sent-how', 'sent-on'] as const;
  if (draft.page === 'follow-up' && pages.includes('follow-up')) {
    return sentPages.find((page) => pageErrors(page, draft, today).length > 0) ?? 'follow-up';
  }
  if ((pages as string[]).includes(draft.page)) return draft.page as PageId;
  // Not having sent the letter yet is not a gap in the check.
  const check = pages.filter((page) => !(sentPages as readonly string[]).includes(page));
  return (
    check.find((page) => pageErrors(page, draft, today).length > 0) ??
    (pages.includes('check') ? 'check' : pages.at(-1)!)
  );
}

/** An indicative result for each chosen problem the tenant has said what it is. */
export function resultsOf(draft: TenantDraft): IndicativeResult[] {
  return chosenTopics(draft)
    .filter((topic) => pageErrors(`topic:${topic}:kinds`, draft).length === 0)
    .map((topic) => indicativeResult(topic, answersFor(draft, topic), draft.household ?? []));
}

/**
 * The tenant's case as core reads it for next steps, the letter's terms and the follow-up: where the home
 * is, who the landlord is, the results, and when the landlord first knew, for the letter dated `letterOn`.
 */
export function landlordCase(
  draft: TenantDraft,
  letterOn: string,
): {
  nation: TenantNation;
  landlord: NonNullable<TenantDraft['landlord']>;
  results: IndicativeResult[];
  awareness: AwarenessStart | undefined;
} {
  return {
    nation: draft.nation ?? 'england',
    landlord: draft.landlord ?? 'not-sure',
    results: resultsOf(draft),
    awareness: awarenessOf(draft, letterOn),
  };
}

/**
 * When the landlord first knew, from the tenant's answer; undefined when not told before (the letter's date
 * then), not yet answered, or told after the letter (told later does not move the letter's clocks).
 */
export function awarenessOf(draft: TenantDraft, letterOn: string): AwarenessStart | undefined {
  const told = draft.firstTold;
  if (!toldAlready(draft) || !told?.how) return undefined;
  const date = told.unknown ? null : sentDate(told);
  if (!told.unknown && (date === null || date > letterOn)) return undefined;
  // "Other" ways (a text, a word with a caretaker) count from the day, as a phone call does.
  const how = told.how === 'other' ? 'phone' : told.how;
  return awarenessStart({ how, date, latestOn: letterOn });
}

/** What moving between pages reads and changes: the shell's journey. */
export interface Moves {
  /** YYYY-MM-DD: today, as the element reads it. */
  today(): string;
  /** The check as it is now. */
  value(): TenantDraft;
  go(page: PageId, patch?: Partial<TenantDraft>): void;
  showErrors(errors: PageError[]): void;
}

/** Continue: on to the next page, or back to this one with what is missing on it. */
export function continueFrom(moves: Moves): void {
  const draft = moves.value();
  const today = moves.today();
  const page = resumePage(draft, today);
  const errors = pageErrors(page, draft, today);
  if (errors.length > 0) {
    moves.showErrors(errors);
    return;
  }
  const target = pageAfter(page, draft, today);
  moves.go(target, target === 'check' ? { returnTo: null } : {});
}

/** Back: to the page before, even if the tenant came from the check to change an answer. */
export function goBack(moves: Moves): void {
  const draft = moves.value();
  moves.go(pageBefore(resumePage(draft, moves.today()), draft), { returnTo: null });
}
