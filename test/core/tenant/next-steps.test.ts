import { expect } from '@open-wc/testing';
import { awarenessStart, HhsrsInputError } from '../../../src/core/index.ts';
import {
  GAS_EMERGENCY_NUMBERS,
  letterTerms,
  nextSteps,
  REASONABLE_TIME_DAYS,
  type IndicativeResult,
  type NextStep,
} from '../../../src/core/tenant/index.ts';

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
const gas = result('gas', 'urgent', [9, 27], ['gas']);
const fire = result('fire', 'urgent', [24], ['fire']);
const crowding = result('crowding', 'moderate', [11]);
// Monday 23 November 2026.
const today = '2026-11-23';
const kinds = (steps: NextStep[]) => steps.map((step) => step.kind);

describe('letterTerms — what the letter asks, by when', () => {
  it('asks a council in England to investigate damp within 10 working days (Awaab’s Law, FACTS.md §4)', () => {
    // 23 Nov 2026 (Mon) + 10 working days, no bank holidays between: Monday 7 December 2026.
    expect(letterTerms({ nation: 'england', landlord: 'council', results: [damp], today })).to.deep.equal([
      {
        topic: 'damp-and-mould',
        basis: 'awaabs-law-significant',
        amount: 10,
        unit: 'working days',
        due: '2026-12-07',
        from: today,
        atLatest: false,
      },
    ]);
  });

  it('counts Awaab’s Law from a phone call three months before the letter, not from the letter (FACTS.md §4)', () => {
    // Issue #18: told by phone on Thursday 3 September 2026, letter Monday 7 December 2026. From the letter the
    // investigation would be due 21 December; from the call it was due Thursday 17 September (10 working days).
    const awareness = awarenessStart({ how: 'phone', date: '2026-09-03', latestOn: '2026-12-07' });
    const [term] = letterTerms({
      nation: 'england',
      landlord: 'council',
      results: [damp],
      today: '2026-12-07',
      awareness,
    });
    expect(term).to.deep.include({ due: '2026-09-17', from: '2026-09-03', atLatest: false });
    const [unaware] = letterTerms({ nation: 'england', landlord: 'council', results: [damp], today: '2026-12-07' });
    expect(unaware?.due).to.equal('2026-12-21');
  });

  it('marks the dates "at the latest" when the day the landlord was told is not known', () => {
    const awareness = awarenessStart({ how: 'phone', date: null, latestOn: today });
    const [term] = letterTerms({ nation: 'england', landlord: 'council', results: [damp], today, awareness });
    expect(term).to.deep.include({ due: '2026-12-07', from: today, atLatest: true });
  });

  it('keeps a request that is not Awaab’s Law counted from the letter, whenever the landlord was told', () => {
    const awareness = awarenessStart({ how: 'phone', date: '2026-09-03', latestOn: today });
    const [term] = letterTerms({ nation: 'england', landlord: 'private', results: [damp], today, awareness });
    expect(term).to.deep.include({ basis: 'reasonable-time', from: today, due: '2026-12-07' });
  });

  it('skips Christmas, Boxing Day (substitute Monday 28th) and New Year’s Day when counting working days', () => {
    // Fri 18 Dec 2026: 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6 Jan → Wednesday 6 January 2027.
    const [term] = letterTerms({
      nation: 'england',
      landlord: 'housing-association',
      results: [damp],
      today: '2026-12-18',
    });
    expect(term?.due).to.equal('2027-01-06');
  });

  it('gives the number of working days without a date once the bank-holiday data runs out', () => {
    const [term] = letterTerms({ nation: 'england', landlord: 'council', results: [damp], today: '2030-12-27' });
    expect(term).to.deep.include({ basis: 'awaabs-law-significant', amount: 10, due: null });
  });

  it('asks a social landlord in England to make an emergency safe within 24 hours (any hazard but crowding, phase 1)', () => {
    expect(letterTerms({ nation: 'england', landlord: 'council', results: [noHeat], today })[0]).to.deep.equal({
      topic: 'cold',
      basis: 'awaabs-law-emergency',
      amount: 24,
      unit: 'hours',
      due: null,
      from: today,
      atLatest: false,
    });
  });

  it('asks a private landlord for 24 hours in an emergency, as a request rather than a legal deadline', () => {
    expect(letterTerms({ nation: 'england', landlord: 'private', results: [noHeat], today })[0]?.basis).to.equal(
      'urgent',
    );
  });

  it('asks for a reasonable time, 14 days, when Awaab’s Law does not cover the problem', () => {
    const rows: {
      landlord: 'council' | 'private' | 'not-sure';
      nation: 'england' | 'wales';
      results: IndicativeResult[];
      why: string;
    }[] = [
      {
        landlord: 'private',
        nation: 'england',
        results: [damp],
        why: 'private landlord: Awaab’s Law binds social landlords only',
      },
      { landlord: 'council', nation: 'wales', results: [damp], why: 'Wales: Awaab’s Law is England only' },
      {
        landlord: 'council',
        nation: 'england',
        results: [stairRail],
        why: 'falls are planned for phase 2 (2026), not in force in the data',
      },
      { landlord: 'not-sure', nation: 'england', results: [damp], why: 'not known to be social' },
    ];
    for (const row of rows) {
      const [term] = letterTerms({ ...row, today });
      // 23 Nov 2026 + 14 calendar days = 7 Dec 2026.
      expect(term, row.why).to.deep.equal({
        topic: row.results[0]!.topic,
        basis: 'reasonable-time',
        amount: REASONABLE_TIME_DAYS,
        unit: 'days',
        due: '2026-12-07',
        from: today,
        atLatest: false,
      });
    }
  });

  it('does not apply Awaab’s Law to a report made before it came into force on 27 October 2025', () => {
    expect(
      letterTerms({ nation: 'england', landlord: 'council', results: [damp], today: '2025-10-26' })[0]?.basis,
    ).to.equal('reasonable-time');
  });

  it('refuses a malformed date', () => {
    let error: unknown;
    try {
      letterTerms({ nation: 'england', landlord: 'council', results: [damp], today: '23/11/2026' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(HhsrsInputError);
    expect((error as HhsrsInputError).field).to.equal('today');
  });
});

describe('nextSteps — emergencies first, then the right route', () => {
  it('damp flat, toddler, council tenant in England: letter with Awaab’s Law, then complaints and the Housing Ombudsman', () => {
    const steps = nextSteps({ nation: 'england', landlord: 'council', told: 'no', results: [damp], today });
    expect(kinds(steps)).to.deep.equal([
      'write-to-landlord',
      'awaabs-law',
      'keep-records',
      'complain-to-landlord',
      'ombudsman',
    ]);
    expect(steps[1]).to.deep.equal({ kind: 'awaabs-law', covered: ['damp-and-mould'], notCovered: [] });
    expect(steps[4]).to.deep.equal({ kind: 'ombudsman', ombudsman: 'housing-ombudsman' });
  });

  it('no heating for a 70-year-old housing association tenant: call the emergency line first; the council can also help', () => {
    const steps = nextSteps({
      nation: 'england',
      landlord: 'housing-association',
      told: 'no',
      results: [noHeat, stairRail],
      today,
    });
    expect(steps[0]).to.deep.equal({ kind: 'emergency', emergency: 'no-heat-vulnerable', phone: null });
    expect(kinds(steps)).to.deep.equal([
      'emergency',
      'write-to-landlord',
      'awaabs-law',
      'keep-records',
      'complain-to-landlord',
      'ombudsman',
      'contact-council',
    ]);
    expect(steps[2]).to.deep.equal({ kind: 'awaabs-law', covered: ['cold'], notCovered: ['falls'] });
    expect(steps[6]).to.deep.equal({ kind: 'contact-council', now: false, after: '2026-12-07' });
  });

  it('broken stair rail in a private let: write first, then the council after the 14 days (seeds 003/004)', () => {
    const steps = nextSteps({ nation: 'england', landlord: 'private', told: 'no', results: [stairRail], today });
    expect(kinds(steps)).to.deep.equal([
      'write-to-landlord',
      'awaabs-law-social-only',
      'keep-records',
      'contact-council',
    ]);
    expect(steps.at(-1)).to.deep.equal({ kind: 'contact-council', now: false, after: '2026-12-07' });
  });

  it('sends a private tenant who already wrote to the landlord straight to the council', () => {
    const steps = nextSteps({
      nation: 'england',
      landlord: 'private',
      told: 'in-writing',
      results: [stairRail],
      today,
    });
    expect(steps[0]?.kind).to.equal('already-told');
    expect(steps.at(-1)).to.deep.equal({ kind: 'contact-council', now: true, after: '2026-12-07' });
  });

  it('gives no date to wait for when every request is for 24 hours', () => {
    const steps = nextSteps({ nation: 'england', landlord: 'private', told: 'no', results: [gas], today });
    expect(steps.at(-1)).to.deep.equal({ kind: 'contact-council', now: false, after: null });
  });

  it('tells a tenant in Wales that Awaab’s Law does not apply there, and names the Welsh ombudsman', () => {
    const steps = nextSteps({ nation: 'wales', landlord: 'council', told: 'not-in-writing', results: [damp], today });
    expect(kinds(steps)).to.deep.equal([
      'write-to-landlord',
      'no-awaabs-law-in-wales',
      'keep-records',
      'complain-to-landlord',
      'ombudsman',
    ]);
    expect(steps.at(-1)).to.deep.equal({ kind: 'ombudsman', ombudsman: 'public-services-ombudsman-for-wales' });
  });

  it('helps a tenant who is not sure who the landlord is, and mentions help with crowding', () => {
    const steps = nextSteps({ nation: 'england', landlord: 'not-sure', told: 'no', results: [crowding], today });
    expect(kinds(steps)).to.deep.equal([
      'write-to-landlord',
      'awaabs-law-if-social',
      'keep-records',
      'find-out-landlord-type',
      'contact-council',
      'crowding-help',
    ]);
  });

  it('puts a fire before gas, with 999 and the gas emergency number (0800 111 999 in Great Britain)', () => {
    const steps = nextSteps({ nation: 'england', landlord: 'private', told: 'no', results: [gas, fire], today });
    expect(steps.slice(0, 2)).to.deep.equal([
      { kind: 'emergency', emergency: 'fire', phone: '999' },
      { kind: 'emergency', emergency: 'gas', phone: '0800 111 999' },
    ]);
  });

  it('says the HHSRS does not apply in Scotland or Northern Ireland, but still gives the local gas emergency number', () => {
    expect(nextSteps({ nation: 'scotland', landlord: 'private', told: 'no', results: [], today })).to.deep.equal([
      { kind: 'other-nation', nation: 'scotland' },
    ]);
    const ni = nextSteps({
      nation: 'northern-ireland',
      landlord: 'council',
      told: 'no',
      results: [result('gas', 'urgent', [6], ['carbon-monoxide'])],
      today,
    });
    expect(ni).to.deep.equal([
      { kind: 'emergency', emergency: 'carbon-monoxide', phone: '0800 002 001' },
      { kind: 'other-nation', nation: 'northern-ireland' },
    ]);
    expect(GAS_EMERGENCY_NUMBERS.wales).to.equal('0800 111 999');
  });
});
