import type { Catalogue } from '../../i18n.ts';

// FACTS §7: one message for an English inspection begun on or after 22 June 2026 with no 2026 pack, in three parts.
const scheme2026Why =
  'England changed the HHSRS for inspections begun on or after 22 June 2026; its tables are not built in, ' +
  'so this inspection cannot be scored under the 2005 tables.';
const scheme2026Do = 'Load the 2026 scheme pack (your copy of the 2026 tables as a JSON file) to score it.';
const scheme2026Findings =
  'You can still record your findings without a score: ' +
  'each hazard you found, where it is, what you saw and your justification.';

/** Every string the officer view shows, in plain English (GOV.UK style). */
export const officerMessages = {
  title: 'HHSRS assessment',
  intro:
    'Score the hazards found at one dwelling under the Housing Health and Safety Rating System (England and Wales only). Your work is saved in this browser as you type.',
  scopeNote: 'The HHSRS applies in England and Wales. Scotland and Northern Ireland use other standards.',
  detailsHeading: 'Dwelling and inspection',
  address: 'Address of the dwelling',
  reference: 'Property reference (optional)',
  nation: 'Where is the dwelling?',
  nationHint: 'The scheme used to score depends on the nation and the date the inspection began.',
  england: 'England',
  wales: 'Wales',
  inspectionDate: 'Date the inspection began',
  inspector: 'Inspector (optional)',
  occupiers: 'Ages of the occupiers (optional)',
  occupiersHint:
    'Separate ages with commas, for example 2, 34, 71. Scores are for the relevant age group whoever lives there.',
  hmo: 'This is a house in multiple occupation (HMO), or the hazard is in the common parts of a building containing flats',
  notes: 'Notes (optional)',
  schemeHeading: 'Scoring scheme',
  scheme2026Title: 'This inspection cannot be scored yet',
  scheme2026Why,
  scheme2026Do,
  scheme2026Findings,
  scheme2026Message: `${scheme2026Why} ${scheme2026Do} ${scheme2026Findings}`,
  scheme2026Load: 'Load the 2026 scheme pack',
  notScored2026: 'Not scored — 2026 scheme not loaded',
  hazardsHeading: 'Hazards',
  noHazards: 'No hazards added yet. Add each hazard you found.',
  addHazards: 'Add a hazard',
  filterLabel: 'Find a hazard',
  filterHint: 'Type part of its name or its number',
  noMatches: 'No hazard matches that. Try fewer letters.',
  addPrefix: 'Add ',
  added: 'Added',
  group: (group: string) =>
    ({
      physiological: 'Physiological',
      psychological: 'Psychological',
      infection: 'Protection against infection',
      safety: 'Protection against accidents',
    })[group] ?? group,
  summaryHeading: 'Summary',
  summaryNone: 'No hazard has been scored yet.',
  checkButton: 'Check assessment',
  errorTitle: 'There is a problem',
  finaliseButton: 'Finalise',
  editingRevision: (revision: number, previous: number) =>
    `You are editing revision ${revision}. Revision ${previous} is kept unchanged and read-only in your assessments.`,
  lostFinalised: (revision: number, at: string | undefined) =>
    `This assessment was finalised${at ? ` on ${ukTime(at)}` : ''} as revision ${revision}; ` +
    'the stored record no longer says so — it may have been changed outside this tool. ' +
    'The finalised revision is kept unchanged.',
  openFinalisedRevision: (revision: number) => `Open the finalised revision ${revision}`,
  fingerprintDiffersTag: 'Fingerprint does not match',
  readOnlyTag: 'Read-only',
  finalisedTag: 'Finalised',
  draftsHeading: 'Your assessments',
  listNotSaved:
    'Not saved — kept in this page only. This browser is not letting the page store your ' +
    'assessments: they will be lost when you close the page unless you export them to a file.',
  newAssessment: 'Start a new assessment',
  resume: 'Open',
  duplicate: 'Duplicate',
  deleteDraft: 'Delete',
  current: '(open now)',
  untitled: 'Untitled assessment',
  exportJson: 'Export to file',
  importJson: 'Import from file',
  print: 'Print',
  downloadPdf: 'Download PDF',
  preparingPdf: 'Preparing the PDF…',
  saving: 'Saving…',
  unsaved: 'Changes not saved yet',
  savedAt: (time: string) => `Saved in this browser at ${time}`,
  memoryOnly:
    'This browser is not letting the page save (it may be in private mode). You can carry on, but your work will be lost when you close the page: export it to a file before you leave.',
  notSaved:
    'Not saved — kept in this page only. To keep it, export it to a file or print it before you close the page.',
  tooLong: (field: string, over: number) =>
    `Not saved: ${field} ${over === 1 ? 'is 1 character' : `is ${over.toLocaleString('en-GB')} characters`} too long. Shorten it to save your work.`,
  fieldName: (field: string, hazardNumber?: number) =>
    ({
      address: 'the address',
      reference: 'the property reference',
      inspector: 'the inspector',
      occupiers: 'the ages of the occupiers',
      notes: 'the notes',
    })[field] ?? `the justification for hazard ${hazardNumber ?? ''}`.trim(),
  charactersRemaining: (count: number) =>
    `You have ${count.toLocaleString('en-GB')} character${count === 1 ? '' : 's'} remaining`,
  charactersTooMany: (count: number) =>
    `You have ${count.toLocaleString('en-GB')} character${count === 1 ? '' : 's'} too many`,
  noticeTitle: 'Important',
  recovered: 'Changes you made just before the page closed have been recovered.',
  changedInAnotherTab: 'This assessment was updated in another tab or window; you are seeing the latest version.',
  unreadableTitle: 'A saved assessment could not be read',
  unreadableBody:
    'It has been kept exactly as it was, and nothing you type will replace it. Export it to a file to keep it or to send it for help.',
  unreadableProblems: 'What could not be read:',
  unreadableFound: (when: string) => `Set aside on ${when}`,
  exportUnreadable: 'Export the unreadable record as it is',
  deleteUnreadable: 'Delete the unreadable record',
  confirmDeleteUnreadable:
    'Delete the unreadable record? If you have not exported it, it will be lost. This ' + 'cannot be undone.',
  yesDelete: 'Yes, delete it',
  cancel: 'Cancel',
  saveFailedTitle: 'Your latest changes are not saved',
  tryAgain: 'Try saving again',
  saveFailed: (kind: string) =>
    ({
      quota:
        'This device is out of storage space, so your latest changes are not saved yet. They are still on this ' +
        'page: export them to a file now, then free some space.',
      unavailable: 'This browser stopped letting the page save. Export your work to a file before you close the page.',
      blocked: 'This browser stopped letting the page save. Export your work to a file before you close the page.',
    })[kind] ??
    'Your latest changes could not be saved. They are still on this page: try again, or export ' + 'them to a file.',
  conflictTitle: 'Changed in another tab',
  conflict: (reason: string, time: string) =>
    reason === 'deleted'
      ? 'This assessment was deleted in another tab or window. Your changes here are not saved yet: keep them ' +
        'as a new assessment.'
      : reason === 'recovered'
        ? 'Changes you made just before the page closed were recovered, but this assessment has since been ' +
          'changed in another tab or window. Choose which version to keep.'
        : `This assessment was changed in another tab or window${time ? ` at ${time}` : ''}. ` +
          'Your changes here are not saved yet: choose which version to keep.',
  keepMineAsNew: 'Keep mine as a new assessment',
  useOtherVersion: 'Use the version from the other tab',
  blocked: 'An older copy of this tool is open in another tab and is stopping an update. Close that tab to carry on.',
} satisfies Catalogue;

/** "2 March 2026 at 14:05 UK time", as the finalised record prints it. */
function ukTime(iso: string): string {
  const when = new Date(iso).toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return `${when} UK time`;
}

export type OfficerMessages = typeof officerMessages;
