import { expect } from '@open-wc/testing';
import { REGISTER_POLICY_DEFAULTS } from '../../src/core/policy.ts';

describe('register policy defaults', () => {
  it('uses the FACTS.md §6 defaults: current for 12 months, Category 1 in 28 days, Category 2 in 90', () => {
    expect(REGISTER_POLICY_DEFAULTS).to.deep.equal({
      assessmentCurrentMonths: 12,
      category1RemedialDays: 28,
      category2RemedialDays: 90,
      applyAwaabsLaw: true,
    });
  });

  it('cannot be changed in place: a provider copies it with its own settings', () => {
    expect(Object.isFrozen(REGISTER_POLICY_DEFAULTS)).to.equal(true);
    expect({ ...REGISTER_POLICY_DEFAULTS, category1RemedialDays: 14 }.category1RemedialDays).to.equal(14);
  });
});
