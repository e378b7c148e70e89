import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterAssessmentForm } from './assessment-form.ts';

/** Recording an inspection of a property. */
export const screen = laterScreen<'assessment-form'>(
  { 'hhsrs-register-assessment-form': RegisterAssessmentForm },
  (route, ctx) =>
    html`<hhsrs-register-assessment-form data-screen .ctx=${ctx} .propertyId=${route.propertyId}></hhsrs-register-assessment-form>`,
);
