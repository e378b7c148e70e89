import { expect } from '@open-wc/testing';
import { enforcementOptions } from '../../src/core/index.ts';

describe('enforcementOptions (Housing Act 2004 Part 1)', () => {
  it('gives a duty and the Category 1 sections, with emergency action, for a Category 1 hazard', () => {
    const advice = enforcementOptions({
      category: 1,
      prescribedFireHazard: false,
      hmoOrCommonParts: false,
      nation: 'england',
    });
    expect(advice.basis).to.equal('duty');
    expect(advice.summary).to.contain('s.5');
    expect(advice.options.map((o) => `${o.action} ${o.section}`)).to.include.members([
      'Improvement notice s.11',
      'Prohibition order s.20',
      'Hazard awareness notice s.28',
      'Emergency remedial action s.40',
      'Emergency prohibition order s.43',
    ]);
    expect(advice.options[0]!.note).to.contain('First-tier Tribunal');
  });

  it('gives a power and no emergency action for a Category 2 hazard, with the Welsh tribunal in Wales', () => {
    const advice = enforcementOptions({
      category: 2,
      prescribedFireHazard: false,
      hmoOrCommonParts: false,
      nation: 'wales',
    });
    expect(advice.basis).to.equal('power');
    expect(advice.summary).to.contain('s.7');
    expect(advice.options.map((o) => o.section)).to.deep.equal([
      's.12',
      's.14',
      's.21',
      's.29',
      'Housing Act 1985 s.265(2)',
      'Housing Act 1985 s.289(2B)',
    ]);
    expect(advice.options[0]!.note).to.contain('Residential Property Tribunal');
  });

  it('lists a Category 2 clearance area (Housing Act 1985 s.289(2B)) beside the demolition order (s.265(2)), both in prescribed cases only', () => {
    const advice = enforcementOptions({
      category: 2,
      prescribedFireHazard: false,
      hmoOrCommonParts: false,
      nation: 'england',
    });
    const demolition = advice.options.find((o) => o.section === 'Housing Act 1985 s.265(2)');
    const clearance = advice.options.find((o) => o.section === 'Housing Act 1985 s.289(2B)');
    expect(demolition?.action).to.equal('Demolition order');
    expect(clearance?.action).to.equal('Clearance area');
    expect(demolition?.note).to.contain('prescribed cases');
    expect(clearance?.note).to.contain('prescribed cases');
  });

  it('asks for the fire and rescue authority only for the fire hazard in an HMO or common parts (s.10)', () => {
    const base = { category: 1 as const, nation: 'england' as const };
    expect(
      enforcementOptions({ ...base, prescribedFireHazard: true, hmoOrCommonParts: true }).consultFireAuthority,
    ).to.equal(true);
    expect(
      enforcementOptions({ ...base, prescribedFireHazard: true, hmoOrCommonParts: false }).consultFireAuthority,
    ).to.equal(false);
    expect(
      enforcementOptions({ ...base, prescribedFireHazard: false, hmoOrCommonParts: true }).consultFireAuthority,
    ).to.equal(false);
  });
});
