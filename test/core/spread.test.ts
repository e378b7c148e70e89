import { expect } from '@open-wc/testing';
import { completeSpread, validateSpread } from '../../src/core/index.ts';

describe('completeSpread (reg 6(4)(c): most likely = 100 % − (A + B + C))', () => {
  it('gives the most likely class what the other three leave: 100 − 0 − 4.6 − 21.5 = 73.9', () => {
    expect(completeSpread([0, 4.6, 21.5, null])).to.deep.equal([0, 4.6, 21.5, 73.9]);
  });

  it('adds up to exactly 100 even where binary arithmetic would not (100 − 31.6 − 21.5 − 0.1 = 46.8)', () => {
    const spread = completeSpread([31.6, 21.5, 0.1, null]);
    expect(spread[3]).to.equal(46.8);
  });

  it('lets any class be the most likely (Class I here)', () => {
    expect(completeSpread([null, 31.6, 21.5, 0.5])).to.deep.equal([46.4, 31.6, 21.5, 0.5]);
  });

  it('refuses a figure that is not a Table 2 point, naming the class and the points', () => {
    expect(() => completeSpread([0, 5, 21.5, null])).to.throw(
      RangeError,
      /^spread for Class II must be one of Table 2's points: 0, 0.1, .* or 46.4; got 5$/,
    );
  });

  it('says which class is larger when the chosen figures leave too little for the most likely class', () => {
    expect(() => completeSpread([46.4, 46.4, null, 4.6])).to.throw(
      /leave 2.6 % for Class III, the most likely class, but Class I is larger at 46.4 %\. Lower Class I or choose it as the most likely class\./,
    );
  });

  it('refuses a spread with no most likely class or with two', () => {
    expect(() => completeSpread([0, 4.6, 21.5, 73.9])).to.throw(/exactly one class .* 0 were left open/);
    expect(() => completeSpread([null, null, 21.5, 0])).to.throw(/2 were left open/);
  });

  it('refuses a spread that does not name four classes', () => {
    expect(() => completeSpread([null, 1] as never)).to.throw(/four classes \(I to IV\); got 2/);
  });
});

describe('validateSpread', () => {
  it('finds the most likely class of a complete spread', () => {
    expect(validateSpread([0, 4.6, 21.5, 73.9])).to.equal(3);
    expect(validateSpread([0.1, 46.8, 31.6, 21.5])).to.equal(1);
  });

  it('refuses a spread whose only non-Table-2 figure is smaller than a chosen class', () => {
    // 21.9 must be the most likely class (it is not a Table 2 point), yet 46.4 is larger.
    expect(() => validateSpread([21.9, 46.4, 31.6, 0.1])).to.throw(/three classes must be Table 2 points/);
  });

  it('takes the largest as most likely when all four are Table 2 points', () => {
    expect(validateSpread([46.4, 31.6, 21.5, 0.5])).to.equal(0);
  });
});
