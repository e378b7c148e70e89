import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterHazardForm } from './hazard-form.ts';

/** Recording or changing a hazard found at a property. */
export const screen = laterScreen<'hazard-form'>(
  { 'hhsrs-register-hazard-form': RegisterHazardForm },
  (route, ctx) =>
    html`<hhsrs-register-hazard-form data-screen .ctx=${ctx} .propertyId=${route.propertyId} .hazardEntryId=${route.id}></hhsrs-register-hazard-form>`,
);
