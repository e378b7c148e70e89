import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterEvidencePanel } from './evidence-panel.ts';
import { RegisterHazardView } from './hazard-view.ts';

/** One hazard: its score, deadlines, remedial actions, evidence and history. */
export const screen = laterScreen<'hazard'>(
  { 'hhsrs-register-evidence': RegisterEvidencePanel, 'hhsrs-register-hazard': RegisterHazardView },
  (route, ctx) =>
    html`<hhsrs-register-hazard data-screen .ctx=${ctx} .hazardEntryId=${route.id}></hhsrs-register-hazard>`,
);
