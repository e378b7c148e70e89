import { expect } from '@open-wc/testing';
import { dayOfService } from '../../src/core/day-of-service.ts';
import { HhsrsInputError } from '../../src/core/errors.ts';
import type { NoticeType } from '../../src/core/notice-rules.ts';
import {
  dayOfServiceRules,
  draftStatement,
  eligibleHazards,
  longDate,
  statementActions,
  type StatementHazard,
  type StatementInput,
} from '../../src/core/statement.ts';

// FACTS §1 worked examples 1 and 2, and a fire hazard scored (46000 + 10000 + 6450 + 639) / 1800 = 35.05 → 35.
const DAMP: StatementHazard = {
  id: 'damp-and-mould-growth',
  number: 1,
  name: 'Damp and mould growth',
  relevantOccupier: 'under 15',
  score: 65,
  band: 'G',
  category: 2,
  working: '(10000×0 + 1000×4.6 + 300×21.5 + 10×73.9) ÷ 180 = 65.49 → 65, band G, Category 2',
  justification: ' Black mould on the bedroom ceiling, 1.5 m². ',
  prescribedFire: false,
};
const COLD: StatementHazard = {
  id: 'excess-cold',
  number: 2,
  name: 'Excess cold',
  relevantOccupier: '65 or over',
  score: 1714,
  band: 'C',
  category: 1,
  working: '(10000×0 + 1000×10 + 300×21.5 + 10×68.5) ÷ 10 = 1,713.5 → 1,714, band C, Category 1',
  justification: 'No fixed heating in the living room.',
  prescribedFire: false,
};
const FIRE: StatementHazard = {
  id: 'fire',
  number: 24,
  name: 'Fire',
  relevantOccupier: '60 or over',
  score: 35,
  band: 'H',
  category: 2,
  working: '(10000×4.6 + 1000×10 + 300×21.5 + 10×63.9) ÷ 1800 = 35.05 → 35, band H, Category 2',
  justification: 'No smoke alarm on the landing.',
  prescribedFire: true,
};

const input = (action: NoticeType, hazards: StatementHazard[], more: Partial<StatementInput> = {}): StatementInput => ({
  action,
  date: '2026-03-02',
  nation: 'england',
  address: 'Flat 2, 14 Mill Lane',
  hmoOrCommonParts: false,
  hazards,
  ...more,
});
const section = (i: StatementInput, id: string) => draftStatement(i).sections.find((s) => s.id === id)?.text ?? '';
const alternative = (chosen: NoticeType, hazards: StatementHazard[], title: string) =>
  section(input(chosen, hazards), 'alternatives')
    .split('\n')
    .find((line) => line.startsWith(title));

describe('statementActions', () => {
  const rows: [categories: (1 | 2)[], expected: NoticeType[], why: string][] = [
    [[], [], 'nothing scored: no action to state reasons for'],
    [
      [2, 2],
      ['improvement-notice', 'suspended-improvement-notice', 'prohibition-order', 'hazard-awareness-notice'],
      'Category 2 only: no emergency measures (ss.40, 43)',
    ],
    [
      [2, 1],
      [
        'improvement-notice',
        'suspended-improvement-notice',
        'prohibition-order',
        'hazard-awareness-notice',
        'emergency-remedial-action',
        'emergency-prohibition-order',
      ],
      'a Category 1 hazard opens ss.40 and 43',
    ],
  ];
  for (const [categories, expected, why] of rows)
    it(why, () => expect(statementActions(categories)).to.deep.equal(expected));
});

describe('eligibleHazards', () => {
  it('lets emergency measures deal with Category 1 hazards only (ss.40, 43), other actions with any', () => {
    expect(eligibleHazards('emergency-prohibition-order', [DAMP, COLD, FIRE])).to.deep.equal([COLD]);
    expect(eligibleHazards('improvement-notice', [DAMP, COLD, FIRE])).to.deep.equal([DAMP, COLD, FIRE]);
  });
});

