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
  methodLegend: 'How will the notice be sent?',
  methodHint:
    'The deadlines count from the day of service, which depends on how the notice is sent. You can leave this until it is sent: the statement then gives the rule instead of dates.',
  method_by_hand: 'By hand',
  method_by_hand_hint: 'Left at the address or handed to the person',
  method_first_class_post: 'First class post',
  method_second_class_post: 'Second class post',
  method_email: 'Email',
  method_email_hint: 'Only where the person agreed in writing to be sent notices by email',
  sentLabel: 'Date it is left, posted or emailed',
  sentAtLabel: 'Time the email is sent',
  sentAtHint:
    'For example, 14:05. An email sent at 4.30pm or later, or on a weekend or bank holiday, is served the next working day.',
  dayOfService: 'Day of service',
  rule: 'Rule',
  checkLocally: 'Check locally',
  conventionNote: 'This rule is a convention courts use, not the words of the Act: check it locally.',
  serviceNotRecorded: (date: string) =>
    `Day of service recorded as ${date}; how the notice is sent was not recorded. The deadlines count from that day.`,
  sentBeforeFinalised: (date: string) =>
    `Check this date: it is before the assessment was finalised on ${date}. The notice should rest on the finalised assessment.`,
  errSentOn: 'Enter the date the notice is left, posted or emailed',
  errSentAt: 'Enter the time the email is sent, like 14:05',
  errSentBeforeInspection: (date: string) =>
    `The date the notice is sent must be on or after the inspection on ${date}`,
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
