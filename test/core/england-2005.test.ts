import { expect } from '@open-wc/testing';
import { BANDS, ENGLAND_2005, HAZARDS, LIKELIHOOD_SCALE, SPREAD_SCALE } from '../../src/core/index.ts';

// FACTS §2: the contract list of hazard ids, in Schedule 1 order.
const SCHEDULE_1_IDS = [
  'damp-and-mould-growth',
  'excess-cold',
  'excess-heat',
  'asbestos-and-mmf',
  'biocides',
  'carbon-monoxide-and-fuel-combustion-products',
  'lead',
  'radiation',
  'uncombusted-fuel-gas',
  'volatile-organic-compounds',
  'crowding-and-space',
  'entry-by-intruders',
  'lighting',
  'noise',
  'domestic-hygiene-pests-and-refuse',
  'food-safety',
  'personal-hygiene-sanitation-and-drainage',
  'water-supply',
  'falls-associated-with-baths',
  'falling-on-level-surfaces',
  'falling-on-stairs',
  'falling-between-levels',
  'electrical-hazards',
  'fire',
  'flames-and-hot-surfaces',
  'collision-and-entrapment',
  'explosions',
  'position-and-operability-of-amenities',
  'structural-collapse-and-falling-elements',
];

describe('England 2005 scheme data', () => {
  it('lists the 29 hazards of Schedule 1 in order, numbered 1 to 29, with the contract ids', () => {
    expect(HAZARDS.map((h) => h.id)).to.deep.equal(SCHEDULE_1_IDS);
    expect(HAZARDS.map((h) => h.number)).to.deep.equal(SCHEDULE_1_IDS.map((_, i) => i + 1));
  });

  it('groups them as the guidance does: physiological 1–10, psychological 11–14, infection 15–18, safety 19–29', () => {
    const groupOf = (n: number) =>
      n <= 10 ? 'physiological' : n <= 14 ? 'psychological' : n <= 18 ? 'infection' : 'safety';
    for (const hazard of HAZARDS) expect(hazard.group, hazard.name).to.equal(groupOf(hazard.number));
  });

  // Reg 6(7): the relevant occupier of each paragraph.
  const occupiers: [number, RegExp][] = [
    [1, /^Under 15$/],
    [2, /^65 or over$/],
    [3, /^65 or over$/],
    [6, /Carbon monoxide: 65 or over/],
    [7, /^Under 3$/],
    [8, /60 or over, exposed to radon since birth/],
    [11, /actual occupier/],
    [17, /^Under 5$/],
    [19, /^60 or over$/],
    [20, /^60 or over$/],
    [21, /^60 or over$/],
    [22, /^Under 5$/],
    [23, /^Under 5$/],
    [24, /^60 or over$/],
    [25, /^Under 5$/],
    [26, /Under 5; for collision with low architectural features, 16 or over/],
    [28, /^60 or over$/],
    [4, /^Any occupier$/],
    [29, /^Any occupier$/],
  ];
  for (const [number, occupier] of occupiers) {
    it(`gives hazard ${number} the relevant occupier of reg 6(7)`, () => {
      expect(HAZARDS[number - 1]!.relevantOccupier).to.match(occupier);
    });
  }

  it('has Table 1 as 16 contiguous ranges from 5600 to 1', () => {
    expect(LIKELIHOOD_SCALE.map((r) => r.rspr)).to.deep.equal([
      5600, 3200, 1800, 1000, 560, 320, 180, 100, 56, 32, 18, 10, 6, 3, 2, 1,
    ]);
    LIKELIHOOD_SCALE.slice(1).forEach((row, i) => expect(row.to).to.equal(LIKELIHOOD_SCALE[i]!.from));
  });

  it('has Table 2 as 11 contiguous ranges from 0 to 46.4', () => {
    expect(SPREAD_SCALE.map((r) => r.rsppr)).to.deep.equal([0, 0.1, 0.2, 0.5, 1, 2.2, 4.6, 10, 21.5, 31.6, 46.4]);
    SPREAD_SCALE.slice(1).forEach((row, i) => expect(row.from).to.equal(SPREAD_SCALE[i]!.to));
  });

  it('has Table 3 bands A to J with no gaps between whole scores', () => {
    expect(BANDS.map((b) => b.band).join('')).to.equal('ABCDEFGHIJ');
    BANDS.slice(1).forEach((row, i) => expect(row.max + 1).to.equal(BANDS[i]!.min));
  });

  it('weights the classes 10000, 1000, 300 and 10 (reg 6(5)) and names fire the prescribed fire hazard (reg 4)', () => {
    expect(ENGLAND_2005.harmClasses.map((c) => c.weight)).to.deep.equal([10000, 1000, 300, 10]);
    expect(ENGLAND_2005.prescribedFireHazards).to.deep.equal(['fire']);
  });
});
