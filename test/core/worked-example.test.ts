import { expect } from '@open-wc/testing';
import { checkWorkedExample, ENGLAND_2005, type Scheme } from '../../src/core/index.ts';

describe('checkWorkedExample (a pack checked against its guidance)', () => {
  it('agrees with the 2005 worked examples: L = 180, [0, 4.6, 21.5, 73.9] gives 65; L = 10, [0, 10, 21.5, 68.5] gives 1,714', () => {
    const first = checkWorkedExample(ENGLAND_2005, {
      likelihood: 180,
      spread: [0, 4.6, 21.5, 73.9],
      expectedScore: 65,
    });
    expect(first).to.include({ ok: true, agrees: true, score: 65, band: 'G', category: 2 });
    const second = checkWorkedExample(ENGLAND_2005, {
      likelihood: 10,
      spread: [0, 10, 21.5, 68.5],
      expectedScore: 1714,
    });
    expect(second).to.include({ ok: true, agrees: true, score: 1714, band: 'C', category: 1 });
  });

  it('disagrees when a weight was typed wrongly, and gives the score the pack produces', () => {
    // Class II weight typed as 100 instead of 1000 (reg 6(5)): (100×10 + 300×21.5 + 10×68.5) ÷ 10 = 813.5 → 814.
    const mistyped: Scheme = {
      ...ENGLAND_2005,
      harmClasses: ENGLAND_2005.harmClasses.map((h) => (h.harmClass === 2 ? { ...h, weight: 100 } : h)),
    };
    const check = checkWorkedExample(mistyped, { likelihood: 10, spread: [0, 10, 21.5, 68.5], expectedScore: 1714 });
    expect(check).to.include({ ok: true, agrees: false, score: 814 });
  });

  it('reports a likelihood not in the pack’s Table 1, naming the field, without throwing', () => {
    const check = checkWorkedExample(ENGLAND_2005, { likelihood: 150, spread: [0, 10, 21.5, 68.5], expectedScore: 1 });
    expect(check).to.deep.include({ ok: false, field: 'likelihood' });
    expect(check.ok === false && check.message).to.contain('5600');
  });

  it('refuses an expected score that is not a whole number of 0 or more', () => {
    for (const expectedScore of [65.5, -1]) {
      const check = checkWorkedExample(ENGLAND_2005, { likelihood: 180, spread: [0, 4.6, 21.5, 73.9], expectedScore });
      expect(check).to.deep.include({ ok: false, field: 'expectedScore' });
    }
  });
});
