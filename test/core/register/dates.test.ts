import { expect } from '@open-wc/testing';
import {
  actionState,
  addMonths,
  CHECKLIST_POLICY_DEFAULTS,
  daysBetween,
  hazardOverdue,
  isOverdue,
} from '../../../src/core/register/index.ts';

describe('addMonths', () => {
  const rows: [string, number, string][] = [
    ['2025-03-02', 12, '2026-03-02'],
    // Corresponding-date rule: no 31 September, so the month's last day.
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-01-15', -3, '2025-10-15'],
  ];
  for (const [from, months, expected] of rows) {
    it(`${from} + ${months} months is ${expected}`, () => expect(addMonths(from, months, 'date')).to.equal(expected));
  }
  it('names the field when the date is not a date', () => {
    expect(() => addMonths('2026-02-30', 1, 'inspectionDate')).to.throw(/inspectionDate must be a calendar date/);
  });
  it('counts days between dates', () => {
    expect([daysBetween('2026-03-02', '2026-03-30'), daysBetween('2026-03-30', '2026-03-02')]).to.deep.equal([28, -28]);
  });
});

describe('actionState', () => {
  const action = { targetDate: '2026-03-30', completedOn: null };
  it('is open, not overdue, on its target date (the last day allowed)', () => {
    expect(actionState(action, '2026-03-30')).to.deep.equal({ state: 'open', overdue: false, daysLeft: 0 });
    expect(isOverdue(action, '2026-03-30')).to.equal(false);
  });
  it('is overdue the day after', () => {
    expect(actionState(action, '2026-04-01')).to.deep.equal({ state: 'open', overdue: true, daysOverdue: 2 });
    expect(isOverdue(action, '2026-03-31')).to.equal(true);
  });
  it('is completed on time or late', () => {
    expect(actionState({ ...action, completedOn: '2026-03-20' }, '2026-04-10')).to.deep.equal({
      state: 'completed',
      completedOn: '2026-03-20',
      late: false,
      daysLate: 0,
    });
    expect(actionState({ ...action, completedOn: '2026-04-02' }, '2026-04-10')).to.deep.equal({
      state: 'completed',
      completedOn: '2026-04-02',
      late: true,
      daysLate: 3,
    });
    expect(isOverdue({ ...action, completedOn: '2026-04-02' }, '2026-04-10')).to.equal(false);
  });
  it('was still open on a date before its completion', () => {
    expect(actionState({ ...action, completedOn: '2026-04-02' }, '2026-03-25').state).to.equal('open');
  });
});

