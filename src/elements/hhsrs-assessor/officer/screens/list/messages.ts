import { translator, type Catalogue } from '../../../../i18n.ts';
import { officerMessages } from '../../messages.ts';

/** What the list of assessments says, in plain English (GOV.UK style): fetched with the list. */
export const listMessages = {
  lostFinalised: (revision: number, at: string | undefined) =>
    `This assessment was finalised${at ? ` on ${ukTime(at)}` : ''} as revision ${revision}; ` +
    'the stored record no longer says so — it may have been changed outside this tool. ' +
    'The finalised revision is kept unchanged.',
  openFinalisedRevision: (revision: number) => `Open the finalised revision ${revision}`,
  fingerprintDiffersTag: 'Fingerprint does not match',
  readOnlyTag: 'Read-only',
  finalisedTag: 'Finalised',
  resume: 'Open',
  duplicate: 'Duplicate',
  deleteDraft: 'Delete',
  current: '(open now)',
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

export type ListMessages = typeof officerMessages & typeof listMessages;

export const listText = translator<ListMessages>({ ...officerMessages, ...listMessages }, {}, 'en');
