import { expect } from '@open-wc/testing';
import { AWAABS_LAW, awaabsLawDueDates, type AwaabsDueDates } from '../../src/core/awaabs-law.ts';
import { HhsrsInputError } from '../../src/core/errors.ts';

const dueById = (result: AwaabsDueDates): Record<string, string> =>
  Object.fromEntries(result.dueDates.map((row) => [row.id, row.due]));

describe('Awaab’s Law timescales table', () => {
  it('keeps the timescales in one dated, check-locally table for England from 27 October 2025', () => {
    expect(AWAABS_LAW.nation).to.equal('england');
    expect(AWAABS_LAW.inForceFrom).to.equal('2025-10-27');
    expect(AWAABS_LAW.checkLocally).to.equal(true);
    expect(AWAABS_LAW.legislation).to.contain('SI 2025/1042');
    const t = AWAABS_LAW.timescales;
    // FACTS.md §4: 24 hours; 10, 3 and 5 working days; 12 weeks.
    expect([
      t['emergency-investigate-and-make-safe'].amount,
      t['emergency-investigate-and-make-safe'].unit,
    ]).to.deep.equal([24, 'hours']);
    expect(t['significant-investigate'].amount).to.equal(10);
    expect(t['significant-written-summary'].amount).to.equal(3);
    expect(t['significant-make-safe'].amount).to.equal(5);
    expect([
      t['significant-preventative-works-start-latest'].amount,
      t['significant-preventative-works-start-latest'].unit,
    ]).to.deep.equal([12, 'weeks']);
  });
});

