import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterActionsView, RegisterHazardsView } from './lists-view.ts';

/** The hazards list and the actions list: every property's, filtered. */
export const screen = laterScreen<'hazards' | 'actions'>(
  { 'hhsrs-register-hazards': RegisterHazardsView, 'hhsrs-register-actions': RegisterActionsView },
  (route, ctx) =>
    route.view === 'hazards'
      ? html`<hhsrs-register-hazards data-screen .ctx=${ctx}></hhsrs-register-hazards>`
      : html`<hhsrs-register-actions data-screen .ctx=${ctx}></hhsrs-register-actions>`,
);
