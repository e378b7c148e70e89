import type { QuestionId, TopicId } from '../../../core/tenant/index.ts';

/**
 * The order of pages, worked out from the answers so far (GOV.UK "one thing per page"), is flow.ts's; these
 * are their names, apart so that the start page can go on to the first question before flow.ts has arrived.
 * A topic page is `topic:<topic>:<question>`; an emergency page `emergency:<topic>` comes straight after
 * the answer that raised it, so the tenant is told what to do before anything else.
 */
export type FixedPage =
  | 'start'
  | 'nation'
  | 'outside'
  | 'landlord'
  | 'household'
  | 'problems'
  | 'told'
  | 'check'
  | 'results'
  | 'next-steps'
  | 'letter-details'
  | 'letter'
  | 'sent-how'
  | 'sent-on'
  | 'follow-up';
export type PageId = FixedPage | `topic:${TopicId}:${QuestionId}` | `emergency:${TopicId}`;

/** Where "Start now" goes: every check begins by asking where the home is. */
export const FIRST_QUESTION: FixedPage = 'nation';
