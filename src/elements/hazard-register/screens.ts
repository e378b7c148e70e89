import type { CSSResult } from 'lit';
import { defineOnce } from '../define-once.ts';
import type { Route } from './context.ts';
import type { ScreenMessages } from './messages/screen-messages.ts';
import type { laterView } from './routes.ts';

/** The screens fetched when the user first goes to them: all but the properties list (and the name prompt). */
export type LaterView = Exclude<Route['view'], 'properties'>;

const define = (...elements: (readonly [string, CustomElementConstructor])[]) => {
  for (const [tag, element] of elements) defineOnce(tag, element);
};

const lists = () => import('./views/lists-view.ts').then((v) => define(['hhsrs-register-hazards', v.RegisterHazardsView], ['hhsrs-register-actions', v.RegisterActionsView]));

/** Each screen's code, with the elements inside it, defined once it has arrived. */
const SCREENS: Record<LaterView, () => Promise<void>> = {
  hazards: lists,
  actions: lists,
  report: () => import('./views/report-view.ts').then((v) => define(['hhsrs-register-report', v.RegisterReportView])),
  data: () =>
    Promise.all([import('./views/data-view.ts'), import('./views/import-panel.ts')]).then(([v, i]) =>
      define(['hhsrs-register-import', i.RegisterImportPanel], ['hhsrs-register-data', v.RegisterDataView]),
    ),
  merge: () => import('./views/merge-view.ts').then((v) => define(['hhsrs-register-merge', v.RegisterMergeView])),
  retention: () => import('./views/retention-view.ts').then((v) => define(['hhsrs-register-retention', v.RegisterRetentionView])),
  settings: () => import('./views/settings-view.ts').then((v) => define(['hhsrs-register-settings', v.RegisterSettingsView])),
  'scheme-form': () => import('./views/scheme-form.ts').then((v) => define(['hhsrs-register-scheme-form', v.RegisterSchemeForm])),
  property: () =>
    Promise.all([import('./views/property-view.ts'), import('./views/assessment-import.ts')]).then(([v, i]) =>
      define(['hhsrs-register-assessment-import', i.RegisterAssessmentImport], ['hhsrs-register-property', v.RegisterPropertyView]),
    ),
  'property-form': () => import('./views/property-form.ts').then((v) => define(['hhsrs-register-property-form', v.RegisterPropertyForm])),
  'assessment-form': () => import('./views/assessment-form.ts').then((v) => define(['hhsrs-register-assessment-form', v.RegisterAssessmentForm])),
  hazard: () =>
    Promise.all([import('./views/hazard-view.ts'), import('./views/evidence-panel.ts')]).then(([v, e]) =>
      define(['hhsrs-register-evidence', e.RegisterEvidencePanel], ['hhsrs-register-hazard', v.RegisterHazardView]),
    ),
  'hazard-form': () => import('./views/hazard-form.ts').then((v) => define(['hhsrs-register-hazard-form', v.RegisterHazardForm])),
  'action-form': () => import('./views/action-form.ts').then((v) => define(['hhsrs-register-action-form', v.RegisterActionForm])),
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
    import('./messages/screen-messages.ts'),
    import('./record.styles.ts'),
    import('./routes.ts'),
    SCREENS[view](),
  ]);
  return { words: messages.screenMessages, styles: styles.recordStyles, render: routes.laterView };
}
