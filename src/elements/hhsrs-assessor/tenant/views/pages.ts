import type { TemplateResult } from 'lit';
import { emergencyPage, topicPage, type PageId } from '../flow.ts';
import type { TenantView } from '../view-context.ts';
import { householdView, landlordView, nationView, outsideView, problemsView, toldView } from './about-you.ts';
import { checkView } from './check.ts';
import { letterDetailsView, letterView, type LetterActions } from './letter.ts';
import { nextStepsView } from './next-steps.ts';
import { resultsView } from './results.ts';
import { emergencyView, topicQuestionView } from './topic.ts';
import { followUpView, sentHowView, sentOnView } from './follow-up.ts';

/** The view for a page past the start page (which the element draws itself). `letter` is only worked out on the letter page. */
export function renderPage(v: TenantView, page: Exclude<PageId, 'start'>, letter: () => LetterActions): TemplateResult {
  const onTopic = topicPage(page);
  if (onTopic) return topicQuestionView(v, onTopic);
  const emergencyTopic = emergencyPage(page);
  if (emergencyTopic) return emergencyView(v, emergencyTopic);
  switch (page as Exclude<PageId, 'start' | `topic:${string}` | `emergency:${string}`>) {
    case 'nation':
      return nationView(v);
    case 'outside':
      return outsideView(v);
    case 'landlord':
      return landlordView(v);
    case 'household':
      return householdView(v);
    case 'problems':
      return problemsView(v);
    case 'told':
      return toldView(v);
    case 'check':
      return checkView(v);
    case 'results':
      return resultsView(v);
    case 'next-steps':
      return nextStepsView(v);
    case 'letter-details':
      return letterDetailsView(v);
    case 'letter':
      return letterView(v, letter());
    case 'sent-how':
      return sentHowView(v);
    case 'sent-on':
      return sentOnView(v);
    case 'follow-up':
      // Only reached with a real sent date (resumePage); if the device's clock has gone back, ask again.
      return v.followUp() ? followUpView(v, letter()) : sentOnView(v);
  }
}
