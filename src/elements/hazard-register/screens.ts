import type { LoadedScreen } from './common/later-screen.ts';
import type { LaterCode, Route } from './context.ts';

/** The screens in the register's menu, in its order. */
export type MenuView = 'properties' | 'hazards' | 'actions' | 'report' | 'data' | 'settings';

export interface ScreenEntry {
  /** The menu item the screen sits under (marked as the current page). */
  under: MenuView;
  /** Its code, fetched the first time the user goes there; none for the first screen, which comes with the register. */
  load?: () => Promise<{ screen: LoadedScreen }>;
}

/**
 * The screens of `<hazard-register>`: adding a screen is one entry here plus its folder under screens/ (and
 * its route in context.ts). This file is the one place the register fetches code later; the shell wraps
 * each load in an `OnDemand`, which shows "Loading…", or the failure with "Try again".
 */
export const SCREENS = {
  properties: { under: 'properties' },
  hazards: { under: 'hazards', load: () => import('./screens/lists/index.ts') },
  actions: { under: 'actions', load: () => import('./screens/lists/index.ts') },
  report: { under: 'report', load: () => import('./screens/report/index.ts') },
  data: { under: 'data', load: () => import('./screens/data/index.ts') },
  merge: { under: 'data', load: () => import('./screens/merge/index.ts') },
  retention: { under: 'data', load: () => import('./screens/retention/index.ts') },
  settings: { under: 'settings', load: () => import('./screens/settings/index.ts') },
  property: { under: 'properties', load: () => import('./screens/property/index.ts') },
  'property-form': { under: 'properties', load: () => import('./screens/property-form/index.ts') },
  'scheme-form': { under: 'properties', load: () => import('./screens/scheme-form/index.ts') },
  'assessment-form': { under: 'properties', load: () => import('./screens/assessment-form/index.ts') },
  hazard: { under: 'properties', load: () => import('./screens/hazard/index.ts') },
  'hazard-form': { under: 'properties', load: () => import('./screens/hazard-form/index.ts') },
  'action-form': { under: 'properties', load: () => import('./screens/action-form/index.ts') },
} satisfies Record<Route['view'], ScreenEntry>;

/** The screens fetched when the user first goes to them: all but the properties list (and the name prompt). */
export type LaterView = Exclude<Route['view'], 'properties'>;

/** Fetches a later screen; resolves once its elements are defined. */
export async function loadScreen(view: LaterView): Promise<LoadedScreen> {
  return (await SCREENS[view].load()).screen;
}

/**
 * Code a screen fetches only when the user first asks for it (a PDF, a file to check), passed down in the
 * context; the screen holds it in an `OnDemand` so a failed fetch is shown with "Try again".
 */
export const LATER_CODE: LaterCode = {
  reportPdf: () => Promise.all([import('../../print/register-layout.ts'), import('../../print/render-pdf.ts')]),
  prepareEvidence: () => import('../../evidence/prepare-evidence.ts'),
  assessmentImport: () => import('../../storage/register/assessment-import.ts'),
};
