import { ON_DEMAND_WORDS, type OnDemandWords } from '../../controllers/on-demand.ts';
import type { Translate } from '../../i18n.ts';

/**
 * The English words of the self-check's first screen and of what every page shows around it (going back,
 * saving, deleting): all that loads before the tenant presses "Start now". The rest are in messages.ts,
 * which builds the whole catalogue from these and its own; Welsh for both is in messages.cy.ts.
 */
export const startMessages = {
  // Shared
  back: 'Back',
  warning: 'Warning',
  loading: 'Loading your answers…',
  councilFallback: 'your local council',

  // Saving and deleting
  draftTitle: 'Check of a problem at home',
  storageNotice: 'Your answers are saved only in this web browser, on this device.',
  storageDelete: 'Delete everything this tool saved',
  statusSaving: 'Saving your answers…',
  statusSaved: 'Your answers are saved.',
  statusUnsaved: 'Saving your answers…',
  statusFailed:
    'Your latest answers could not be saved. They are still on this page. If you need them later, write them down or print this page.',
  statusQuota: 'This device is out of space, so your latest answers are not saved. They are still on this page.',
  statusConflict: 'Your answers were changed in another tab or window. What you change here is not saved.',
  useLatest: 'Use the latest answers',
  keepMine: 'Keep my answers',
  memoryOnly:
    'This browser is not letting us save your answers (it may be in private mode). They will be lost when you close this page.',
  otherTab: 'Your answers were updated in another tab or window. You are seeing the latest answers.',
  recovered: 'Answers you gave just before the page closed have been brought back.',
  statusNotSaved: 'Not saved — kept in this page only. Your answers will be lost when you close this page.',
  statusTooLong: (over: number) =>
    `Not saved: what you typed is ${over === 1 ? '1 character' : `${over.toLocaleString('en-GB')} characters`} too long. Make it shorter to save your answers.`,
  /** For dates and times written by the browser. */
  locale: 'en-GB',
  unreadableTitle: 'We could not read the answers saved before',
  unreadableBody:
    'They have been kept exactly as they were, and nothing you type will replace them. You can download them as a file to keep them or to ask for help.',
  unreadableProblems: 'What we could not read:',
  unreadableFound: (when: string) => `Kept aside on ${when}`,
  unreadableExport: 'Download the answers we could not read, as they are',
  unreadableDelete: 'Delete the answers we could not read',
  unreadableConfirm:
    'Delete the answers we could not read? If you have not downloaded them, they will be ' +
    'lost. You cannot undo this.',
  unreadableYesDelete: 'Yes, delete them',
  unreadableCancel: 'Cancel',
  deleteTitle: 'Delete everything this tool saved?',
  deleteText: 'This deletes your answers and your details for the letter from this web browser. You cannot undo this.',
  deleteConfirm: 'Yes, delete everything',
  deleteCancel: 'No, go back',
  deleteFailed: 'We could not delete your answers. Try again, or clear this website’s data in your browser settings.',
  deletedTitle: 'Everything this tool saved has been deleted',
  deletedText: 'Nothing from this check is saved in this web browser any more.',
  startAgain: 'Start again',

  // Start
  startTitle: 'Check a problem in your rented home',
  startIntro:
    'Use this to check if a problem in your home could harm your health or safety, and what to do about it.\nAt the end you can make a letter to send to your landlord.\nIt takes about 5 to 10 minutes.',
  startNotOfficial:
    'This is not an official check. Only the council can decide how serious a problem is, by inspecting your home.',
  startWhere: 'This check is for homes in England and Wales.',
  startEmergency: 'If there is a fire, call 999. If you smell gas, call 0800 111 999 now.',
  startStorageTitle: 'Your answers stay on this device',
  startStorage: (council: string) =>
    `We save your answers in this web browser, on this device, so you can come back later. They are not sent to ${council} or to anyone else.\nIf you use a shared computer, delete your answers when you finish.`,
  startButton: 'Start now',
};

export type StartMessages = typeof startMessages;
export type StartTranslate = Translate<StartMessages>;

/** The languages the self-check is written in. */
export type TenantLang = 'en' | 'cy';

/** The page's `lang` as one of ours: Welsh for `cy` and its regional tags (`cy-GB`), English for anything else. */
export function tenantLang(lang: string | null | undefined): TenantLang {
  return /^cy(-|$)/i.test(lang ?? '') ? 'cy' : 'en';
}

/**
 * What is said while a part of the check is still on its way, or could not load. The Welsh is here rather
 * than in messages.cy.ts because the Welsh catalogue is itself such a part.
 */
export const LOADING_WORDS: Record<TenantLang, OnDemandWords> = {
  en: ON_DEMAND_WORDS,
  cy: {
    loading: 'Wrthi’n llwytho…',
    failed:
      'Nid oedd modd llwytho’r rhan hon o’r dudalen. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni. Dydy dim byd rydych chi wedi’i roi i mewn wedi’i golli.',
    tryAgain: 'Rhowch gynnig arall arni',
  },
};
