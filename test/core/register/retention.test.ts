import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../../src/core/errors.ts';
import { retentionList, type RetentionAction, type RetentionHazard } from '../../../src/core/register/index.ts';

const hazard = (id: string, status: RetentionHazard['status'], resolvedOn: string | null): RetentionHazard => ({
  id,
  propertyId: 'p1',
  hazardId: 'fire',
  status,
  resolvedOn,
});
const action = (id: string, hazardId: string, completedOn: string | null): RetentionAction => ({
  id,
  hazardId,
  completedOn,
});

describe('retentionList', () => {
  // 24 months before 2 March 2026 is 2 March 2024: closed (and every action completed) before that day is old.
  const hazards = [
    hazard('old-resolved', 'resolved', '2023-06-01'),
    hazard('old-no-action', 'no-action', '2024-03-01'),
    hazard('on-the-day', 'resolved', '2024-03-02'),
    hazard('recent', 'resolved', '2025-01-10'),
    hazard('open', 'open', null),
    hazard('late-action', 'resolved', '2023-01-01'),
    hazard('open-action', 'resolved', '2023-01-01'),
  ];
  const actions = [
    action('a1', 'old-resolved', '2023-05-30'),
    action('a2', 'late-action', '2024-04-01'),
    action('a3', 'open-action', null),
  ];
  const evidence = [
    { id: 'e1', recordId: 'a1', size: 2048 },
    { id: 'e2', recordId: 'old-resolved', size: 100 },
    { id: 'e3', recordId: 'recent', size: 5000 },
  ];

  it('lists closed hazards whose actions were all completed before the period, oldest first, with their files and sizes', () => {
    const list = retentionList({ hazards, actions, evidence }, 24, '2026-03-02');
    expect(list.before).to.equal('2024-03-02');
    expect(list.items.map((item) => item.hazard.id)).to.deep.equal(['old-resolved', 'old-no-action']);
    expect(list.items[0]).to.deep.include({ actions: [actions[0]], evidence: [evidence[1], evidence[0]], bytes: 2148 });
    expect(list.items[1]).to.deep.include({ actions: [], evidence: [], bytes: 0 });
    expect(list.bytes).to.equal(2148);
  });

  it('breaks a tie on the closing day by id', () => {
    const list = retentionList(
      {
        hazards: [hazard('b', 'resolved', '2020-01-01'), hazard('a', 'resolved', '2020-01-01')],
        actions: [],
        evidence: [],
      },
      1,
      '2026-03-02',
    );
    expect(list.items.map((item) => item.hazard.id)).to.deep.equal(['a', 'b']);
  });

  for (const months of [0, 1.5, 601, Number.NaN]) {
    it(`refuses a period of ${months} months`, () => {
      expect(() => retentionList({ hazards, actions, evidence }, months, '2026-03-02')).to.throw(
        HhsrsInputError,
        'months must be a whole number from 1 to 600',
      );
    });
  }
});
