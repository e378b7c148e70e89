import type { CSSResult } from 'lit';
import { defineOnce } from '../define-once.ts';
import type { Route } from './context.ts';
import type { ScreenMessages } from './screens/words.ts';
import type { laterView } from './routes.ts';

/** The screens fetched when the user first goes to them: all but the properties list (and the name prompt). */
export type LaterView = Exclude<Route['view'], 'properties'>;

const define = (...elements: (readonly [string, CustomElementConstructor])[]) => {
  for (const [tag, element] of elements) defineOnce(tag, element);
};

const lists = () => import('./screens/lists/lists-view.ts').then((v) => define(['hhsrs-register-hazards', v.RegisterHazardsView], ['hhsrs-register-actions', v.RegisterActionsView]));

/** Each screen's code, with the elements inside it, defined once it has arrived. */
const SCREENS: Record<LaterView, () => Promise<void>> = {
  hazards: lists,
  actions: lists,
  report: () => import('./screens/report/report-view.ts').then((v) => define(['hhsrs-register-report', v.RegisterReportView])),
  data: () =>
    Promise.all([import('./screens/data/data-view.ts'), import('./screens/data/import-panel.ts')]).then(([v, i]) =>
      define(['hhsrs-register-import', i.RegisterImportPanel], ['hhsrs-register-data', v.RegisterDataView]),
    ),
  merge: () => import('./screens/merge/merge-view.ts').then((v) => define(['hhsrs-register-merge', v.RegisterMergeView])),
  retention: () => import('./screens/retention/retention-view.ts').then((v) => define(['hhsrs-register-retention', v.RegisterRetentionView])),
  settings: () => import('./screens/settings/settings-view.ts').then((v) => define(['hhsrs-register-settings', v.RegisterSettingsView])),
  'scheme-form': () => import('./screens/scheme-form/scheme-form.ts').then((v) => define(['hhsrs-register-scheme-form', v.RegisterSchemeForm])),
  property: () =>
    Promise.all([import('./screens/property/property-view.ts'), import('./screens/property/assessment-import.ts')]).then(([v, i]) =>
      define(['hhsrs-register-assessment-import', i.RegisterAssessmentImport], ['hhsrs-register-property', v.RegisterPropertyView]),
    ),
  'property-form': () => import('./screens/property-form/property-form.ts').then((v) => define(['hhsrs-register-property-form', v.RegisterPropertyForm])),
  'assessment-form': () => import('./screens/assessment-form/assessment-form.ts').then((v) => define(['hhsrs-register-assessment-form', v.RegisterAssessmentForm])),
  hazard: () =>
    Promise.all([import('./screens/hazard/hazard-view.ts'), import('./screens/hazard/evidence-panel.ts')]).then(([v, e]) =>
      define(['hhsrs-register-evidence', e.RegisterEvidencePanel], ['hhsrs-register-hazard', v.RegisterHazardView]),
    ),
  'hazard-form': () => import('./screens/hazard-form/hazard-form.ts').then((v) => define(['hhsrs-register-hazard-form', v.RegisterHazardForm])),
  'action-form': () => import('./screens/action-form/action-form.ts').then((v) => define(['hhsrs-register-action-form', v.RegisterActionForm])),
};

/** What a screen needs once it has arrived: the screens' words and styles, and how to render a route to it. */
export interface LoadedScreen {
  words: ScreenMessages;
  styles: CSSResult;
  render: typeof laterView;
}

/** Fetches a screen, the screens' words, styles and routes; resolves once the screen's elements are defined. */
export async function loadScreen(view: LaterView): Promise<LoadedScreen> {
  const [messages, styles, routes] = await Promise.all([
    import('./screens/words.ts'),
    import('./common/record.styles.ts'),
    import('./routes.ts'),
    SCREENS[view](),
  ]);
  return { words: messages.screenMessages, styles: styles.recordStyles, render: routes.laterView };
}
