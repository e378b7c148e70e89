import type { Catalogue, Lang } from '../i18n.ts';
import type { OnDemandWords } from '../controllers/on-demand.ts';

/**
 * The overcrowding check's words around its screens, all on the first screen: the title and introduction,
 * the save status, storage problems, print, PDF and delete. Each screen keeps its own words in its folder;
 * the whole catalogue (every word the check shows or prints) is `en` in screens/report/messages.ts.
 */
export const shellMessages = {
  title: 'Check if a home is overcrowded',
  intro:
    'Find out whether a home is overcrowded under the law in England and Wales (Housing Act 1985, sections 324 to 326). Tell us who lives there and about the rooms.',
  hazardNote:
    'This checks the legal overcrowding standards only. "Crowding and space" is also hazard 11 of the Housing Health and Safety Rating System (HHSRS). A council officer assesses that hazard separately, and it can be a hazard even when a home is not overcrowded by law.',
  resultsHeading: 'Results',
  resultsPending:
    'Your results will show here once every person has an age and sex, and every room has a use and a size. Select “Check overcrowding” to see anything that needs correcting.',
  pdfIntro:
    'Whether this home is overcrowded under the law in England and Wales (Housing Act 1985, sections 324 to 326), worked out from the people and rooms listed at the end.',
  // Saving, printing, deleting.
  loading: 'Loading your saved answers…',
  // A part of the page fetched when first needed (the results, or the check for saved answers).
  partLoading: 'Loading…',
  partFailed:
    'This part of the page could not load. Check your connection, then try again. Nothing you have entered is lost.',
  saving: 'Saving…',
  saved: (time: string) => `Saved on this device at ${time}`,
  notSaved:
    'Not saved — kept in this page only. To keep the result, print it or download it as a PDF before you close the page.',
  savedNothing: 'Your answers are saved on this device as you type.',
  homeTooLong: (field: 'address' | 'reference', over: number) =>
    `Not saved: the ${field} is ${over === 1 ? '1 character' : `${over} characters`} too long. ` +
    'Shorten it to save your answers.',
  tooLong: (person: boolean, n: number, over: number) =>
    `Not saved: the name of ${person ? 'person' : 'room'} ${n} is ` +
    `${over === 1 ? '1 character' : `${over} characters`} too long. Shorten it to save your answers.`,
  unreadableTitle: 'Answers saved before could not be read',
  unreadableBody:
    'They have been kept exactly as they were, and nothing you enter will replace them. Export them to a file ' +
    'to keep them or to send them for help.',
  unreadableProblems: 'What could not be read:',
  unreadableFound: (when: string) => `Set aside on ${when}`,
  exportUnreadable: 'Export the unreadable record as it is',
  deleteUnreadable: 'Delete the unreadable record',
  confirmDeleteUnreadable:
    'Delete the unreadable record? If you have not exported it, it will be lost. You ' + 'cannot undo this.',
  noticeTitle: 'Important',
  memoryOnly:
    'This browser is not letting the page save (it may be in private mode). You can carry on, but your answers will be lost when you close the page. Print the result or download it as a PDF before you leave.',
  refreshed: 'This check was changed in another tab or window. You are now seeing the latest version.',
  saveFailedTitle: 'Your answers are not saved',
  saveFailedQuota:
    'This device is out of storage space, so your latest changes are not saved. They are still on this page: free some space and try again, or print the result or download it as a PDF.',
  saveFailedUnavailable:
    'This browser stopped letting the page save. Your answers are still on this page: print the result or download it as a PDF before you close the page.',
  saveFailedOther:
    'Your latest changes could not be saved. They are still on this page: try again, or print the result or download it as a PDF.',
  tryAgain: 'Try again',
  conflictTitle: 'This check was changed in another tab',
  conflictBody:
    'Your changes here are not saved yet. Keep yours to save them: the version from the other tab is then kept on this device too, not deleted. Or use the other version, and lose your changes here.',
  keepMine: 'Keep mine',
  useOtherVersion: 'Use the other version',
  keptMine: 'Your version is saved. The version from the other tab is also kept on this device.',
  usedOther: 'You are now seeing the version from the other tab.',
  print: 'Print',
  downloadPdf: 'Download as PDF',
  pdfMaking: 'Making your PDF…',
  pdfReady: 'Your PDF has been downloaded.',
  pdfFailed: 'The PDF could not be made. Try again, or use Print instead.',
  deleteData: 'Delete my data',
  deleteHint: 'Deletes everything this check has saved on this device.',
  confirmDeleteTitle: 'Delete everything this tool saved?',
  confirmDeleteBody: 'This deletes your answers from this device. You cannot undo this.',
  yesDelete: 'Yes, delete it',
  cancel: 'Cancel',
  deleted: 'Your answers have been deleted from this device.',
  deleteFailed: 'Your answers could not be deleted. Close other tabs with this check open, then try again.',
  noResultToPrint: 'There is no result to print yet. Answer every question first.',
  printInputsHeading: 'What was checked',
  draftTitle: (people: number, rooms: number) => `Overcrowding check: ${people} people, ${rooms} rooms`,
  pdfFileName: 'overcrowding-check.pdf',
  // How figures, dates and times are written (a BCP 47 locale for Intl).
  locale: 'en-GB',
  // Month names for dates in words (Intl's own for English; Welsh lists them, see messages.cy.ts).
  month: (n: number) => new Date(2000, n - 1, 1).toLocaleString('en-GB', { month: 'long' }),
  areaFigure: (figure: string, unit: string) => `${figure} ${unit}`,
  areaWithOther: (area: string, other: string) => `${area} (${other})`,
  withAge: (name: string, age: string) => `${name} (${age})`,
};

export type ShellMessages = typeof shellMessages;

/**
 * Wording that replaces a language's built-in words, key by key (none by default): a pseudo-translation put
 * here shows any text that escapes the catalogue.
 */
export const others: Partial<Record<Lang, Partial<Catalogue>>> = {};

/** Welsh for `cy` and its regional tags (`cy-GB`); English for anything else. */
export function isWelsh(lang: string): boolean {
  return /^cy(-|$)/i.test(lang);
}

/**
 * `english` in `lang`: the Welsh beside it (typed key for key against the English) for Welsh. Each screen
 * passes its own Welsh, so the first screen's Welsh loads without the results'.
 */
export function inLanguage<C extends object>(english: C, welsh: C | undefined, lang: string): C {
  return isWelsh(lang) && welsh ? { ...english, ...welsh, ...others.cy } : english;
}

/** "8 December 2026", with the catalogue's month names (a browser's Intl may have no Welsh). */
export function longDate(date: Date, m: Pick<ShellMessages, 'month'>): string {
  return `${date.getDate()} ${m.month(date.getMonth() + 1)} ${date.getFullYear()}`;
}

/**
 * What a Welsh page says while its Welsh words are on its way (the catalogue's partLoading, partFailed and
 * tryAgain, which arrive with it), so a Welsh reader is never shown the English form first.
 */
export const WELSH_ARRIVING: OnDemandWords = {
  loading: 'Wrthi’n llwytho…',
  failed:
    'Nid oedd modd llwytho’r rhan hon o’r dudalen. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni. Does dim byd rydych chi wedi’i roi wedi’i golli.',
  tryAgain: 'Rhowch gynnig arall arni',
};

/** What a part of the page says while its code is on its way, or if it cannot be fetched. */
export const partWords = (m: ShellMessages): OnDemandWords => ({
  loading: m.partLoading,
  failed: m.partFailed,
  tryAgain: m.tryAgain,
});
