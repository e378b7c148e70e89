import type { TemplateResult } from 'lit';
import type { ScreenState } from '../../state.ts';
import { drawPage } from '../../view.ts';
import { nextStepsView } from './next-steps.ts';
import { resultsView } from './results.ts';

/** What the answers add up to: an indicative result per problem, then what to do next. */
export function render(state: ScreenState): TemplateResult {
  return drawPage(state, (v) => (v.page === 'next-steps' ? nextStepsView(v) : resultsView(v)));
}
