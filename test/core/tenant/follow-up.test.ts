import { expect } from '@open-wc/testing';
import { awarenessStart, HhsrsInputError } from '../../../src/core/index.ts';
import { followUp, type FollowUpInput, type IndicativeResult } from '../../../src/core/tenant/index.ts';

const result = (
  topic: IndicativeResult['topic'],
  seriousness: IndicativeResult['seriousness'],
  hazards: number[],
  emergencies: IndicativeResult['emergencies'] = [],
): IndicativeResult => ({
  topic,
  seriousness,
  hazards,
  emergencies,
  atRisk: [],
});
const damp = result('damp-and-mould', 'serious', [1]);
const noHeat = result('cold', 'urgent', [2], ['no-heat-vulnerable']);
const stairRail = result('falls', 'moderate', [21]);
// Monday 23 November 2026.
const today = '2026-11-23';
const input = (patch: Partial<FollowUpInput>): FollowUpInput => ({
  nation: 'england',
  landlord: 'private',
  results: [stairRail],
  sentOn: today,
  today,
  ...patch,
});

function thrown(run: () => unknown): HhsrsInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof HhsrsInputError) return error;
  }
  throw new Error('expected an HhsrsInputError');
}

describe('followUp — after the letter is sent', () => {
  it('sends a private tenant to the council once the 14 days have passed (sent 15 days ago)', () => {
    // Sunday 8 Nov 2026 + 14 days = Sunday 22 Nov, the last day asked for; 23 Nov is after it.
    expect(followUp(input({ sentOn: '2026-11-08' }))).to.deep.equal({
      status: 'overdue',
      dueOn: '2026-11-22',
      problems: [
        {
          topic: 'falls',
          basis: 'reasonable-time',
          dueOn: '2026-11-22',
          overdue: true,
          from: '2026-11-08',
          atLatest: false,
        },
      ],
      steps: [{ kind: 'contact-council' }],
      awaabsLaw: [],
    });
  });

  it('still waits on the 14th day itself: the letter asked for the repair "by" that date', () => {
    const waiting = followUp(input({ sentOn: '2026-11-09' }));
    expect(waiting).to.deep.include({ status: 'waiting', dueOn: '2026-11-23' });
    expect(waiting.problems[0]?.overdue).to.equal(false);
  });

  it('gives a social tenant in England the Awaab’s Law dates for damp, counted from the day the letter was sent', () => {
    // FACTS.md §4. Sent Mon 23 Nov 2026: investigate within 10 working days → Mon 7 Dec; then, from the end
    // of the investigation at the latest: summary + 3 working days → Thu 10 Dec; make safe + 5 → Mon 14 Dec;
    // further works + 12 weeks (84 days) → Mon 1 Mar 2027.
    expect(followUp(input({ landlord: 'council', results: [damp] }))).to.deep.equal({
      status: 'waiting',
      dueOn: '2026-12-07',
      problems: [
        {
          topic: 'damp-and-mould',
          basis: 'awaabs-law-significant',
          dueOn: '2026-12-07',
          overdue: false,
          from: today,
          atLatest: false,
        },
      ],
      steps: [{ kind: 'complain-to-landlord' }, { kind: 'ombudsman', ombudsman: 'housing-ombudsman' }],
      awaabsLaw: [
        {
          topic: 'damp-and-mould',
          riskLevel: 'significant',
          investigateBy: '2026-12-07',
          summaryBy: '2026-12-10',
          makeSafeBy: '2026-12-14',
          worksStartBy: '2027-03-01',
        },
      ],
    });
  });

  it('counts the Awaab’s Law dates from a phone call before the letter, so they are overdue sooner', () => {
    // FACTS.md §4: the clocks start when the landlord first knew. Phoned Thu 3 Sep 2026, letter sent Mon 23 Nov:
    // investigate by Thu 17 Sep (10 working days), summary + 3 → Tue 22 Sep, make safe + 5 → Thu 24 Sep,
    // further works + 12 weeks → Thu 10 Dec 2026.
    const awareness = awarenessStart({ how: 'phone', date: '2026-09-03', latestOn: today });
    const outcome = followUp(input({ landlord: 'council', results: [damp], awareness }));
    expect(outcome).to.deep.include({ status: 'overdue', dueOn: '2026-09-17' });
    expect(outcome.problems[0]).to.deep.include({ from: '2026-09-03', overdue: true });
    expect(outcome.awaabsLaw).to.deep.equal([
      {
        topic: 'damp-and-mould',
        riskLevel: 'significant',
        investigateBy: '2026-09-17',
        summaryBy: '2026-09-22',
        makeSafeBy: '2026-09-24',
        worksStartBy: '2026-12-10',
      },
    ]);
  });

  it('counts an emergency’s 24 hours to the next day; other problems keep their 14 days', () => {
    // Housing association, England, no heating for someone of 70 (emergency) and a stair rail; sent Fri 20 Nov.
    const outcome = followUp(
      input({ landlord: 'housing-association', results: [noHeat, stairRail], sentOn: '2026-11-20' }),
    );
    expect(outcome.status).to.equal('overdue');
    expect(outcome.dueOn).to.equal('2026-11-21');
    expect(outcome.problems).to.deep.equal([
      {
        topic: 'cold',
        basis: 'awaabs-law-emergency',
        dueOn: '2026-11-21',
        overdue: true,
        from: '2026-11-20',
        atLatest: false,
      },
      {
        topic: 'falls',
        basis: 'reasonable-time',
        dueOn: '2026-12-04',
        overdue: false,
        from: '2026-11-20',
        atLatest: false,
      },
    ]);
    expect(outcome.awaabsLaw).to.deep.equal([{ topic: 'cold', riskLevel: 'emergency', makeSafeBy: '2026-11-21' }]);
    // A housing association tenant can also ask the council to inspect.
    expect(outcome.steps.map((step) => step.kind)).to.deep.equal([
      'complain-to-landlord',
      'ombudsman',
      'contact-council',
    ]);
  });

  it('asks a private landlord for 24 hours in an emergency too, without Awaab’s Law dates', () => {
    const outcome = followUp(input({ results: [noHeat], sentOn: '2026-11-22' }));
    expect(outcome.problems).to.deep.equal([
      { topic: 'cold', basis: 'urgent', dueOn: '2026-11-23', overdue: false, from: '2026-11-22', atLatest: false },
    ]);
    expect(outcome.awaabsLaw).to.deep.equal([]);
  });

  it('sends a council tenant in Wales to the complaints process and the Public Services Ombudsman for Wales, not the council', () => {
    const outcome = followUp(input({ nation: 'wales', landlord: 'council', results: [damp], sentOn: '2026-11-01' }));
    expect(outcome).to.deep.include({ status: 'overdue', dueOn: '2026-11-15', awaabsLaw: [] });
    expect(outcome.steps).to.deep.equal([
      { kind: 'complain-to-landlord' },
      { kind: 'ombudsman', ombudsman: 'public-services-ombudsman-for-wales' },
    ]);
  });

  it('helps a tenant who is not sure who the landlord is to find out, then points to the council', () => {
    expect(followUp(input({ landlord: 'not-sure', sentOn: '2026-11-01' })).steps).to.deep.equal([
      { kind: 'find-out-landlord-type' },
      { kind: 'contact-council' },
    ]);
  });

  it('gives no date to wait for where the working days run past the bank-holiday data (2020–2030)', () => {
    // Fri 20 Dec 2030 + 10 working days falls in 2031.
    const outcome = followUp(
      input({ landlord: 'council', results: [damp], sentOn: '2030-12-20', today: '2031-02-01' }),
    );
    expect(outcome).to.deep.include({ status: 'waiting', dueOn: null, awaabsLaw: [] });
    expect(outcome.problems[0]).to.deep.include({
      topic: 'damp-and-mould',
      basis: 'awaabs-law-significant',
      dueOn: null,
      overdue: false,
    });
  });

  it('keeps the investigation date when only the later Awaab’s Law dates run past the data', () => {
    // Thu 12 Dec 2030 + 10 working days (25 and 26 December are bank holidays) = Mon 30 Dec 2030; + 3 is in 2031.
    const outcome = followUp(
      input({ landlord: 'council', results: [damp], sentOn: '2030-12-12', today: '2030-12-20' }),
    );
    expect(outcome.problems[0]?.dueOn).to.equal('2030-12-30');
    expect(outcome.awaabsLaw).to.deep.equal([]);
  });

  it('refuses a sent date after today, or a malformed date', () => {
    expect(thrown(() => followUp(input({ sentOn: '2026-11-24' }))).field).to.equal('sentOn');
    expect(thrown(() => followUp(input({ sentOn: '24/11/2026' }))).field).to.equal('sentOn');
    expect(thrown(() => followUp(input({ today: '2026-13-01' }))).field).to.equal('today');
  });
});
