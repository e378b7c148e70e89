import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterDataView } from './data-view.ts';
import { RegisterImportPanel } from './import-panel.ts';

/** Import and export: CSV import, CSV and backup export, restoring a backup, deleting everything. */
export const screen = laterScreen<'data'>(
  { 'hhsrs-register-import': RegisterImportPanel, 'hhsrs-register-data': RegisterDataView },
  (_route, ctx) => html`<hhsrs-register-data data-screen .ctx=${ctx}></hhsrs-register-data>`,
);