describe('draftStatement', () => {
  it('drafts an improvement notice on Category 1 and 2 hazards: decision, each hazard, reasons, deadlines with formulas', () => {
    const draft = draftStatement(input('improvement-notice', [COLD, DAMP]));
    expect(draft.sections.map((s) => s.id)).to.deep.equal([
      'decision',
      'hazard:excess-cold',
      'hazard:damp-and-mould-growth',
      'reasons',
      'alternatives',
    ]);
    const [decision, cold, damp] = draft.sections;
    // s.11 for Category 1, s.12 for Category 2 (s.12(3): one document may combine them).
    expect(decision!.text).to.contain(
      'decided to serve an improvement notice under sections 11 and 12 of the Housing Act 2004 in respect of Flat 2, 14 Mill Lane. The notice is served on 2 March 2026.',
    );
    expect(decision!.text).to.contain(
      'a duty to take the most appropriate course of action (section 5); for the Category 2 hazards it has a power to act (section 7).',
    );
    expect(decision!.text).to.contain('as section 8 of the Act requires');
    expect(cold).to.deep.equal({
      id: 'hazard:excess-cold',
      heading: '2. Excess cold',
      text: `Category 1 hazard: score 1,714, band C. Assessed for the relevant occupier (65 or over). Working: ${COLD.working}.\n\nWhat was found: No fixed heating in the living room.`,
    });
    expect(damp!.text).to.match(/What was found: Black mould on the bedroom ceiling, 1\.5 m²\.$/);
    expect(section(input('improvement-notice', [COLD]), 'reasons')).to.match(
      /^An improvement notice is the most appropriate course of action\./,
    );
    // Sch. 1 para 14(1): appeal within the 21 days beginning with service → 2 March + 20 = 22 March 2026.
    const appeal = draft.timeline!.milestones.find((m) => m.id === 'appeal-last-day')!;
    expect(appeal.date).to.equal('2026-03-22');
    expect(appeal.formula).to.equal(
      'served 2026-03-02 + 20 days (the last of the 21 days beginning with the day of service)',
    );
    expect(draft.timeline!.section).to.equal('s.11');
  });

  const decisions: [StatementInput, string, string][] = [
    [
      input('suspended-improvement-notice', [COLD, DAMP]),
      'serve a suspended improvement notice under section 14 of',
      'The notice is served on 2 March 2026.',
    ],
    [
      input('prohibition-order', [DAMP], { date: '2026-12-31' }),
      'make a prohibition order under section 21 of',
      'The order is made on 31 December 2026.',
    ],
    [
      input('hazard-awareness-notice', [DAMP], { address: '  ' }),
      'serve a hazard awareness notice under section 29 of the Housing Act 2004 in respect of the dwelling.',
      'The notice is served',
    ],
    [
      input('emergency-remedial-action', [COLD]),
      'take emergency remedial action under section 40 of',
      'The action started on 2 March 2026.',
    ],
    [
      input('emergency-prohibition-order', [COLD], { date: '2026-01-01' }),
      'make an emergency prohibition order under section 43 of',
      'The order is made on 1 January 2026 and has effect immediately.',
    ],
  ];
  for (const [i, basis, when] of decisions) {
    it(`says what is done, under which section, and when: ${i.action}`, () => {
      const text = section(i, 'decision');
      expect(text).to.contain(basis);
      expect(text).to.contain(when);
    });
  }

  it('counts a notice’s dates from its day of service, and gives the rule when that day is not known yet', () => {
    // Posted first class on Friday 6 March 2026: Interpretation Act 1978 s.7, second working day → Tuesday 10 March.
    const service = dayOfService({ method: 'first-class-post', sentOn: '2026-03-06' });
    const posted = draftStatement(input('improvement-notice', [COLD], { date: service.servedOn, service }));
    expect(posted.sections[0]!.text).to.contain(
      'The notice is sent on 6 March 2026 and served on 10 March 2026 (first class post: served on the second ' +
        'working day after posting; Interpretation Act 1978 s.7',
    );
    // Sch. 1 para 14(1): 10 March + 20 = 30 March 2026.
    expect(posted.timeline!.milestones[0]!.date).to.equal('2026-03-30');

    const unknown = draftStatement(input('improvement-notice', [COLD], { date: '' }));
    expect(unknown.timeline).to.equal(undefined);
    expect(unknown.sections[0]!.text).to.contain(dayOfServiceRules());
    expect(dayOfServiceRules()).to.contain('Every date counts from the day the notice is served');
    expect(dayOfServiceRules()).to.contain('first class post: served on the second working day after posting');
    expect(dayOfServiceRules()).to.contain('check them locally');
    // An order has no day of service: it needs the day it is made.
    expect(() => draftStatement(input('prohibition-order', [COLD], { date: '' })))
      .to.throw(HhsrsInputError)
      .with.property('field', 'date');
  });

  it('states a power, not a duty, for Category 2 hazards only, and offers no emergency measures', () => {
    expect(section(input('improvement-notice', [DAMP]), 'decision')).to.contain(
      'The hazards are Category 2, so the authority has a power, not a duty, to take action (section 7).',
    );
    expect(section(input('improvement-notice', [DAMP]), 'alternatives').split('\n')).to.deep.equal([
      'Suspended improvement notice (s.14): not chosen, because there is no event or time to which the works could reasonably be put off.',
      'Prohibition order (s.21): not chosen, because the hazards can be dealt with without restricting the use of the dwelling.',
      'Hazard awareness notice (s.29): not chosen, because advice alone is unlikely to get the hazards dealt with.',
      // Housing Act 1985 s.265(2) and s.289(2B): Category 2 demolition and clearance, in prescribed cases only.
      'Demolition order or clearance area (Housing Act 1985 ss.265(2) and 289(2B)): not chosen; for Category 2 hazards they are open only in prescribed cases.',
    ]);
  });

  const against: [chosen: NoticeType, title: string, reason: string][] = [
    [
      'suspended-improvement-notice',
      'Improvement notice (s.11)',
      'because the works can reasonably wait until the event or time the suspended notice gives.',
    ],
    [
      'prohibition-order',
      'Improvement notice',
      'because works alone cannot make the dwelling safe for the use made of it now.',
    ],
    [
      'hazard-awareness-notice',
      'Improvement notice',
      'because requiring works now is not the most appropriate response, for the reasons above.',
    ],
    [
      'hazard-awareness-notice',
      'Suspended improvement notice',
      'because advice is enough for now, so no notice requiring works, suspended or not, is needed.',
    ],
    [
      'improvement-notice',
      'Hazard awareness notice (s.28)',
      'advice alone is unlikely to get the hazards dealt with, and would not meet the duty to take the most appropriate action on a Category 1 hazard (section 5).',
    ],
    [
      'improvement-notice',
      'Emergency remedial action (s.40)',
      'because there is no imminent risk of serious harm that calls for the authority to act at once.',
    ],
    [
      'improvement-notice',
      'Emergency prohibition order (s.43)',
      'because there is no imminent risk of serious harm that calls for use of the premises to stop at once.',
    ],
    [
      'emergency-remedial-action',
      'Prohibition order (s.20)',
      'because it would not take effect quickly enough: there is an imminent risk of serious harm.',
    ],
    [
      'emergency-remedial-action',
      'Emergency prohibition order',
      'because the authority’s own works can remove the imminent risk without stopping use of the premises.',
    ],
    [
      'emergency-prohibition-order',
      'Emergency remedial action',
      'because the authority’s own works could not remove the imminent risk quickly enough, so use of the premises has to stop.',
    ],
    [
      'emergency-prohibition-order',
      'Demolition order or clearance area',
      'because the dwelling can be made safe at reasonable cost.',
    ],
  ];
  for (const [chosen, title, reason] of against) {
    it(`gives the reason against “${title}” when ${chosen} is chosen`, () => {
      expect(alternative(chosen, [COLD], title)).to.contain(reason);
      expect(alternative(chosen, [COLD], chosen === 'improvement-notice' ? 'Improvement notice' : 'none')).to.equal(
        undefined,
      );
    });
  }

  it('records consulting the fire and rescue authority only for the fire hazard in an HMO or common parts (s.10)', () => {
    const consult = input('improvement-notice', [FIRE], { hmoOrCommonParts: true });
    expect(section(consult, 'fire')).to.equal(
      'The fire hazard is in a house in multiple occupation or the common parts of a building containing flats, so the authority consulted the fire and rescue authority before taking this action (section 10).',
    );
    expect(
      section(input('emergency-remedial-action', [{ ...FIRE, category: 1 }], { hmoOrCommonParts: true }), 'fire'),
    ).to.contain('as far as it was practicable to do so before');
    expect(section(input('improvement-notice', [FIRE]), 'fire')).to.equal('');
    expect(section(input('improvement-notice', [DAMP], { hmoOrCommonParts: true }), 'fire')).to.equal('');
  });

  const refusals: [StatementInput, string, RegExp][] = [
    [input('improvement-notice', []), 'hazards', /at least one hazard/],
    [
      input('emergency-remedial-action', [COLD, DAMP]),
      'hazards',
      /emergency remedial action is for Category 1 hazards only \(s\.40\); 1\. Damp and mould growth is Category 2/,
    ],
    [
      input('emergency-prohibition-order', [DAMP, FIRE]),
      'hazards',
      /1\. Damp and mould growth, 24\. Fire are Category 2/,
    ],
    [input('toString' as NoticeType, [COLD]), 'action', /action must be one of improvement-notice, .*; got "toString"/],
    [input('improvement-notice', [COLD], { date: '2026-02-30' }), 'date', /calendar date/],
  ];
  for (const [i, field, message] of refusals) {
    it(`refuses ${field}: ${message.source}`, () => {
      expect(() => draftStatement(i))
        .to.throw(HhsrsInputError, message)
        .with.property('field', field);
    });
  }
});

describe('longDate', () => {
  const rows: [string, string][] = [
    ['2026-03-22', '22 March 2026'],
    ['2024-02-29', '29 February 2024'],
    ['2026-12-01', '1 December 2026'],
  ];
  for (const [iso, expected] of rows) it(`${iso} → ${expected}`, () => expect(longDate(iso)).to.equal(expected));
  it('refuses a date that does not exist', () =>
    expect(() => longDate('2025-02-29')).to.throw(HhsrsInputError, /calendar date/));
});
