import type { TemplateResult } from 'lit';
import { emergencyPage, topicPage } from '../../flow.ts';
import type { ScreenState } from '../../state.ts';
import { drawPage } from '../../view.ts';
import {
  householdView,
  landlordView,
  nationView,
  outsideView,
  problemsView,
  toldView,
  toldWhenView,
} from './about-you.ts';
import { checkView } from './check.ts';
import { emergencyView, topicQuestionView } from './topic.ts';

/** The questions, one per page: about you, each problem's, what to do now in an emergency, then the check. */
export function render(state: ScreenState): TemplateResult {
  return drawPage(state, (v) => {
    const onTopic = topicPage(v.page);
    if (onTopic) return topicQuestionView(v, onTopic);
    const emergencyTopic = emergencyPage(v.page);
    if (emergencyTopic) return emergencyView(v, emergencyTopic);
    switch (v.page) {
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
      case 'told-when':
        return toldWhenView(v);
      case 'check':
        return checkView(v);
      default:
        return nationView(v);
    }
  });
}
