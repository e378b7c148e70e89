import type { TemplateResult } from 'lit';
import type { LaterPage, PdfCode, ScreenState } from './state.ts';

/** A screen fetched when first shown: it draws any of its pages from the state the shell hands it. */
export interface LaterScreen {
  render(state: ScreenState): TemplateResult;
}

interface ScreenEntry {
  /** The pages the screen shows; a prefix ending in ":" stands for every topic or emergency page. */
  pages: readonly string[];
  /** Absent for a screen on the first screen, which the shell imports itself. */
  load?: () => Promise<LaterScreen>;
}

/**
 * The screens of the tenant self-check: adding a screen is one entry here plus its folder under screens/.
 * This is the one place that imports code later; the shell wraps each loader in an `OnDemand`, which shows
 * "Loading…", or that it could not load with "Try again", losing nothing typed. Tests may stand in for a
 * loader (as when the tenant is offline), so the shell reads each one when it fetches.
 */
export const SCREENS = {
  /** What the check is, that it is not official, where the answers are kept: the first screen. */
  start: { pages: ['start'] },
  /** "Delete everything this tool saved", asked in place of any page: on the first screen too. */
  delete: { pages: [] },
  /** Where you live, your landlord, your household, the problems and their questions, check your answers. */
  questions: {
    pages: [
      'nation',
      'outside',
      'landlord',
      'household',
      'problems',
      'topic:',
      'emergency:',
      'told',
      'told-when',
      'check',
    ],
    load: () => import('./screens/questions/index.ts'),
  },
  /** The indicative result for each problem, and what to do next. */
  results: { pages: ['results', 'next-steps'], load: () => import('./screens/results/index.ts') },
  /** The tenant's details for the letter, and the letter to print, save as a PDF or copy. */
  letter: { pages: ['letter-details', 'letter'], load: () => import('./screens/letter/index.ts') },
  /** How and when the letter was sent, then what to do once the landlord's time is up. */
  'follow-up': { pages: ['sent-how', 'sent-on', 'follow-up'], load: () => import('./screens/follow-up/index.ts') },
} satisfies Record<string, ScreenEntry>;

export type LaterScreenId = {
  [K in keyof typeof SCREENS]: (typeof SCREENS)[K] extends { load: unknown } ? K : never;
}[keyof typeof SCREENS];
export const LATER_SCREENS = [
  'questions',
  'results',
  'letter',
  'follow-up',
] as const satisfies readonly LaterScreenId[];

/** The screen that shows a page past the start. */
export function screenOf(page: LaterPage): LaterScreenId {
  const shows = (id: LaterScreenId) =>
    SCREENS[id].pages.some((name) => (name.endsWith(':') ? page.startsWith(name) : page === name));
  return LATER_SCREENS.find(shows) ?? 'questions';
}

/** Code that is not a screen of its own, fetched the first time it is needed. */
export const LATER = {
  /** The rules that order the pages: with the first page past the start. */
  flow: () => import('./flow.ts'),
  /** The Welsh words: for a page or a letter in Welsh. */
  welsh: () => import('./messages.cy.ts'),
  /** The saved check's schema (with zod): only to read a check saved earlier. */
  schema: () => import('../../../schema/tenant.ts'),
  /** The photo checker (which also cleans photos): when the tenant chooses photos. */
  photoChecker: () => import('../../../evidence/prepare-evidence.ts'),
  /** jsPDF and the download helper: when the tenant asks for the letter as a PDF. */
  pdf: (): Promise<PdfCode> =>
    Promise.all([import('../../../print/render-pdf.ts'), import('../../../print/download.ts')]).then(
      ([pdf, download]) => ({
        renderPdf: pdf.renderPdf,
        downloadBlob: download.downloadBlob,
      }),
    ),
};
