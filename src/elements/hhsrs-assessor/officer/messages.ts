import type { Catalogue } from '../../i18n.ts';

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
  draftsHeading: 'Your assessments',
  listNotSaved:
    'Not saved — kept in this page only. This browser is not letting the page store your ' +
    'assessments: they will be lost when you close the page unless you export them to a file.',
  newAssessment: 'Start a new assessment',
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
  blocked: 'An older copy of this tool is open in another tab and is stopping an update. Close that tab to carry on.',
} satisfies Catalogue;

export type OfficerMessages = typeof officerMessages;
