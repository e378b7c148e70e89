import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterReportView } from './report-view.ts';

/** The quarterly compliance report, on screen, as CSV and as a PDF. */
export const screen = laterScreen<'report'>(
  { 'hhsrs-register-report': RegisterReportView },
  (_route, ctx) => html`<hhsrs-register-report data-screen .ctx=${ctx}></hhsrs-register-report>`,
);
