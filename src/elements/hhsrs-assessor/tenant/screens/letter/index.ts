import type { TemplateResult } from 'lit';
import type { ScreenState } from '../../state.ts';
import { drawPage } from '../../view.ts';
import { letterDetailsView, letterView } from './letter.ts';
import { letterFor } from './letter-model.ts';

/** The tenant's details for the letter, then the letter itself, worked out only on its own page. */
export function render(state: ScreenState): TemplateResult {
  return drawPage(state, (v) => (v.page === 'letter' ? letterView(v, letterFor(state, v)) : letterDetailsView(v)));
}