describe('awaabsLawDueDates', () => {
  it('gives an emergency hazard 24 hours from awareness to investigate and make safe', () => {
    const result = awaabsLawDueDates({ riskLevel: 'emergency', awareAt: '2025-10-27T14:30' });
    expect(result.dueDates).to.deep.equal([
      {
        id: 'emergency-investigate-and-make-safe',
        requirement: 'Investigate and make safe',
        due: '2025-10-28T14:30:00+00:00',
        formula: 'aware at 2025-10-27T14:30:00+00:00 + 24 hours',
      },
    ]);
    expect(result.awareOn).to.equal('2025-10-27');
    expect(result.usesProjectedBankHolidays).to.equal(false);
    expect(result.checkLocally).to.equal(true);
  });

  it('says which points the sources leave unsettled (FACTS §4), beside the dates they touch, never as settled law', () => {
    const emergency = awaabsLawDueDates({ riskLevel: 'emergency', awareAt: '2025-10-27T14:30' });
    expect(emergency.unsettled).to.have.length(1);
    expect(emergency.unsettled[0]).to.contain('from the end of the emergency investigation: sources differ');
    const significant = awaabsLawDueDates({
      riskLevel: 'significant',
      awareAt: '2025-11-03T09:00',
      investigationEndedOn: '2025-11-10',
    });
    // The make-safe clock is not in doubt for a significant hazard; when further works must begin is.
    expect(significant.unsettled).to.have.length(1);
    expect(significant.unsettled[0]).to.contain('within 5 working days of the investigation');
    expect(significant.unsettled[0]).to.contain('12 weeks the outer limit');
  });

  const elapsed: [awareAt: string, due: string, why: string][] = [
    [
      '2026-10-24T12:00',
      '2026-10-25T11:00:00+00:00',
      '24 elapsed hours across the end of BST show an hour earlier on the clock',
    ],
    ['2026-03-28T12:00', '2026-03-29T13:00:00+01:00', '24 elapsed hours across the start of BST show an hour later'],
    ['2025-12-24T18:00', '2025-12-25T18:00:00+00:00', 'hours run through bank holidays'],
    ['2031-06-01T10:00', '2031-06-02T10:00:00+01:00', 'an hours clock needs no bank-holiday data'],
  ];
  for (const [awareAt, due, why] of elapsed) {
    it(`counts emergency hours as elapsed time: ${awareAt} → ${due} (${why})`, () => {
      expect(awaabsLawDueDates({ riskLevel: 'emergency', awareAt }).dueDates[0]?.due).to.equal(due);
    });
  }

  it('runs significant-hazard clocks from the investigation’s due date until it has ended, over Christmas', () => {
    // Aware Friday 19 December 2025: 10 working days skip 25, 26 December and 1 January.
    const result = awaabsLawDueDates({ riskLevel: 'significant', awareAt: '2025-12-19T16:00' });
    expect(dueById(result)).to.deep.equal({
      'significant-investigate': '2026-01-07',
      'significant-written-summary': '2026-01-12',
      'significant-make-safe': '2026-01-14',
      'significant-preventative-works-start': '2026-01-14',
      'significant-preventative-works-start-latest': '2026-04-01',
    });
    expect(result.dueDates[0]?.formula).to.equal('aware on 2025-12-19 + 10 working days');
    expect(result.dueDates[1]?.formula).to.equal('investigation due 2026-01-07 + 3 working days');
    expect(result.dueDates[4]?.formula).to.equal('investigation due 2026-01-07 + 12 weeks (84 days)');
  });

  it('runs them from the day the investigation ended, skipping Good Friday and Easter Monday', () => {
    const result = awaabsLawDueDates({
      riskLevel: 'significant',
      awareAt: '2026-03-20T10:00',
      investigationEndedOn: '2026-03-31',
    });
    expect(dueById(result)).to.deep.equal({
      'significant-investigate': '2026-04-07',
      'significant-written-summary': '2026-04-07',
      'significant-make-safe': '2026-04-09',
      'significant-preventative-works-start': '2026-04-09',
      'significant-preventative-works-start-latest': '2026-06-23',
    });
    expect(result.dueDates[2]?.formula).to.equal('investigation ended 2026-03-31 + 5 working days');
  });

  it('takes the UK date of awareness: 23:30 UTC on 30 June is 1 July in summer', () => {
    expect(awaabsLawDueDates({ riskLevel: 'significant', awareAt: '2026-06-30T23:30Z' }).awareOn).to.equal(
      '2026-07-01',
    );
  });

  it('flags working-day dates that rely on projected bank holidays (after 2026)', () => {
    const result = awaabsLawDueDates({ riskLevel: 'significant', awareAt: '2026-12-21T10:00' });
    expect(result.dueDates[0]?.due).to.equal('2027-01-07');
    expect(result.usesProjectedBankHolidays).to.equal(true);
  });

  it('does not flag a 12-week date in 2027 when the working-day dates are in 2026', () => {
    const result = awaabsLawDueDates({
      riskLevel: 'significant',
      awareAt: '2026-10-26T09:00',
      investigationEndedOn: '2026-11-02',
    });
    expect(dueById(result)['significant-preventative-works-start-latest']).to.equal('2027-01-25');
    expect(result.usesProjectedBankHolidays).to.equal(false);
  });

  const refused: [input: Parameters<typeof awaabsLawDueDates>[0], field: string, message: string][] = [
    [{ riskLevel: 'urgent' as 'emergency', awareAt: '2025-10-27T10:00' }, 'riskLevel', 'emergency or significant'],
    [{ riskLevel: 'emergency', awareAt: '2025-10-26T23:59' }, 'awareAt', 'on or after 2025-10-27'],
    [{ riskLevel: 'emergency', awareAt: '27/10/2025 10:00' }, 'awareAt', 'YYYY-MM-DDTHH:MM'],
    [{ riskLevel: 'significant', awareAt: '2030-12-20T09:00' }, 'awareAt', 'known for 2020–2030 only'],
    // 13 December 2030 + 10 working days is 31 December 2030; the summary would fall in 2031.
    [{ riskLevel: 'significant', awareAt: '2030-12-13T09:00' }, 'awareAt', 'after 2030-12-31'],
    [
      { riskLevel: 'significant', awareAt: '2030-12-13T09:00', investigationEndedOn: '2031-01-06' },
      'investigationEndedOn',
      'known for 2020–2030 only',
    ],
    [
      { riskLevel: 'significant', awareAt: '2026-03-20T10:00', investigationEndedOn: '2026-03-19' },
      'investigationEndedOn',
      'not be before the awareness date 2026-03-20',
    ],
    [
      { riskLevel: 'significant', awareAt: '2026-03-20T10:00', investigationEndedOn: '2026-3-31' },
      'investigationEndedOn',
      'YYYY-MM-DD',
    ],
  ];
  for (const [input, field, message] of refused) {
    it(`refuses ${JSON.stringify(input)}, naming ${field}`, () => {
      expect(() => awaabsLawDueDates(input))
        .to.throw(HhsrsInputError, message)
        .with.property('field', field);
    });
  }
});
