import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterRetentionView } from './retention-view.ts';

/** Records kept past the retention period, and deleting them. */
export const screen = laterScreen<'retention'>(
  { 'hhsrs-register-retention': RegisterRetentionView },
  (_route, ctx) => html`<hhsrs-register-retention data-screen .ctx=${ctx}></hhsrs-register-retention>`,
);
