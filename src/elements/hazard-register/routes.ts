import { html, type TemplateResult } from 'lit';
import type { RegisterContext, Route } from './context.ts';
import type { LaterView } from './screens.ts';

/**
 * The screen for a route after the properties list. Each is a light-DOM element defined when it arrives
 * (screens.ts, which fetches this module with it); `data-screen` marks it for focus.
 */
export function laterView(route: Extract<Route, { view: LaterView }>, ctx: RegisterContext): TemplateResult {
  switch (route.view) {
    case 'hazards':
      return html`<hhsrs-register-hazards data-screen .ctx=${ctx}></hhsrs-register-hazards>`;
    case 'actions':
      return html`<hhsrs-register-actions data-screen .ctx=${ctx}></hhsrs-register-actions>`;
    case 'report':
      return html`<hhsrs-register-report data-screen .ctx=${ctx}></hhsrs-register-report>`;
    case 'data':
      return html`<hhsrs-register-data data-screen .ctx=${ctx}></hhsrs-register-data>`;
    case 'merge':
      return html`<hhsrs-register-merge data-screen .ctx=${ctx}></hhsrs-register-merge>`;
    case 'retention':
      return html`<hhsrs-register-retention data-screen .ctx=${ctx}></hhsrs-register-retention>`;
    case 'settings':
      return html`<hhsrs-register-settings data-screen .ctx=${ctx}></hhsrs-register-settings>`;
    case 'scheme-form':
      return html`<hhsrs-register-scheme-form data-screen .ctx=${ctx} .housingSchemeId=${route.id}></hhsrs-register-scheme-form>`;
    case 'property':
      return html`<hhsrs-register-property data-screen .ctx=${ctx} .propertyId=${route.id}></hhsrs-register-property>`;
    case 'property-form':
      return html`<hhsrs-register-property-form data-screen .ctx=${ctx} .propertyId=${route.id}></hhsrs-register-property-form>`;
    case 'assessment-form':
      return html`<hhsrs-register-assessment-form data-screen .ctx=${ctx} .propertyId=${route.propertyId}></hhsrs-register-assessment-form>`;
    case 'hazard':
      return html`<hhsrs-register-hazard data-screen .ctx=${ctx} .hazardEntryId=${route.id}></hhsrs-register-hazard>`;
    case 'hazard-form':
      return html`<hhsrs-register-hazard-form data-screen .ctx=${ctx} .propertyId=${route.propertyId} .hazardEntryId=${route.id}></hhsrs-register-hazard-form>`;
    case 'action-form':
      return html`<hhsrs-register-action-form data-screen .ctx=${ctx} .hazardEntryId=${route.hazardId} .actionId=${route.id}></hhsrs-register-action-form>`;
  }
}
