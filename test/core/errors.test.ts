import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';

describe('HhsrsInputError', () => {
  it('is a RangeError that names the field the officer must correct', () => {
    const error = new HhsrsInputError('likelihood', 'likelihood must be one of Table 1’s points; got 150');
    expect(error).to.be.instanceOf(RangeError);
    expect(error.field).to.equal('likelihood');
    expect(error.name).to.equal('HhsrsInputError');
  });
});
