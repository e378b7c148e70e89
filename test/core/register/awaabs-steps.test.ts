import { expect } from '@open-wc/testing';
import { awaabsLawDueDates } from '../../../src/core/awaabs-law.ts';
import { awaabsSteps, type AwaabsRecorded, type AwaabsStepState } from '../../../src/core/register/index.ts';

// FACTS.md §4, significant hazard, landlord aware Monday 2 March 2026 09:00, investigation ended Tuesday 10 March:
// investigate by 16 March (10 working days), written summary by 13 March (3 working days after the
// investigation ended), make safe by 17 March (5 working days), further works started by 2 June (12 weeks).
const significant = awaabsLawDueDates({
  riskLevel: 'significant',
  awareAt: '2026-03-02T09:00',
  investigationEndedOn: '2026-03-10',
});
// Emergency, aware 2 March 16:30 (GMT): investigate and make safe within 24 hours, by 3 March 16:30.
const emergency = awaabsLawDueDates({ riskLevel: 'emergency', awareAt: '2026-03-02T16:30' });
const ended = { investigationEndedOn: '2026-03-10' };

type States = [AwaabsStepState, AwaabsStepState, AwaabsStepState, AwaabsStepState];

describe('awaabsSteps (FACTS.md §4)', () => {
  // [story, recorded, today, states of: investigate, written summary, make safe, further works started]
  const rows: [string, AwaabsRecorded, string, States][] = [
    [
      'investigation ended in time, the rest not yet due',
      ended,
      '2026-03-11',
      ['met', 'not-yet-due', 'not-yet-due', 'not-yet-due'],
    ],
    [
      'no written summary by 13 March: overdue from the 16th',
      ended,
      '2026-03-16',
      ['met', 'overdue', 'not-yet-due', 'not-yet-due'],
    ],
    [
      'summary sent on its last day',
      { ...ended, writtenSummarySentOn: '2026-03-13' },
      '2026-03-16',
      ['met', 'met', 'not-yet-due', 'not-yet-due'],
    ],
    [
      'summary sent a working day late',
      { ...ended, writtenSummarySentOn: '2026-03-16' },
      '2026-03-16',
      ['met', 'missed', 'not-yet-due', 'not-yet-due'],
    ],
    [
      'summary sent after the report date: not yet done then',
      { ...ended, writtenSummarySentOn: '2026-03-20' },
      '2026-03-16',
      ['met', 'overdue', 'not-yet-due', 'not-yet-due'],
    ],
    [
      'made safe late on its last day: the time does not matter for a day',
      { ...ended, madeSafeAt: '2026-03-17T18:00' },
      '2026-03-18',
      ['met', 'overdue', 'met', 'not-yet-due'],
    ],
    [
      'made safe the day after',
      { ...ended, madeSafeAt: '2026-03-18T08:00' },
      '2026-03-18',
      ['met', 'overdue', 'missed', 'not-yet-due'],
    ],
    [
      'further works started on the 12-week day',
      { ...ended, furtherWorksStartedOn: '2026-06-02' },
      '2026-06-03',
      ['met', 'overdue', 'overdue', 'met'],
    ],
    [
      'further works started after 12 weeks',
      { ...ended, furtherWorksStartedOn: '2026-06-03' },
      '2026-06-03',
      ['met', 'overdue', 'overdue', 'missed'],
    ],
    ['no further works after 12 weeks', ended, '2026-06-03', ['met', 'overdue', 'overdue', 'overdue']],
  ];
  for (const [story, recorded, today, states] of rows) {
    it(`${story} (${today})`, () => {
      expect(awaabsSteps(significant, recorded, today).map((step) => step.state)).to.deep.equal(states);
    });
  }

  it('names each step, its due date and the field that records it; the 5-working-day works start is not held as a deadline', () => {
    const steps = awaabsSteps(significant, { ...ended, writtenSummarySentOn: '2026-03-12' }, '2026-03-16');
    expect(steps.map((step) => [step.id, step.due, step.field, step.recorded])).to.deep.equal([
      ['significant-investigate', '2026-03-16', 'investigationEndedOn', '2026-03-10'],
      ['significant-written-summary', '2026-03-13', 'writtenSummarySentOn', '2026-03-12'],
      ['significant-make-safe', '2026-03-17', 'madeSafeAt', null],
      ['significant-preventative-works-start-latest', '2026-06-02', 'furtherWorksStartedOn', null],
    ]);
  });

  it('runs from the investigation’s due date until it has ended, and shows the investigation overdue after it', () => {
    const pending = awaabsLawDueDates({ riskLevel: 'significant', awareAt: '2026-03-02T09:00' });
    expect(awaabsSteps(pending, {}, '2026-03-17').map((step) => [step.due, step.state])).to.deep.equal([
      ['2026-03-16', 'overdue'],
      ['2026-03-19', 'not-yet-due'],
      ['2026-03-23', 'not-yet-due'],
      ['2026-06-08', 'not-yet-due'],
    ]);
  });

  // Emergency: one step, "investigate and make safe within 24 hours", checked to the minute when recorded.
  const emergencyRows: [string, AwaabsRecorded, string, AwaabsStepState][] = [
    ['made safe within the 24 hours', { madeSafeAt: '2026-03-03T16:00' }, '2026-03-03', 'met'],
    ['made safe at the 24th hour', { madeSafeAt: '2026-03-03T16:30' }, '2026-03-03', 'met'],
    ['made safe half an hour after the 24 hours', { madeSafeAt: '2026-03-03T17:00' }, '2026-03-03', 'missed'],
    ['not recorded on the day the 24 hours end', {}, '2026-03-03', 'not-yet-due'],
    ['not recorded the day after', {}, '2026-03-04', 'overdue'],
  ];
  for (const [story, recorded, today, state] of emergencyRows) {
    it(`emergency: ${story}`, () => {
      const steps = awaabsSteps(emergency, recorded, today);
      expect(steps.map((step) => [step.id, step.field, step.state])).to.deep.equal([
        ['emergency-investigate-and-make-safe', 'madeSafeAt', state],
      ]);
    });
  }
});
