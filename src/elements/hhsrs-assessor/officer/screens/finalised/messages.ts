import { translator, type Catalogue } from '../../../../i18n.ts';
import { officerMessages } from '../../messages.ts';

/** Finalising, the finalised record and its revisions, in plain English (GOV.UK style): fetched with the finalising part. */
export const finaliseMessages = {
  cancel: 'Cancel',
  errNotScored: (why: string) => `The hazards cannot be scored, so the assessment cannot be finalised. ${why}`,
  finaliseHeading: 'Finalise the assessment',
  finaliseIntro:
    'Once finalised, the assessment cannot be changed. Your name, the date and time and a fingerprint of the record are printed on it. Any later change makes a new revision and keeps this one as it is.',
  finaliseName: 'Your name',
  finaliseNameHint: 'As it should appear on the assessment, as the officer who finalised it.',
  finaliseConfirm: 'Finalise the assessment',
  errFinaliseName: 'Enter your name to finalise the assessment',
  finalisedTitle: 'Finalised',
  finalisedBy: (by: string, at: string, revision: number) => `Revision ${revision}, finalised by ${by} on ${at}.`,
  fingerprint: 'SHA-256 fingerprint',
  replaces: (revision: number) => `Replaces revision ${revision}, which is kept unchanged in your assessments.`,
  readOnly: 'This assessment is finalised and cannot be changed.',
  revisionTitle: (revision: number) => `Revision ${revision} (read-only)`,
  revisionListTitle: (revision: number) => `revision ${revision}, finalised`,
  revisionIntro:
    'This is an earlier revision, kept exactly as it was finalised. It can be read, printed and checked, never changed.',
  openCurrent: 'Open the current revision',
  newRevision: 'Make changes as a new revision',
  checkFingerprint: 'Check fingerprint',
  fingerprintMissing: 'The stored record could not be read, so the fingerprint cannot be checked.',
  finalisedAnnounce: (revision: number) => `Revision ${revision} finalised.`,
  revisionFailed:
    'The finalised revision could not be kept, so nothing has changed. Try again, or export the assessment to a file.',
  documentHeading: 'The assessment as finalised',
} satisfies Catalogue;

export type FinaliseMessages = typeof officerMessages & typeof finaliseMessages;

export const finaliseText = translator<FinaliseMessages>({ ...officerMessages, ...finaliseMessages }, {}, 'en');
