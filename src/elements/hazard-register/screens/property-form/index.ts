import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterPropertyForm } from './property-form.ts';

/** Adding, changing or deleting a property. */
export const screen = laterScreen<'property-form'>(
  { 'hhsrs-register-property-form': RegisterPropertyForm },
  (route, ctx) =>
    html`<hhsrs-register-property-form data-screen .ctx=${ctx} .propertyId=${route.id}></hhsrs-register-property-form>`,
);
