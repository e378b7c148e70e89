/**
 * Enforcement timelines under the Housing Act 2004 (FACTS.md §3). Every period here is in calendar
 * days, never working days. "Within N days beginning with" a day counts that day as day 1, so the last
 * day is the day + (N − 1); "the Nth day after" a day is the day + N.
 */

export type NoticeType =
  | 'improvement-notice'
  | 'suspended-improvement-notice'
  | 'prohibition-order'
  | 'hazard-awareness-notice'
  | 'emergency-remedial-action'
  | 'emergency-prohibition-order';

export interface MilestoneRule {
  id: 'appeal-last-day' | 'operative' | 'works-start-earliest' | 'review-due' | 'notice-last-day';
  /** "{tribunal}" is replaced by the nation's tribunal. */
  label: string;
  /** A count of calendar days, or one year by the corresponding date (s.17 reviews). */
  after: { days: number } | { years: 1 };
  /** The statutory wording the count comes from, shown beside the date. */
  reckoning: string;
  source: string;
  note: string;
}

export interface NoticeRule {
  title: string;
  /** The section for a Category 1 hazard and for a Category 2 hazard (null: not available for Category 2). */
  sections: readonly [string, string | null];
  /** What the date passed in is the date of. */
  dateIs: 'served' | 'made' | 'started';
  milestones: readonly MilestoneRule[];
  notes: readonly string[];
}

const LATE_APPEAL = 'The tribunal may allow a late appeal where there is good reason for the delay';

const IMPROVEMENT_NOTICE_APPEAL: MilestoneRule = {
  id: 'appeal-last-day',
  label: 'Last day to appeal to the {tribunal}',
  after: { days: 20 },
  reckoning: 'the last of the 21 days beginning with the day of service',
  source: 'Housing Act 2004 Sch. 1 para 14(1)',
  note: `${LATE_APPEAL} (Sch. 1 para 14(3)).`,
};

const EMERGENCY_APPEAL: MilestoneRule = {
  id: 'appeal-last-day',
  label: 'Last day to appeal to the {tribunal}',
  after: { days: 27 },
  reckoning: 'the last of the 28 days beginning with the date given for it',
  source: 'Housing Act 2004 s.45(3)',
  note: `${LATE_APPEAL} (s.45(4)). An appeal does not stop the emergency measure.`,
};

/** The statutory timetable of each course of action, as data. */
export const NOTICE_RULES: Readonly<Record<NoticeType, NoticeRule>> = {
  'improvement-notice': {
    title: 'Improvement notice',
    sections: ['s.11', 's.12'],
    dateIs: 'served',
    milestones: [
      IMPROVEMENT_NOTICE_APPEAL,
      {
        id: 'operative',
        label: 'Becomes operative, if no appeal is made',
        after: { days: 21 },
        reckoning: 'the end of the 21 days beginning with the day of service',
        source: 'Housing Act 2004 s.15',
        note: 'An appeal suspends the notice until the appeal is decided or withdrawn.',
      },
      {
        id: 'works-start-earliest',
        label: 'Earliest date the notice may require the works to start',
        after: { days: 28 },
        reckoning: 'not earlier than the 28th day after the day of service',
        source: 'Housing Act 2004 s.13',
        note: 'The notice itself gives the start date (this day or later) and the period for completing the works.',
      },
    ],
    notes: [],
  },
  'suspended-improvement-notice': {
    title: 'Suspended improvement notice',
    sections: ['s.14', 's.14'],
    dateIs: 'served',
    milestones: [
      IMPROVEMENT_NOTICE_APPEAL,
      {
        id: 'review-due',
        label: 'Review due, at the latest',
        after: { years: 1 },
        reckoning: 'not later than one year after service, then at intervals of not more than one year',
        source: 'Housing Act 2004 s.17',
        note: 'The authority may review it at any time; it becomes operative when the suspension ends (s.15).',
      },
    ],
    notes: [],
  },
  'prohibition-order': {
    title: 'Prohibition order',
    sections: ['s.20', 's.21'],
    dateIs: 'made',
    milestones: [
      {
        id: 'appeal-last-day',
        label: 'Last day to appeal to the {tribunal}',
        after: { days: 27 },
        reckoning: 'the last of the 28 days beginning with the day the order was made',
        source: 'Housing Act 2004 Sch. 2 para 10(1)',
        note: `${LATE_APPEAL} (Sch. 2 para 10(3)).`,
      },
      {
        id: 'operative',
        label: 'Becomes operative, if no appeal is made',
        after: { days: 28 },
        reckoning: 'the end of the 28 days beginning with the day the order was made',
        source: 'Housing Act 2004 s.24',
        note: 'An appeal suspends the order until the appeal is decided or withdrawn.',
      },
    ],
    notes: [],
  },
  'hazard-awareness-notice': {
    title: 'Hazard awareness notice',
    sections: ['s.28', 's.29'],
    dateIs: 'served',
    milestones: [],
    notes: ['Advisory: there is no appeal and no statutory date follows from it.'],
  },
  'emergency-remedial-action': {
    title: 'Emergency remedial action',
    sections: ['s.40', null],
    dateIs: 'started',
    milestones: [
      {
        id: 'notice-last-day',
        label: 'Last day to serve the notice of emergency remedial action',
        after: { days: 6 },
        reckoning: 'the last of the 7 days beginning with the day the action started',
        source: 'Housing Act 2004 s.40(7) and s.41',
        note: 'The action may start, and finish, before the notice is served.',
      },
      {
        ...EMERGENCY_APPEAL,
        reckoning: 'the last of the 28 days beginning with the date the notice gives for the start of the action',
      },
    ],
    notes: ['Only for a Category 1 hazard involving an imminent risk of serious harm.'],
  },
  'emergency-prohibition-order': {
    title: 'Emergency prohibition order',
    sections: ['s.43', null],
    dateIs: 'made',
    milestones: [
      {
        id: 'operative',
        label: 'Takes effect',
        after: { days: 0 },
        reckoning: 'immediately, on the day it is made',
        source: 'Housing Act 2004 s.43',
        note: 'No waiting period: it has effect while any appeal is heard.',
      },
      { ...EMERGENCY_APPEAL, reckoning: 'the last of the 28 days beginning with the day the order was made' },
    ],
    notes: ['Only for a Category 1 hazard involving an imminent risk of serious harm.'],
  },
};
