import { expect } from '@open-wc/testing';
import {
  bandFor,
  categoryFor,
  ENGLAND_2005,
  roundHalfUp,
  scoreHazard,
  type Scheme,
  type Spread,
} from '../../src/core/index.ts';

// Expected figures are worked by hand from reg 6(5): S = (10000·O1 + 1000·O2 + 300·O3 + 10·O4) / L.
const cases: [string, number, Spread, number, string, 1 | 2][] = [
  // FACTS §1 worked example: 11789 / 180 = 65.494… → 65
  ['worked example 1', 180, [0, 4.6, 21.5, 73.9], 65, 'G', 2],
  // FACTS §1 worked example: 17135 / 10 = 1713.5 → 1714 (half up)
  ['worked example 2', 10, [0, 10, 21.5, 68.5], 1714, 'C', 1],
  // (0 + 1000 + 3000 + 890) / 32 = 152.8125
  ['damp flat, toddler', 32, [0, 1, 10, 89], 153, 'F', 2],
  // (46000 + 10000 + 6450 + 639) / 1800 = 35.049…
  ['fire, unlikely', 1800, [4.6, 10, 21.5, 63.9], 35, 'H', 2],
  // (100000 + 21500 + 6450 + 470) / 100 = 1284.2
  ['steep stairs, elderly occupier', 100, [10, 21.5, 21.5, 47], 1284, 'C', 1],
  // 1000 / 5600 = 0.178…
  ['least likely, moderate harm only', 5600, [0, 0, 0, 100], 0, 'J', 2],
  // (464000 + 31600 + 6450 + 5) / 1 = 502055; FACTS §1: all four may be Table 2 points, Class I most likely
  ['most likely, extreme harm', 1, [46.4, 31.6, 21.5, 0.5], 502055, 'A', 1],
];

describe('scoreHazard (reg 6(5), Table 3, reg 8)', () => {
  for (const [story, likelihood, spread, score, band, category] of cases) {
    it(`scores ${story}: L=${likelihood}, spread ${spread.join('/')} → ${score}, band ${band}, Category ${category}`, () => {
      const result = scoreHazard({ likelihood, spread });
      expect(result.score).to.equal(score);
      expect(result.band).to.equal(band);
      expect(result.category).to.equal(category);
    });
  }

  it('keeps the unrounded score for the working (65.49 before rounding to 65)', () => {
    const { rawScore } = scoreHazard({ likelihood: 180, spread: [0, 4.6, 21.5, 73.9] });
    expect(rawScore).to.be.closeTo(11789 / 180, 1e-9);
  });

  it('refuses a likelihood that is not a Table 1 point, naming the field and the allowed values', () => {
    expect(() => scoreHazard({ likelihood: 150, spread: [0, 4.6, 21.5, 73.9] })).to.throw(
      RangeError,
      /^likelihood must be one of Table 1's points: 5600, 3200, .* or 1; got 150$/,
    );
  });

  const badSpreads: [string, Spread, RegExp][] = [
    ['does not add to 100', [0, 4.6, 21.5, 70], /spread must add up to 100 %; Classes I to IV add up to 96.1 %/],
    ['has a negative class', [-1, 4.6, 21.5, 74.9], /spread for Class I must be a percentage from 0 to 100; got -1/],
    ['has a class over 100', [0, 0, 0, 101], /spread for Class IV must be a percentage from 0 to 100; got 101/],
    ['has no reading with three Table 2 points', [0, 5, 21.5, 73.5], /three classes must be Table 2 points/],
    // FACTS §1: the remainder must be at least as large as each of the other three.
    ['makes a chosen class larger than the most likely', [46.4, 46.4, 4.6, 2.6], /spread is not consistent/],
  ];
  for (const [story, spread, message] of badSpreads) {
    it(`refuses a spread that ${story}`, () => {
      expect(() => scoreHazard({ likelihood: 10, spread })).to.throw(RangeError, message);
    });
  }

  it('refuses a spread that is not four numbers', () => {
    expect(() => scoreHazard({ likelihood: 10, spread: [50, 50] as unknown as Spread })).to.throw(/four percentages/);
  });
});

describe('bandFor and categoryFor (reg 7 Table 3; reg 8)', () => {
  // Every edge of Table 3, either side; reg 8: A–C Category 1, D–J Category 2.
  const edges: [number, string, 1 | 2][] = [
    [0, 'J', 2],
    [9, 'J', 2],
    [10, 'I', 2],
    [19, 'I', 2],
    [20, 'H', 2],
    [49, 'H', 2],
    [50, 'G', 2],
    [99, 'G', 2],
    [100, 'F', 2],
    [199, 'F', 2],
    [200, 'E', 2],
    [499, 'E', 2],
    [500, 'D', 2],
    [999, 'D', 2],
    [1000, 'C', 1],
    [1999, 'C', 1],
    [2000, 'B', 1],
    [4999, 'B', 1],
    [5000, 'A', 1],
    [1_000_000, 'A', 1],
  ];
  for (const [score, band, category] of edges) {
    it(`puts a score of ${score} in band ${band}, Category ${category}`, () => {
      expect(bandFor(score)).to.equal(band);
      expect(categoryFor(bandFor(score))).to.equal(category);
    });
  }

  it('refuses a negative score', () => {
    expect(() => bandFor(-1)).to.throw(RangeError, /^score must be a number of 0 or more; got -1$/);
  });

  it('refuses a score below a scheme’s lowest band', () => {
    const narrow: Scheme = { ...ENGLAND_2005, id: 'narrow', bands: [{ band: 'X', min: 10, max: Infinity }] };
    expect(() => bandFor(5, narrow)).to.throw(/below the lowest band of scheme narrow/);
  });

  it('names the only band of a one-band scheme when refusing another', () => {
    const single: Scheme = {
      ...ENGLAND_2005,
      id: 'single',
      bands: [{ band: 'X', min: 0, max: Infinity }],
      category1Bands: ['X'],
    };
    expect(() => categoryFor('K', single)).to.throw(RangeError, /^band must be one of X; got K$/);
  });

  it('refuses a band the scheme does not have', () => {
    expect(() => categoryFor('K')).to.throw(RangeError, /band must be one of A, B, .* or J; got K/);
  });
});

describe('roundHalfUp (convention of the official worked examples)', () => {
  const rows: [number, number][] = [
    [1034.76, 1035],
    [65.49, 65],
    [1713.5, 1714],
    [999.5, 1000],
    [999.49, 999],
    [0.5, 1],
    [0.49, 0],
    // 0.1 × 3 × 10 is 3.0000000000000004 in binary; noise must not move a .5 either way
    [0.1 * 3 * 10 * 333 + 0.5, 1000],
    [1713.4999999999998, 1714],
  ];
  for (const [raw, whole] of rows) {
    it(`rounds ${raw} to ${whole}`, () => expect(roundHalfUp(raw)).to.equal(whole));
  }

  it('moves a score of 999.5 into band C, Category 1 — the boundary a tribunal tests first', () => {
    expect(categoryFor(bandFor(roundHalfUp(999.5)))).to.equal(1);
  });
});
