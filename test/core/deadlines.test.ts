import { expect } from '@open-wc/testing';
import { noticeTimeline, type NoticeTimeline, type NoticeTimelineInput } from '../../src/core/deadlines.ts';
import { HhsrsInputError } from '../../src/core/errors.ts';
import type { NoticeType } from '../../src/core/notice-rules.ts';

const datesOf = (timeline: NoticeTimeline): Record<string, string> =>
  Object.fromEntries(timeline.milestones.map((milestone) => [milestone.id, milestone.date]));

const england = (notice: NoticeType, date: string, category: 1 | 2 = 1): NoticeTimelineInput => ({
  notice,
  category,
  nation: 'england',
  date,
});

describe('noticeTimeline', () => {
  const rows: [input: NoticeTimelineInput, section: string, dates: Record<string, string>, why: string][] = [
    [
      england('improvement-notice', '2026-03-02'),
      's.11',
      // Sch. 1 para 14(1): appeal within the 21 days beginning with service → service + 20.
      // s.15: operative at the end of that period → service + 21.
      // s.13: works may not start before the 28th day after service → service + 28.
      { 'appeal-last-day': '2026-03-22', operative: '2026-03-23', 'works-start-earliest': '2026-03-30' },
      'Category 1 improvement notice served 2 March 2026',
    ],
    [
      england('improvement-notice', '2024-02-20', 2),
      's.12',
      { 'appeal-last-day': '2024-03-11', operative: '2024-03-12', 'works-start-earliest': '2024-03-19' },
      'Category 2, counting through 29 February 2024',
    ],
    [
      england('suspended-improvement-notice', '2026-03-02'),
      's.14',
      // s.17: review not later than one year after service.
      { 'appeal-last-day': '2026-03-22', 'review-due': '2027-03-02' },
      'suspended notice: appeal as for any improvement notice, review within a year',
    ],
    [
      england('suspended-improvement-notice', '2024-02-29', 2),
      's.14',
      { 'appeal-last-day': '2024-03-20', 'review-due': '2025-02-28' },
      'a year from 29 February ends on 28 February',
    ],
    [
      england('prohibition-order', '2026-03-02'),
      's.20',
      // Sch. 2 para 10(1): 28 days beginning with the day it is made → made + 27; s.24: operative made + 28.
      { 'appeal-last-day': '2026-03-29', operative: '2026-03-30' },
      'Category 1 prohibition order made 2 March 2026',
    ],
    [
      england('prohibition-order', '2026-03-02', 2),
      's.21',
      { 'appeal-last-day': '2026-03-29', operative: '2026-03-30' },
      'Category 2',
    ],
    [england('hazard-awareness-notice', '2026-03-02'), 's.28', {}, 'advisory: no dates follow'],
    [england('hazard-awareness-notice', '2026-03-02', 2), 's.29', {}, 'advisory, Category 2'],
    [
      england('emergency-remedial-action', '2026-03-02'),
      's.40',
      // s.40(7): notice within the 7 days beginning with the start → start + 6; s.45(3): appeal start + 27.
      { 'notice-last-day': '2026-03-08', 'appeal-last-day': '2026-03-29' },
      'emergency remedial action started 2 March 2026',
    ],
    [
      england('emergency-prohibition-order', '2026-03-02'),
      's.43',
      // s.43: effective immediately; s.45(3): appeal within the 28 days beginning with the day it is made.
      { operative: '2026-03-02', 'appeal-last-day': '2026-03-29' },
      'emergency prohibition order made 2 March 2026',
    ],
  ];
  for (const [input, section, dates, why] of rows) {
    it(`${input.notice} (Category ${input.category}) from ${input.date} under ${section}: ${why}`, () => {
      const timeline = noticeTimeline(input);
      expect(timeline.section).to.equal(section);
      expect(datesOf(timeline)).to.deep.equal(dates);
    });
  }

  it('shows the formula and source beside each date, naming the tribunal for England', () => {
    const [appeal] = noticeTimeline(england('improvement-notice', '2026-03-02')).milestones;
    expect(appeal).to.deep.equal({
      id: 'appeal-last-day',
      label: 'Last day to appeal to the First-tier Tribunal (Property Chamber)',
      date: '2026-03-22',
      formula: 'served 2026-03-02 + 20 days (the last of the 21 days beginning with the day of service)',
      source: 'Housing Act 2004 Sch. 1 para 14(1)',
      note: 'The tribunal may allow a late appeal where there is good reason for the delay (Sch. 1 para 14(3)).',
    });
  });

  it('names the Residential Property Tribunal in Wales', () => {
    const timeline = noticeTimeline({ notice: 'prohibition-order', category: 1, nation: 'wales', date: '2026-03-02' });
    expect(timeline.milestones[0]?.label).to.equal('Last day to appeal to the Residential Property Tribunal');
  });

  it('says a late appeal may be allowed for good reason on every appeal deadline', () => {
    const notices: NoticeType[] = [
      'improvement-notice',
      'suspended-improvement-notice',
      'prohibition-order',
      'emergency-remedial-action',
      'emergency-prohibition-order',
    ];
    for (const notice of notices) {
      const appeal = noticeTimeline(england(notice, '2026-03-02')).milestones.find((m) => m.id === 'appeal-last-day');
      expect(appeal?.note, notice).to.contain('late appeal where there is good reason');
    }
  });

  it('writes the one-year review formula in years, and the emergency start as "started"', () => {
    const review = noticeTimeline(england('suspended-improvement-notice', '2026-03-02')).milestones[1];
    expect(review?.formula).to.equal(
      'served 2026-03-02 + 1 year (not later than one year after service, then at intervals of not more than one year)',
    );
    const notice = noticeTimeline(england('emergency-remedial-action', '2026-03-02')).milestones[0];
    expect(notice?.formula).to.equal(
      'started 2026-03-02 + 6 days (the last of the 7 days beginning with the day the action started)',
    );
  });

  it('reminds the officer of the statement of reasons (s.8) and that a hazard awareness notice is advisory', () => {
    const timeline = noticeTimeline(england('hazard-awareness-notice', '2026-03-02'));
    expect(timeline.notes).to.deep.equal([
      'Advisory: there is no appeal and no statutory date follows from it.',
      'Prepare a statement of reasons for the action taken (s.8).',
    ]);
    expect(timeline.dateIs).to.equal('served');
  });

  it('counts an improvement notice posted first class from the day of service, two working days later', () => {
    // Interpretation Act 1978 s.7; first class: second working day after posting (PD [1985] 1 WLR 489).
    // Posted Friday 6 March 2026 → served Tuesday 10 March; appeal: the last of the 21 days → 30 March.
    const timeline = noticeTimeline({
      notice: 'improvement-notice',
      category: 1,
      nation: 'england',
      service: { method: 'first-class-post', sentOn: '2026-03-06' },
    });
    expect(timeline.date).to.equal('2026-03-10');
    expect(timeline.service?.rule).to.contain('second working day after posting');
    expect(datesOf(timeline)).to.deep.equal({
      'appeal-last-day': '2026-03-30',
      operative: '2026-03-31',
      'works-start-earliest': '2026-04-07',
    });
    expect(timeline.milestones[0]?.formula).to.match(/^served 2026-03-10 \+ 20 days/);
  });

  it('has no service field when only the date is given', () => {
    expect(noticeTimeline(england('improvement-notice', '2026-03-02'))).not.to.have.property('service');
  });

  const refused: [input: NoticeTimelineInput, field: string, message: string][] = [
    [
      {
        notice: 'prohibition-order',
        category: 1,
        nation: 'england',
        service: { method: 'by-hand', sentOn: '2026-03-02' },
      },
      'service',
      'a prohibition order is made',
    ],
    [{ notice: 'improvement-notice', category: 1, nation: 'england' }, 'date', 'date must be given'],
    [england('emergency-remedial-action', '2026-03-02', 2), 'category', 's.40 is for Category 1 hazards only'],
    [england('emergency-prohibition-order', '2026-03-02', 2), 'category', 's.43 is for Category 1 hazards only'],
    [
      { ...england('improvement-notice', '2026-03-02'), category: 3 as unknown as 1 },
      'category',
      'category must be 1 or 2',
    ],
    [england('closing-order' as NoticeType, '2026-03-02'), 'notice', 'notice must be one of improvement-notice'],
    [england('toString' as NoticeType, '2026-03-02'), 'notice', 'got "toString"'],
    [{ ...england('improvement-notice', '2026-03-02'), nation: 'scotland' as 'england' }, 'nation', 'england or wales'],
    [
      { ...england('improvement-notice', '2026-03-02'), nation: 'constructor' as 'england' },
      'nation',
      'england or wales',
    ],
    [england('improvement-notice', '2026-02-30'), 'date', 'date must be a calendar date'],
  ];
  for (const [input, field, message] of refused) {
    it(`refuses ${JSON.stringify(input)}, naming ${field}`, () => {
      expect(() => noticeTimeline(input))
        .to.throw(HhsrsInputError, message)
        .with.property('field', field);
    });
  }
});
