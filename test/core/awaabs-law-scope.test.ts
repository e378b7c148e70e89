import { expect } from '@open-wc/testing';
import {
  AWAABS_LAW_PHASES,
  awaabsLawApplies,
  type AwaabsLawCase,
  type AwaabsLawPhase,
} from '../../src/core/awaabs-law-scope.ts';
import { HhsrsInputError } from '../../src/core/errors.ts';
import { ENGLAND_2005_HAZARDS } from '../../src/core/scheme/england-2005-hazards.ts';

const base: AwaabsLawCase = {
  nation: 'england',
  socialLandlord: true,
  hazardId: 'damp-and-mould-growth',
  riskLevel: 'significant',
  awareOn: '2025-10-27',
};

describe('Awaab’s Law phases', () => {
  const ids = ENGLAND_2005_HAZARDS.map((hazard) => hazard.id);

  it('phase 1 (in force 27 October 2025): significant damp and mould, and every emergency hazard but crowding', () => {
    const [phase1] = AWAABS_LAW_PHASES;
    expect(phase1?.inForceFrom).to.equal('2025-10-27');
    expect(phase1?.significant).to.deep.equal(['damp-and-mould-growth']);
    expect(phase1?.emergency).to.have.length(28);
    expect(phase1?.emergency).not.to.include('crowding-and-space');
  });

  it('later phases are planned, undated and marked check locally', () => {
    for (const phase of AWAABS_LAW_PHASES.slice(1)) {
      expect([phase.status, phase.inForceFrom, phase.checkLocally]).to.deep.equal(['planned', null, true]);
    }
    expect(AWAABS_LAW_PHASES.map((phase) => phase.expected)).to.deep.equal([2025, 2026, 2027]);
  });

  it('brings every hazard but crowding and space into the significant list exactly once, by 2027', () => {
    const significant = AWAABS_LAW_PHASES.flatMap((phase) => phase.significant);
    expect(new Set(significant).size).to.equal(significant.length);
    expect([...significant].sort()).to.deep.equal(ids.filter((id) => id !== 'crowding-and-space').sort());
  });
});

describe('awaabsLawApplies', () => {
  const rows: [change: Partial<AwaabsLawCase>, applies: boolean, reason: string][] = [
    [{}, true, 'Damp and mould growth is in scope for significant hazards from phase 1.'],
    [{ riskLevel: 'emergency' }, true, 'from phase 1'],
    [
      { hazardId: 'electrical-hazards', riskLevel: 'emergency' },
      true,
      'Electrical hazards is in scope for emergency hazards from phase 1.',
    ],
    [
      { hazardId: 'excess-cold' },
      false,
      'comes into scope for significant hazards in phase 2 (expected 2026), not in force on 2025-10-27.',
    ],
    [{ hazardId: 'noise' }, false, 'in phase 3 (expected 2027)'],
    [
      { hazardId: 'crowding-and-space', riskLevel: 'emergency' },
      false,
      'Crowding and space is not within Awaab’s Law for emergency hazards.',
    ],
    [{ hazardId: 'crowding-and-space' }, false, 'not within Awaab’s Law'],
    [{ nation: 'wales' }, false, 'England only'],
    [{ socialLandlord: false }, false, 'social landlords only'],
    [{ awareOn: '2025-10-26' }, false, 'on or after 2025-10-27'],
  ];
  for (const [change, applies, reason] of rows) {
    it(`${applies ? 'applies' : 'does not apply'} to ${JSON.stringify(change)}`, () => {
      const result = awaabsLawApplies({ ...base, ...change });
      expect(result.applies).to.equal(applies);
      expect(result.reason).to.contain(reason);
    });
  }

  it('applies a later phase once a council supplies its in-force date, and not before', () => {
    const dated: AwaabsLawPhase[] = AWAABS_LAW_PHASES.map((phase) =>
      phase.phase === 2 ? { ...phase, status: 'in force', inForceFrom: '2026-10-27' } : phase,
    );
    const cold = { ...base, hazardId: 'excess-cold' };
    expect(awaabsLawApplies({ ...cold, awareOn: '2026-10-27' }, dated)).to.deep.equal({
      applies: true,
      reason: 'Excess cold is in scope for significant hazards from phase 2.',
      phase: 2,
    });
    expect(awaabsLawApplies({ ...cold, awareOn: '2026-10-26' }, dated).applies).to.equal(false);
  });

  it('refuses a hazard id not in Schedule 1, naming hazardId', () => {
    expect(() => awaabsLawApplies({ ...base, hazardId: 'damp' }))
      .to.throw(HhsrsInputError, 'Schedule 1')
      .with.property('field', 'hazardId');
  });

  it('refuses a risk level other than emergency or significant, naming riskLevel', () => {
    expect(() => awaabsLawApplies({ ...base, riskLevel: 'category-1' as 'emergency' }))
      .to.throw(HhsrsInputError, 'emergency or significant')
      .with.property('field', 'riskLevel');
  });

  it('refuses a malformed awareness date, naming awareOn', () => {
    expect(() => awaabsLawApplies({ ...base, awareOn: '27/10/2025' }))
      .to.throw(HhsrsInputError)
      .with.property('field', 'awareOn');
  });
});
