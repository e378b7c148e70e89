import type { Catalogue } from '../../../../i18n.ts';

/** The statement of reasons (Housing Act 2004 s.8), in plain English (GOV.UK style). */
export const statementMessages = {
  heading: 'Statement of reasons',
  intro:
    'The authority must prepare a statement of its reasons for the action it takes (Housing Act 2004 section 8). It is drafted from this finalised assessment: check and edit every part before you serve it. It does not change the assessment or its fingerprint.',
  noHazards: 'No hazard in this assessment was scored, so there is no action to give reasons for.',
  actionLegend: 'Which action are you taking?',
  actionHint: 'Emergency measures are only for Category 1 hazards with an imminent risk of serious harm.',
  hazardsLegend: 'Which hazards does the action deal with?',
  hazardsHint: 'Select all that apply.',
  hazardOption: (name: string, category: number, band: string, score: string) =>
    `${name} — Category ${category}, band ${band}, score ${score}`,
  dateLabel: (dateIs: string) =>
    ({ served: 'Date of service', made: 'Date the order is made', started: 'Date the emergency action started' })[
      dateIs
    ] ?? 'Date',
  dateHint: 'Deadlines are counted from this date in calendar days.',
  draft: 'Draft the statement',
  redraft: 'Draft the statement again',
  confirmRedraft: 'Drafting again replaces the text below, including your changes. Draft it again?',
  yesRedraft: 'Yes, draft it again',
  cancel: 'Cancel',
  stale: 'You changed the action or the hazards after drafting. Draft the statement again to update the text.',
  textHeading: 'The statement',
  textIntro: 'Edit the text as you need. It is saved as you type.',
  deadlinesHeading: 'Deadlines',
  deadlinesIntro: 'Counted in calendar days from the date above. Each date is shown with how it is worked out.',
  deadlinesWaiting: 'Choose the action and give its date to see the deadlines.',
  what: 'What',
  date: 'Date',
  how: 'How it is worked out',
  source: 'Source',
  print: 'Print the statement',
  pdf: 'Download the statement as PDF',
  preparingPdf: 'Preparing the PDF…',
  pdfFailed: 'The PDF could not be made. Use Print instead, or try again.',
  drafted: 'Statement drafted. Check and edit each part below.',
  errAction: 'Select the action you are taking',
  errHazards: 'Select the hazards the action deals with',
  errDate: (label: string) => `Enter the ${label.toLowerCase()}`,
  errorTitle: 'There is a problem',
} satisfies Catalogue;

export type StatementMessages = typeof statementMessages;
