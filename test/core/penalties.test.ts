import { expect } from '@open-wc/testing';
import { CIVIL_PENALTY_MAXIMA } from '../../src/core/penalties.ts';

describe('civil penalty maxima', () => {
  it('records £30,000 under s.249A for England, in force since 6 April 2017', () => {
    expect(CIVIL_PENALTY_MAXIMA[0]).to.include({
      maximum: 30_000,
      nation: 'england',
      inForceFrom: '2017-04-06',
      verified: true,
    });
    expect(CIVIL_PENALTY_MAXIMA[0]?.provision).to.contain('s.249A');
  });

  it('shows the Renters’ Rights Act 2025 £40,000 as unverified, with its source and date but no commencement', () => {
    expect(CIVIL_PENALTY_MAXIMA[1]).to.include({
      maximum: 40_000,
      nation: 'england',
      inForceFrom: null,
      verified: false,
    });
    expect(CIVIL_PENALTY_MAXIMA[1]?.source).to.contain('Renters’ Rights Act 2025').and.contain('check locally');
    expect(CIVIL_PENALTY_MAXIMA[1]?.asOf).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});
