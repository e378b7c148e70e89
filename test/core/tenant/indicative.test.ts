import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../../src/core/index.ts';
import {
  asksColdNow,
  atRiskGroups,
  indicativeResult,
  questionsFor,
  type HouseholdGroup,
  type Seriousness,
  type TopicAnswers,
  type TopicId,
} from '../../../src/core/tenant/index.ts';

const answers = (kinds: string[], more: Partial<TopicAnswers> = {}): TopicAnswers => ({
  kinds,
  severity: null,
  coldNow: null,
  since: null,
  rooms: [],
  ...more,
});

describe('indicativeResult — an indication, never a score', () => {
  const rows: {
    story: string;
    topic: TopicId;
    answers: TopicAnswers;
    household: HouseholdGroup[];
    seriousness: Seriousness;
    hazards: number[];
    why: string;
  }[] = [
    {
      story: 'a damp flat with black mould on several walls and a toddler',
      topic: 'damp-and-mould',
      answers: answers(['mould', 'damp-patches'], { severity: 'medium' }),
      household: ['under-5'],
      seriousness: 'serious',
      hazards: [1],
      why: 'hazard 1’s relevant occupier is under 15 (reg 6(7)): moderate, one step up for the child',
    },
    {
      story: 'a small patch of condensation mould, adults only',
      topic: 'damp-and-mould',
      answers: answers(['condensation'], { severity: 'low' }),
      household: ['none'],
      seriousness: 'minor',
      hazards: [1],
      why: 'minor, and a small patch cannot go below minor',
    },
    {
      story: 'mould all over the flat for someone with asthma',
      topic: 'damp-and-mould',
      answers: answers(['mould'], { severity: 'high' }),
      household: ['health-condition'],
      seriousness: 'serious',
      hazards: [1],
      why: 'moderate, up for how bad and for the health condition, capped at serious: only an emergency is urgent',
    },
    {
      story: 'no heating in cold weather for someone aged 70',
      topic: 'cold',
      answers: answers(['no-heating'], { severity: 'high', coldNow: 'yes' }),
      household: ['65-plus'],
      seriousness: 'urgent',
      hazards: [2],
      why: 'hazard 2’s relevant occupier is 65 or over: no heat in cold weather is an emergency for them',
    },
    {
      story: 'no hot water in cold weather with a baby',
      topic: 'cold',
      answers: answers(['no-hot-water'], { severity: 'medium', coldNow: 'yes' }),
      household: ['under-5'],
      seriousness: 'urgent',
      hazards: [17],
      why: 'hazard 17’s relevant occupier is under 5',
    },
    {
      story: 'no heating in summer for someone aged 70',
      topic: 'cold',
      answers: answers(['no-heating'], { severity: 'low', coldNow: 'no' }),
      household: ['65-plus'],
      seriousness: 'serious',
      hazards: [2],
      why: 'not an emergency while the weather is warm, but still serious for the relevant occupier',
    },
    {
      story: 'no heating in cold weather for two adults in their thirties',
      topic: 'cold',
      answers: answers(['no-heating'], { severity: 'medium', coldNow: 'yes' }),
      household: ['none'],
      seriousness: 'serious',
      hazards: [2],
      why: 'the emergency rule is for a child under 5 or someone 65 or over',
    },
    {
      story: 'a broken stair rail in a private let, nobody has fallen yet',
      topic: 'falls',
      answers: answers(['stair-rail'], { severity: 'low' }),
      household: ['none'],
      seriousness: 'minor',
      hazards: [21],
      why: 'moderate, one step down as nobody has nearly fallen',
    },
    {
      story: 'a broken stair rail, someone nearly fell, a 62-year-old lives there',
      topic: 'falls',
      answers: answers(['stair-rail'], { severity: 'medium' }),
      household: ['60-to-64'],
      seriousness: 'serious',
      hazards: [21],
      why: 'hazard 21’s relevant occupier is 60 or over',
    },
    {
      story: 'a broken stair rail with a toddler (not hazard 21’s relevant occupier)',
      topic: 'falls',
      answers: answers(['stair-rail'], { severity: 'medium' }),
      household: ['under-5'],
      seriousness: 'moderate',
      hazards: [21],
      why: 'hazard 21 is assessed for people 60 or over, so a child does not move it up',
    },
    {
      story: 'a smell of gas',
      topic: 'gas',
      answers: answers(['gas-smell']),
      household: ['none'],
      seriousness: 'urgent',
      hazards: [9, 27],
      why: 'escaping gas is always an emergency',
    },
    {
      story: 'bare wires and a broken socket with a toddler',
      topic: 'electrics',
      answers: answers(['exposed-wires', 'damaged-sockets']),
      household: ['under-5'],
      seriousness: 'urgent',
      hazards: [23, 24],
      why: 'exposed live wires are always an emergency; hazards listed without repeats',
    },
    {
      story: 'a cracked socket, adults only',
      topic: 'electrics',
      answers: answers(['damaged-sockets']),
      household: ['none'],
      seriousness: 'moderate',
      hazards: [23],
      why: 'no "how bad" question: the base stands',
    },
    {
      story: 'a cracked socket with a toddler',
      topic: 'electrics',
      answers: answers(['damaged-sockets']),
      household: ['under-5', '65-plus'],
      seriousness: 'serious',
      hazards: [23],
      why: 'hazard 23’s relevant occupier is under 5',
    },
    {
      story: 'mice seen often',
      topic: 'pests-and-rubbish',
      answers: answers(['mice-or-rats', 'rubbish'], { severity: 'high' }),
      household: ['under-5'],
      seriousness: 'serious',
      hazards: [15],
      why: 'hazard 15 is for any occupier, so only how bad it is moves it',
    },
    {
      story: 'not enough bedrooms',
      topic: 'crowding',
      answers: answers(['not-enough-bedrooms']),
      household: ['5-to-14'],
      seriousness: 'moderate',
      hazards: [11],
      why: 'hazard 11 is assessed for the actual occupiers',
    },
    {
      story: 'a ceiling coming down',
      topic: 'structure',
      answers: answers(['ceiling-falling', 'cracks']),
      household: ['none'],
      seriousness: 'urgent',
      hazards: [29],
      why: 'a part of the building about to fall is an emergency',
    },
  ];

  for (const row of rows) {
    it(`${row.story}: ${row.seriousness} (hazards ${row.hazards.join(', ')}) — ${row.why}`, () => {
      const result = indicativeResult(row.topic, row.answers, row.household);
      expect(result.seriousness).to.equal(row.seriousness);
      expect(result.hazards).to.deep.equal(row.hazards);
      expect(result.topic).to.equal(row.topic);
    });
  }

  it('names the emergency and who in the household is most at risk', () => {
    const result = indicativeResult(
      'cold',
      answers(['no-heating', 'no-hot-water'], { severity: 'high', coldNow: 'yes' }),
      ['under-5', '65-plus'],
    );
    expect(result.emergencies).to.deep.equal(['no-heat-vulnerable']);
    expect(result.atRisk).to.deep.equal(['under-5', '65-plus']);
    expect(result.hazards).to.deep.equal([2, 17]);
  });

  it('lists no emergency and nobody at risk for a minor problem', () => {
    const result = indicativeResult('noise-and-light', answers(['too-dark'], { severity: 'low' }), ['under-5']);
    expect(result).to.deep.equal({
      topic: 'noise-and-light',
      seriousness: 'minor',
      hazards: [13],
      emergencies: [],
      atRisk: [],
    });
  });

  it('ignores an answer this version does not know, and refuses a topic with no known answer', () => {
    expect(indicativeResult('heat', answers(['too-hot', 'haunted'], { severity: 'medium' }), []).seriousness).to.equal(
      'moderate',
    );
    let error: unknown;
    try {
      indicativeResult('heat', answers(['mould']), []);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(HhsrsInputError);
    expect((error as HhsrsInputError).field).to.equal('kinds');
    expect((error as HhsrsInputError).message).to.contain('too-hot, heating-stuck-on or windows-do-not-open');
  });
});

describe('atRiskGroups (reg 6(7) relevant occupiers)', () => {
  const rows: { hazards: number[]; household: HouseholdGroup[]; atRisk: HouseholdGroup[]; law: string }[] = [
    { hazards: [1], household: ['5-to-14', '65-plus'], atRisk: ['5-to-14'], law: 'hazard 1: under 15' },
    { hazards: [2], household: ['60-to-64'], atRisk: [], law: 'hazard 2: 65 or over, not 60' },
    { hazards: [21], household: ['60-to-64'], atRisk: ['60-to-64'], law: 'hazard 21: 60 or over' },
    { hazards: [7], household: ['under-5'], atRisk: ['under-5'], law: 'hazard 7: under 3, asked as under 5' },
    { hazards: [12], household: ['under-5', '65-plus'], atRisk: [], law: 'hazard 12: any occupier' },
    { hazards: [6, 9], household: ['65-plus'], atRisk: ['65-plus'], law: 'hazard 6(a): carbon monoxide, 65 or over' },
  ];
  for (const { hazards, household, atRisk, law } of rows) {
    it(`${law}`, () => expect(atRiskGroups(hazards, household)).to.deep.equal(atRisk));
  }
});

describe('questionsFor — one question a page', () => {
  it('asks what, how bad, when and where about damp', () => {
    expect(questionsFor('damp-and-mould', { kinds: ['mould'] }, ['under-5'])).to.deep.equal([
      'kinds',
      'severity',
      'since',
      'rooms',
    ]);
  });

  it('asks whether it is cold now only when no heat could be an emergency for this household', () => {
    expect(questionsFor('cold', { kinds: ['no-heating'] }, ['65-plus'])).to.deep.equal([
      'kinds',
      'severity',
      'cold-now',
      'since',
      'rooms',
    ]);
    expect(questionsFor('cold', { kinds: ['no-heating'] }, ['60-to-64'])).to.deep.equal([
      'kinds',
      'severity',
      'since',
      'rooms',
    ]);
    expect(asksColdNow({ kinds: ['draughts'] }, ['under-5'])).to.equal(false);
    expect(asksColdNow({ kinds: ['no-hot-water', 'unknown'] }, ['under-5'])).to.equal(true);
  });

  it('asks only what and when about a smell of gas, where every minute counts', () => {
    expect(questionsFor('gas', { kinds: [] }, [])).to.deep.equal(['kinds', 'since']);
  });
});
