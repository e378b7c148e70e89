/**
 * The screens of the officer's view, and every other piece of code it fetches later: the one place it imports
 * code on demand. Each is loaded through `OnDemand` (elements/controllers/on-demand.ts), which shows "Loading…",
 * or that it could not load with "Try again", losing nothing typed. Adding a screen is one entry here plus its
 * folder under screens/. No screen imports this file or the shell, so nothing here imports in a circle.
 */
export const SCREENS = {
  /** Details, scheme, the hazard picker, the Check and Finalise buttons: the first screen, imported by the shell. */
  editing: { title: 'title', load: null },
  /** The hazard cards with their scoring and photos, and the summary: once there is a hazard. */
  hazards: { title: 'hazardsHeading', load: () => import('./screens/editing/hazards/index.ts') },
  /** The scheme in use, with the schemes' tables: once there is something to choose a scheme by. */
  scheme: { title: 'schemeHeading', load: () => import('./screens/editing/scheme-choice.ts') },
  /** Checking what is missing, finalising, the finalised record with its fingerprint check, the statement. */
  finalised: { title: 'finalisedTitle', load: () => import('./screens/finalised/index.ts') },
  /** "Your assessments": the list, once there is something in it. */
  list: { title: 'draftsHeading', load: () => import('./screens/list/drafts-list.ts') },
  /** The assessment as a document, for the browser's printing and the PDF. */
  printing: { title: 'print', load: () => import('./screens/printing/index.ts') },
} as const;

/** Code that is not a screen of its own, fetched where a screen first needs it. */
export const LATER = {
  /** The list's actions (duplicating, deleting, importing, exporting) and the choice after another tab saved. */
  listActions: () => import('./screens/list/index.ts'),
  /** The PDF renderer (jsPDF): on the first request for a PDF. */
  pdf: () => import('../../../print/render-pdf.ts'),
  /** The assessment schema (zod), to read a stored assessment: never for a new one. */
  stored: () => import('./stored-assessment.ts'),
  /** The scheme pack schema (zod), when a pack is first loaded. */
  packFiles: () => import('./screens/editing/scheme-pack-files.ts'),
  /** Checking and re-encoding a photo, when the first one is chosen. */
  evidence: () => import('../../../evidence/prepare-evidence.ts'),
};
