import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterAssessmentImport } from './assessment-import.ts';
import { RegisterPropertyView } from './property-view.ts';

/** One property: its details, assessments (and bringing one in from a file), hazards and history. */
export const screen = laterScreen<'property'>(
  { 'hhsrs-register-assessment-import': RegisterAssessmentImport, 'hhsrs-register-property': RegisterPropertyView },
  (route, ctx) =>
    html`<hhsrs-register-property data-screen .ctx=${ctx} .propertyId=${route.id}></hhsrs-register-property>`,
);
