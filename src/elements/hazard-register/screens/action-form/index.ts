import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterActionForm } from './action-form.ts';

/** Recording or changing a remedial action on a hazard. */
export const screen = laterScreen<'action-form'>(
  { 'hhsrs-register-action-form': RegisterActionForm },
  (route, ctx) =>
    html`<hhsrs-register-action-form data-screen .ctx=${ctx} .hazardEntryId=${route.hazardId} .actionId=${route.id}></hhsrs-register-action-form>`,
);
