import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterSettingsView } from './settings-view.ts';

/** The user's name and the register's policy (remedial periods, how long an assessment stays current). */
export const screen = laterScreen<'settings'>(
  { 'hhsrs-register-settings': RegisterSettingsView },
  (_route, ctx) => html`<hhsrs-register-settings data-screen .ctx=${ctx}></hhsrs-register-settings>`,
);