describe('hazardOverdue', () => {
  const property = { nation: 'england' as const, landlordType: 'private' as const };
  const open = {
    id: 'h1',
    propertyId: 'p1',
    hazardId: 'damp-and-mould-growth',
    foundOn: '2026-03-02',
    reportedBy: 'inspection' as const,
    category: 1 as const,
    status: 'open' as const,
    escalatedOn: null,
    resolvedOn: null,
    awaabs: null,
  };
  const action = (targetDate: string, completedOn: string | null = null) => ({
    id: `a-${targetDate}`,
    propertyId: 'p1',
    hazardId: 'h1',
    description: 'Fix',
    raisedOn: '2026-03-02',
    targetDate,
    completedOn,
  });
  it('is overdue from the day after the policy date when no action is recorded (28 days for Category 1)', () => {
    expect(hazardOverdue(open, property, [], CHECKLIST_POLICY_DEFAULTS, '2026-03-30')).to.deep.equal({
      overdue: false,
      since: null,
    });
    expect(hazardOverdue(open, property, [], CHECKLIST_POLICY_DEFAULTS, '2026-03-31')).to.deep.equal({
      overdue: true,
      since: '2026-03-30',
    });
  });
  it('follows its actions once there are some: the earliest missed target date', () => {
    const actions = [action('2026-03-25'), action('2026-03-10'), action('2026-03-05', '2026-03-04')];
    expect(hazardOverdue(open, property, actions, CHECKLIST_POLICY_DEFAULTS, '2026-04-01')).to.deep.equal({
      overdue: true,
      since: '2026-03-10',
    });
    expect(
      hazardOverdue(open, property, [action('2026-04-20')], CHECKLIST_POLICY_DEFAULTS, '2026-04-01').overdue,
    ).to.equal(false);
  });
  it('is overdue from the day after an Awaab’s Law step’s due date while the step is not recorded (FACTS.md §4)', () => {
    // Significant damp, social landlord, aware Mon 2 March, investigation ended Tue 10 March: written summary
    // by Fri 13 March (3 working days), make safe by Tue 17 March (5), further works started by 2 June (12 weeks).
    const social = { nation: 'england' as const, landlordType: 'social' as const };
    const damp = {
      ...open,
      category: 2 as const,
      awaabs: { riskLevel: 'significant' as const, awareAt: '2026-03-02T09:00' },
      investigationEndedOn: '2026-03-10',
    };
    const onTime = [action('2026-07-01')];
    const rows: [
      string,
      Partial<typeof damp> & { writtenSummarySentOn?: string; madeSafeAt?: string; furtherWorksStartedOn?: string },
      string,
      string | null,
    ][] = [
      ['summary not yet due', {}, '2026-03-13', null],
      ['summary not sent', {}, '2026-03-16', '2026-03-13'],
      ['summary sent late: missed, not overdue', { writtenSummarySentOn: '2026-03-16' }, '2026-03-16', null],
      ['summary sent, not made safe', { writtenSummarySentOn: '2026-03-12' }, '2026-03-18', '2026-03-17'],
      [
        'further works not started after 12 weeks',
        { writtenSummarySentOn: '2026-03-12', madeSafeAt: '2026-03-17T12:00' },
        '2026-06-03',
        '2026-06-02',
      ],
      [
        'every step recorded',
        { writtenSummarySentOn: '2026-03-12', madeSafeAt: '2026-03-17T12:00', furtherWorksStartedOn: '2026-04-20' },
        '2026-06-03',
        null,
      ],
    ];
    for (const [, change, today, since] of rows) {
      expect(hazardOverdue({ ...damp, ...change }, social, onTime, CHECKLIST_POLICY_DEFAULTS, today)).to.deep.equal({
        overdue: since !== null,
        since,
      });
    }
    expect(
      hazardOverdue(
        { ...damp, status: 'resolved', resolvedOn: '2026-03-12' },
        social,
        onTime,
        CHECKLIST_POLICY_DEFAULTS,
        '2026-06-03',
      ).overdue,
    ).to.equal(false);
    // Made safe in time with no remedial action recorded yet: not overdue by the make-safe date, but still by the
    // policy's date for a Category 2 action (90 days from 2 March: 31 May) and Awaab's further-works step.
    const madeSafe = { ...damp, writtenSummarySentOn: '2026-03-12', madeSafeAt: '2026-03-17T12:00' };
    expect(hazardOverdue(madeSafe, social, [], CHECKLIST_POLICY_DEFAULTS, '2026-03-20')).to.deep.equal({
      overdue: false,
      since: null,
    });
    expect(hazardOverdue(madeSafe, social, [], CHECKLIST_POLICY_DEFAULTS, '2026-06-03')).to.deep.equal({
      overdue: true,
      since: '2026-05-31',
    });
    expect(hazardOverdue(damp, social, [], CHECKLIST_POLICY_DEFAULTS, '2026-03-18')).to.deep.equal({
      overdue: true,
      since: '2026-03-13',
    });
  });
  it('is never overdue once resolved, nor while unassessed without Awaab’s Law', () => {
    expect(
      hazardOverdue(
        { ...open, status: 'resolved', resolvedOn: '2026-03-20' },
        property,
        [],
        CHECKLIST_POLICY_DEFAULTS,
        '2026-05-01',
      ).overdue,
    ).to.equal(false);
    expect(
      hazardOverdue(
        { ...open, category: null, status: 'reported', resolvedOn: '2026-06-01' },
        property,
        [],
        CHECKLIST_POLICY_DEFAULTS,
        '2026-05-01',
      ).overdue,
    ).to.equal(false);
  });
});
