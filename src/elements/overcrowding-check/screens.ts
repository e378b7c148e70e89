import type { ReactiveControllerHost } from 'lit';
import { OnDemand } from '../controllers/on-demand.ts';
import type { ShellMessages } from './messages.ts';

/** A screen of the check: where its code comes from, and the words that name it. */
interface ScreenEntry {
  /** Fetches the screen's code; missing for the first screen, which is in the entry file. */
  load?: () => Promise<unknown>;
  /** The words naming it, in the shell's catalogue. */
  title: keyof ShellMessages;
}

/**
 * The screens of <overcrowding-check>: adding a screen is one entry here plus its folder under screens/.
 * This is the one place the check fetches code later; the shell shows each through `OnDemand`, with
 * "Loading…" in its place, or that it could not load with "Try again", losing nothing typed.
 */
export const SCREENS = {
  /** People and rooms: the first screen, imported by the shell (overcrowding-check.ts). */
  form: { title: 'title' },
  /** Each person's and room's questions: fetched as the user starts on the form (an empty form has none). */
  cards: { load: () => import('./screens/cards/index.ts'), title: 'title' },
  /**
   * Reading what was typed, the result worked out in core, and the findings: fetched as the user starts on
   * the form, or for a saved check with people or rooms.
   */
  report: { load: () => import('./screens/report/index.ts'), title: 'resultsHeading' },
  /**
   * The Welsh of the shell and the form, fetched only for a page in Welsh (`lang="cy"`); until it has
   * arrived the check shows "Loading…" in Welsh, never the English form to a Welsh reader.
   */
  welsh: { load: () => import('./messages.cy.ts'), title: 'title' },
  /** The report on paper: the PDF renderer (jsPDF and its font), fetched when a PDF is asked for. */
  pdf: { load: () => import('../../print/render-pdf.ts'), title: 'downloadPdf' },
  /**
   * A saved check, read through its schema (and zod), fetched only when there is one to read; until then,
   * and if it cannot be fetched, it shows in place of the form.
   */
  saved: { load: () => import('../../schema/overcrowding.ts'), title: 'loading' },
} satisfies Record<string, ScreenEntry>;

export type Later = {
  [K in keyof typeof SCREENS]: (typeof SCREENS)[K] extends { load: () => Promise<infer M> } ? M : never;
};

/** A screen whose code is fetched when first shown, for the shell to show through `OnDemand`. */
export function later<K extends keyof Later>(host: ReactiveControllerHost, id: K): OnDemand<Later[K]> {
  // Read from the table at each fetch, not once, so the table stays the one place that says where code comes from.
  return new OnDemand(host, () => (SCREENS[id] as unknown as { load: () => Promise<Later[K]> }).load());
}
