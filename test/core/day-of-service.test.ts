import { expect } from '@open-wc/testing';
import { dayOfService, type DayOfServiceInput } from '../../src/core/day-of-service.ts';
import { HhsrsInputError } from '../../src/core/errors.ts';

describe('dayOfService', () => {
  // 2026-03-02 is a Monday; 2026-03-06 a Friday.
  const rows: [input: DayOfServiceInput, servedOn: string, why: string][] = [
    [
      { method: 'by-hand', sentOn: '2026-03-06' },
      '2026-03-06',
      'by hand: served the day it is left (Interpretation Act 1978 s.7)',
    ],
    [{ method: 'by-hand', sentOn: '2026-03-07' }, '2026-03-07', 'by hand on a Saturday is still served that day'],
    [
      { method: 'first-class-post', sentOn: '2026-03-02' },
      '2026-03-04',
      'first class: second working day (PD [1985] 1 WLR 489)',
    ],
    [{ method: 'first-class-post', sentOn: '2026-03-06' }, '2026-03-10', 'first class on a Friday skips the weekend'],
    [
      { method: 'first-class-post', sentOn: '2026-04-02' },
      '2026-04-08',
      'first class over Good Friday and Easter Monday 2026',
    ],
    [
      { method: 'second-class-post', sentOn: '2026-03-02' },
      '2026-03-06',
      'second class: fourth working day (PD [1985] 1 WLR 489)',
    ],
    [
      { method: 'second-class-post', sentOn: '2025-12-24' },
      '2026-01-02',
      'second class over Christmas and New Year’s Day',
    ],
    [
      { method: 'email', sentOn: '2026-03-06', sentAt: '16:29' },
      '2026-03-06',
      'email before 4.30pm on a working day: that day (CPR 6.26)',
    ],
    [
      { method: 'email', sentOn: '2026-03-06', sentAt: '16:30' },
      '2026-03-09',
      'email at 4.30pm or later: next working day (CPR 6.26)',
    ],
    [
      { method: 'email', sentOn: '2026-03-07', sentAt: '09:00' },
      '2026-03-09',
      'email on a Saturday: next working day (CPR 6.26)',
    ],
    [
      { method: 'email', sentOn: '2026-04-03', sentAt: '09:00' },
      '2026-04-07',
      'email on Good Friday: next working day after Easter Monday',
    ],
  ];
  for (const [input, servedOn, why] of rows) {
    const at = input.sentAt ? ` at ${input.sentAt}` : '';
    it(`${input.method} sent ${input.sentOn}${at} is served ${servedOn}: ${why}`, () => {
      const service = dayOfService(input);
      expect(service.servedOn).to.equal(servedOn);
      expect(service.rule).to.contain(`served ${servedOn}`);
    });
  }

  it('marks the post and email rules as conventions to check locally, and by hand as not', () => {
    expect(dayOfService({ method: 'by-hand', sentOn: '2026-03-02' }).convention).to.equal(false);
    const post = dayOfService({ method: 'first-class-post', sentOn: '2026-03-02' });
    expect(post.convention).to.equal(true);
    expect(post.source).to.contain('Interpretation Act 1978 s.7').and.to.contain('check locally');
    expect(post.rule).to.contain('second working day after posting');
    expect(dayOfService({ method: 'email', sentOn: '2026-03-02', sentAt: '10:00' }).source).to.contain('CPR 6.26');
  });

  const errors: [input: DayOfServiceInput, field: string][] = [
    [{ method: 'pigeon' as never, sentOn: '2026-03-02' }, 'method'],
    [{ method: 'toString' as never, sentOn: '2026-03-02' }, 'method'],
    [{ method: 'by-hand', sentOn: '2026-02-30' }, 'sentOn'],
    [{ method: 'first-class-post', sentOn: '2030-12-31' }, 'sentOn'],
    [{ method: 'email', sentOn: '2019-06-03', sentAt: '10:00' }, 'sentOn'],
    [{ method: 'email', sentOn: '2026-03-02' }, 'sentAt'],
    [{ method: 'email', sentOn: '2026-03-02', sentAt: '4.30pm' }, 'sentAt'],
  ];
  for (const [input, field] of errors) {
    it(`refuses ${JSON.stringify(input)}, naming ${field}`, () => {
      expect(() => dayOfService(input))
        .to.throw(HhsrsInputError)
        .with.property('field', field);
    });
  }
});
