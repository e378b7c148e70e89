import { defineOnce } from '../define-once.ts';
import { HazardRegister } from './hazard-register.ts';
import { RegisterActionForm } from './views/action-form.ts';
import { RegisterAssessmentForm } from './views/assessment-form.ts';
import { RegisterAssessmentImport } from './views/assessment-import.ts';
import { RegisterDataView } from './views/data-view.ts';
import { RegisterEvidencePanel } from './views/evidence-panel.ts';
import { RegisterHazardForm } from './views/hazard-form.ts';
import { RegisterHazardView } from './views/hazard-view.ts';
import { RegisterImportPanel } from './views/import-panel.ts';
import { RegisterMergeView } from './views/merge-view.ts';
import { RegisterRetentionView } from './views/retention-view.ts';
import { RegisterActionsView, RegisterHazardsView } from './views/lists-view.ts';
import { RegisterPropertiesView } from './views/properties-view.ts';
import { RegisterPropertyForm } from './views/property-form.ts';
import { RegisterPropertyView } from './views/property-view.ts';
import { RegisterReportView } from './views/report-view.ts';
import { RegisterSchemeForm } from './views/scheme-form.ts';
import { RegisterSettingsView } from './views/settings-view.ts';
import { RegisterWhoForm } from './views/who-form.ts';

// The screens first, so the register renders them already upgraded.
const SCREENS: readonly (readonly [string, CustomElementConstructor])[] = [
  ['hhsrs-register-who', RegisterWhoForm],
  ['hhsrs-register-properties', RegisterPropertiesView],
  ['hhsrs-register-property', RegisterPropertyView],
  ['hhsrs-register-property-form', RegisterPropertyForm],
  ['hhsrs-register-scheme-form', RegisterSchemeForm],
  ['hhsrs-register-assessment-form', RegisterAssessmentForm],
  ['hhsrs-register-assessment-import', RegisterAssessmentImport],
  ['hhsrs-register-hazard', RegisterHazardView],
  ['hhsrs-register-hazard-form', RegisterHazardForm],
  ['hhsrs-register-action-form', RegisterActionForm],
  ['hhsrs-register-evidence', RegisterEvidencePanel],
  ['hhsrs-register-hazards', RegisterHazardsView],
  ['hhsrs-register-actions', RegisterActionsView],
  ['hhsrs-register-report', RegisterReportView],
  ['hhsrs-register-data', RegisterDataView],
  ['hhsrs-register-import', RegisterImportPanel],
  ['hhsrs-register-merge', RegisterMergeView],
  ['hhsrs-register-retention', RegisterRetentionView],
  ['hhsrs-register-settings', RegisterSettingsView],
];
for (const [tag, element] of SCREENS) defineOnce(tag, element);
defineOnce('hazard-register', HazardRegister);

declare global {
  interface HTMLElementTagNameMap {
    'hazard-register': HazardRegister;
  }
}
