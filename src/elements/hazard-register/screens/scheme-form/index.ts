import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterSchemeForm } from './scheme-form.ts';

/** Adding, changing or deleting a housing scheme. */
export const screen = laterScreen<'scheme-form'>(
  { 'hhsrs-register-scheme-form': RegisterSchemeForm },
  (route, ctx) =>
    html`<hhsrs-register-scheme-form data-screen .ctx=${ctx} .housingSchemeId=${route.id}></hhsrs-register-scheme-form>`,
);
