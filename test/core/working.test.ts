import { expect } from '@open-wc/testing';
import {
  likelihoodLabel,
  likelihoodOption,
  LIKELIHOOD_SCALE,
  scoreHazard,
  spreadOption,
  SPREAD_SCALE,
  workingText,
} from '../../src/core/index.ts';

describe('workingText', () => {
  it('shows the reg 6(5) sum with the figures, as printed for worked example 1', () => {
    const input = { likelihood: 180, spread: [0, 4.6, 21.5, 73.9] as const };
    expect(workingText(input, scoreHazard(input))).to.equal(
      '(10000×0 + 1000×4.6 + 300×21.5 + 10×73.9) ÷ 180 = 65.49 → 65, band G, Category 2',
    );
  });

  it('separates thousands in the score (worked example 2)', () => {
    const input = { likelihood: 10, spread: [0, 10, 21.5, 68.5] as const };
    expect(workingText(input, scoreHazard(input))).to.equal(
      '(10000×0 + 1000×10 + 300×21.5 + 10×68.5) ÷ 10 = 1,713.5 → 1,714, band C, Category 1',
    );
  });
});

describe('likelihoodLabel (Table 1 as ratios)', () => {
  const labels: [number, string][] = [
    [5600, 'less likely than 1 in 4,200'],
    [3200, '1 in 2,400 to 1 in 4,200'],
    [180, '1 in 130 to 1 in 240'],
    [10, '1 in 7.5 to 1 in 13'],
    [1, 'more likely than 1 in 1.5'],
  ];
  for (const [rspr, label] of labels) {
    it(`reads RSPR ${rspr} as "${label}"`, () => {
      const row = LIKELIHOOD_SCALE.find((r) => r.rspr === rspr)!;
      expect(likelihoodLabel(row)).to.equal(label);
    });
  }
});

describe('likelihoodOption and spreadOption (the choices an officer reads)', () => {
  const likelihood: [number, string][] = [
    [5600, '1 in 5,600 (less likely than 1 in 4,200)'],
    [180, '1 in 180 (between 1 in 130 and 1 in 240)'],
    [1, '1 in 1 (more likely than 1 in 1.5)'],
  ];
  for (const [rspr, text] of likelihood) {
    it(`offers Table 1's ${rspr} as "${text}"`, () =>
      expect(likelihoodOption(LIKELIHOOD_SCALE.find((r) => r.rspr === rspr)!)).to.equal(text));
  }
  const spread: [number, string][] = [
    [0, '0 % (below 0.05 %)'],
    [4.6, '4.6 % (3 to 7 %)'],
    [46.4, '46.4 % (above 38 %)'],
  ];
  for (const [rsppr, text] of spread) {
    it(`offers Table 2's ${rsppr} as "${text}"`, () =>
      expect(spreadOption(SPREAD_SCALE.find((r) => r.rsppr === rsppr)!)).to.equal(text));
  }
});
