import { defineOnce } from '../define-once.ts';
import { HazardRegister } from './hazard-register.ts';
import { RegisterPropertiesView } from './screens/properties/properties-view.ts';
import { RegisterWhoForm } from './screens/who/who-form.ts';

// The first screens before the register, so it renders them already upgraded; the others define
// themselves when they arrive (screens.ts).
defineOnce('hhsrs-register-who', RegisterWhoForm);
defineOnce('hhsrs-register-properties', RegisterPropertiesView);
defineOnce('hazard-register', HazardRegister);

declare global {
  interface HTMLElementTagNameMap {
    'hazard-register': HazardRegister;
  }
}
