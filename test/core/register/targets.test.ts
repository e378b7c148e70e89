import { expect } from '@open-wc/testing';
import {
  awaabsFor,
  CHECKLIST_POLICY_DEFAULTS,
  describePolicy,
  proposeTargetDate,
  type TargetInput,
} from '../../../src/core/register/index.ts';

const policy = CHECKLIST_POLICY_DEFAULTS;
const base: TargetInput = {
  hazardId: 'damp-and-mould-growth',
  nation: 'england',
  landlordType: 'private',
  awaabs: null,
  category: 1,
  foundOn: '2026-03-02',
};

describe('proposeTargetDate', () => {
  const rows: [string, Partial<TargetInput>, string | null, string][] = [
    // Provider policy defaults (FACTS.md §6): Category 1 within 28 days, Category 2 within 90.
    ['Category 1, policy 28 days', {}, '2026-03-30', 'policy'],
    ['Category 2, policy 90 days', { category: 2 }, '2026-05-31', 'policy'],
    // Awaab's Law (FACTS.md §4): significant damp — investigate in 10 working days (Mon 2 → Mon 16 March),
    // make safe 5 working days after that (Mon 23 March), sooner than the 28-day policy.
    [
      'social landlord in England, significant damp',
      { landlordType: 'social', awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' } },
      '2026-03-23',
      'awaabs',
    ],
    // Emergency: investigate and make safe within 24 hours.
    [
      'emergency fire hazard',
      { hazardId: 'fire', landlordType: 'social', awaabs: { riskLevel: 'emergency', awareAt: '2026-03-02T16:30' } },
      '2026-03-03',
      'awaabs',
    ],
    // Awaab's Law binds social landlords in England only.
    [
      'private landlord: policy only',
      { awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' } },
      '2026-03-30',
      'policy',
    ],
    [
      'Wales: policy only',
      { nation: 'wales', landlordType: 'social', awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' } },
      '2026-03-30',
      'policy',
    ],
    // A resident's report not yet scored: Awaab's Law still gives a date; without it there is none.
    [
      'unassessed emergency report',
      {
        category: null,
        hazardId: 'electrical-hazards',
        landlordType: 'social',
        awaabs: { riskLevel: 'emergency', awareAt: '2026-03-02T09:00' },
      },
      '2026-03-03',
      'awaabs',
    ],
    ['unassessed report, no Awaab’s Law', { category: null }, null, 'none'],
  ];
  for (const [name, change, date, basis] of rows) {
    it(`proposes ${date ?? 'no date'} for ${name}`, () => {
      const proposal = proposeTargetDate({ ...base, ...change }, policy);
      expect([proposal.date, proposal.basis]).to.deep.equal([date, basis]);
    });
  }

  it('shows the sum behind the date', () => {
    expect(proposeTargetDate(base, policy).formula).to.equal('found 2026-03-02 + 28 days (Category 1 policy)');
    const awaabs = proposeTargetDate(
      { ...base, landlordType: 'social', awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' } },
      policy,
    );
    expect(awaabs.formula).to.equal('Awaab’s Law, make safe: investigation due 2026-03-16 + 5 working days');
  });

  it('keeps the policy date when it is sooner than Awaab’s Law (a short provider policy)', () => {
    const strict = { ...policy, category1RemedialDays: 3 };
    const proposal = proposeTargetDate(
      { ...base, landlordType: 'social', awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' } },
      strict,
    );
    expect([proposal.date, proposal.basis, proposal.awaabs.applies]).to.deep.equal(['2026-03-05', 'policy', true]);
  });
});

describe('awaabsFor', () => {
  const social = { ...base, landlordType: 'social' as const };
  it('is off when the provider switches it off', () => {
    const result = awaabsFor(
      { ...social, awaabs: { riskLevel: 'emergency', awareAt: '2026-03-02T09:00' } },
      { ...policy, applyAwaabsLaw: false },
    );
    expect(result).to.deep.equal({
      applies: false,
      reason: 'Awaab’s Law timescales are switched off in the policy settings.',
    });
  });

  it('needs the landlord’s own classification of the risk', () => {
    expect(awaabsFor(social, policy).applies).to.equal(false);
  });

  it('does not apply to crowding and space, even as an emergency (FACTS.md §4)', () => {
    const result = awaabsFor(
      { ...social, hazardId: 'crowding-and-space', awaabs: { riskLevel: 'emergency', awareAt: '2026-03-02T09:00' } },
      policy,
    );
    expect(result.applies).to.equal(false);
  });

  it('runs later dates from the day the investigation actually ended', () => {
    const result = awaabsFor(
      {
        ...social,
        investigationEndedOn: '2026-03-05',
        awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' },
      },
      policy,
    );
    expect(result.applies && [result.investigateBy, result.makeSafeBy]).to.deep.equal(['2026-03-16', '2026-03-12']);
  });

  it('counts from the day a posted letter would arrive, and from the moment the landlord was told otherwise', () => {
    const letter = (postClass?: 'first' | 'second') =>
      awaabsFor(
        {
          ...social,
          foundOn: '2026-03-06',
          awaabs: {
            riskLevel: 'significant',
            awareAt: '2026-02-27T17:00',
            how: 'letter',
            ...(postClass ? { postClass } : {}),
          },
        },
        policy,
      );
    // Posted first class on Friday 27 February 2026: arrives on the second working day, Tuesday 3 March
    // (Interpretation Act 1978 s.7); 10 working days from then is Tuesday 17 March, not 13 March from posting.
    const first = letter('first');
    expect(first.applies && [first.start.awareAt, first.investigateBy]).to.deep.equal([
      '2026-03-03T00:00',
      '2026-03-17',
    ]);
    expect(first.applies && first.start.rule).to.contain('treated as arriving on 2026-03-03');
    expect(first.applies && first.start.checkLocally).to.equal(true);
    // Class not known: second class, the fourth working day, Thursday 5 March; + 10 working days = 19 March.
    const unknown = letter();
    expect(unknown.applies && [unknown.start.awareAt, unknown.investigateBy]).to.deep.equal([
      '2026-03-05T00:00',
      '2026-03-19',
    ]);
    const phoned = awaabsFor(
      { ...social, awaabs: { riskLevel: 'significant', awareAt: '2026-02-27T17:00', how: 'repair-report' } },
      policy,
    );
    expect(phoned.applies && phoned.start).to.deep.equal({
      awareAt: '2026-02-27T17:00',
      rule: 'told by repair report at 2026-02-27T17:00',
      checkLocally: false,
    });
    const unrecorded = awaabsFor(
      { ...social, awaabs: { riskLevel: 'significant', awareAt: '2026-02-27T17:00' } },
      policy,
    );
    expect(unrecorded.applies && unrecorded.start.rule).to.equal('aware at 2026-02-27T17:00');
  });

  it('does not count from a letter posted after the hazard was found: the landlord knew before it', () => {
    const result = awaabsFor(
      {
        ...social,
        foundOn: '2026-03-02',
        awaabs: { riskLevel: 'significant', awareAt: '2026-03-04T09:00', how: 'letter' },
      },
      policy,
    );
    expect(result.applies).to.equal(false);
    expect(result.reason).to.contain('date must be on or before 2026-03-02');
  });

  it('says why, instead of failing, when a date is past the bank-holiday data', () => {
    const result = awaabsFor({ ...social, awaabs: { riskLevel: 'significant', awareAt: '2030-12-24T09:00' } }, policy);
    expect(result.applies).to.equal(false);
    expect(result.reason).to.match(/^Awaab’s Law dates cannot be worked out: .*bank holidays/);
  });
});

describe('describePolicy', () => {
  it('states every setting, so a printed report says what it measured against', () => {
    expect(describePolicy(policy)).to.deep.equal([
      'An HHSRS assessment is current for 12 months after the inspection.',
      'Category 1 hazards: remedial action completed within 28 days of the hazard being found.',
      'Category 2 hazards: remedial action completed within 90 days of the hazard being found.',
      'Reports from residents or key workers: passed on for assessment within 7 days.',
      'Reporting period: the 3 months up to the report date.',
      'Awaab’s Law timescales apply to social landlords in England where the hazard is in scope (Landlord and Tenant Act 1985 s.10A (inserted by the Social Housing (Regulation) Act 2023); Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025 (SI 2025/1042); check locally).',
      'These are the provider’s own settings; only the Awaab’s Law timescales come from law.',
    ]);
    expect(describePolicy({ ...policy, applyAwaabsLaw: false })[5]).to.equal(
      'Awaab’s Law timescales are not applied (provider setting).',
    );
  });
});
