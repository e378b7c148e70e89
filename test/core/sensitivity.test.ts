import { expect } from '@open-wc/testing';
import { sensitivity } from '../../src/core/index.ts';

describe('sensitivity (one step of Table 1 or Table 2 either way, FACTS §1)', () => {
  it('warns that worked example 2 (1,714, Category 1) drops to Category 2 at the next likelihood row', () => {
    // 17135 / 18 = 951.94 → 952, band D. Spread steps stay Category 1: e.g. Class III at 10 % → 13800/10 = 1380.
    const result = sensitivity({ likelihood: 10, spread: [0, 10, 21.5, 68.5] });
    expect(result.nearCategoryBoundary).to.equal(true);
    expect(result.crossings.map((c) => [c.kind, c.to, c.result.score])).to.deep.equal([['likelihood', 18, 952]]);
    expect(result.summary).to.equal(
      'Within one step of the Category 1 line: a likelihood of 1 in 13 to 1 in 24 (18) instead of 10 would make it 952, band D, Category 2.',
    );
  });

  it('says a low score is not near the line (worked example 1, 65)', () => {
    const result = sensitivity({ likelihood: 180, spread: [0, 4.6, 21.5, 73.9] });
    expect(result.nearCategoryBoundary).to.equal(false);
    expect(result.summary).to.equal('No single step of Table 1 or Table 2 changes the category: it stays Category 2.');
  });

  it('finds a spread step that crosses: Class I from 0 to 0.1 % at L = 10, [0, 4.6, 31.6, 63.8]', () => {
    // Now: (0 + 4600 + 9480 + 638) / 10 = 1471.8 → Category 1. Class II down to 2.2: (2200 + 9480 + 662)/10 = 1234.2, still 1.
    // Likelihood 18: 14718 / 18 = 817.7 → Category 2 (a crossing).
    const result = sensitivity({ likelihood: 10, spread: [0, 4.6, 31.6, 63.8] });
    expect(result.crossings.some((c) => c.kind === 'likelihood' && c.to === 18)).to.equal(true);
  });

  it('reports spread steps that cross, naming the class', () => {
    // L = 56, [0, 31.6, 21.5, 46.9]: (31600 + 6450 + 469) / 56 = 687.8 → Category 2.
    // Class I to 0.1 %: (1000 + 31600 + 6450 + 468) / 56 = 705.7 — still 2; Class II to 46.4 impossible (46.4 > 32.1).
    // Likelihood 32: 38519 / 32 = 1203.7 → Category 1.
    const result = sensitivity({ likelihood: 56, spread: [0, 31.6, 21.5, 46.9] });
    expect(result.crossings.map((c) => c.kind)).to.deep.equal(['likelihood']);
    // L = 10, [0, 4.6, 10, 85.4]: (4600 + 3000 + 854)/10 = 845.4 → Category 2; Class II at 10 %: (10000 + 3000 + 800)/10 = 1380 → 1.
    const spreadCross = sensitivity({ likelihood: 10, spread: [0, 4.6, 10, 85.4] });
    const byClass = spreadCross.crossings.find((c) => c.kind === 'spread' && c.harmClass === 2);
    expect(byClass?.result.score).to.equal(1380);
    expect(byClass?.description).to.equal('Class II at 10 % instead of 4.6 %');
  });

  it('does not step beyond either end of Table 1 (RSPR 1 and 5600)', () => {
    expect(sensitivity({ likelihood: 1, spread: [46.4, 31.6, 21.5, 0.5] }).nearCategoryBoundary).to.equal(false);
    expect(sensitivity({ likelihood: 5600, spread: [0, 0, 0, 100] }).nearCategoryBoundary).to.equal(false);
  });
});
