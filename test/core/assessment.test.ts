import { expect } from '@open-wc/testing';
import { ENGLAND_2005, evaluateHazard, summariseAssessment, type HazardEntry } from '../../src/core/index.ts';

const entry = (patch: Partial<HazardEntry>): HazardEntry => ({
  hazardId: 'damp-and-mould-growth',
  likelihood: 180,
  mostLikelyClass: 4,
  spread: [0, 4.6, 21.5, 0],
  justification: 'Mould in bedroom.',
  ...patch,
});

describe('evaluateHazard (one hazard as the officer records it)', () => {
  it('works out the most likely class and scores worked example 1 (65, band G)', () => {
    const result = evaluateHazard(entry({}), ENGLAND_2005);
    expect(result.spread).to.deep.equal([0, 4.6, 21.5, 73.9]);
    expect(result.result?.score).to.equal(65);
    expect(result.working).to.equal('(10000×0 + 1000×4.6 + 300×21.5 + 10×73.9) ÷ 180 = 65.49 → 65, band G, Category 2');
    expect(result.missing).to.deep.equal([]);
  });

  it('ignores whatever sits in the most likely class’s slot: it is never typed', () => {
    expect(evaluateHazard(entry({ spread: [0, 4.6, 21.5, 99] }), ENGLAND_2005).spread).to.deep.equal([
      0, 4.6, 21.5, 73.9,
    ]);
  });

  it('lists what is missing and scores nothing until likelihood and most likely class are given', () => {
    const result = evaluateHazard(
      entry({ likelihood: null, mostLikelyClass: null, justification: '  ' }),
      ENGLAND_2005,
    );
    expect(result.missing).to.deep.equal(['likelihood', 'mostLikelyClass', 'justification']);
    expect(result.result).to.equal(undefined);
  });

  it('scores a hazard with no justification yet, but still calls it incomplete', () => {
    const result = evaluateHazard(entry({ justification: '' }), ENGLAND_2005);
    expect(result.result?.score).to.equal(65);
    expect(result.missing).to.deep.equal(['justification']);
  });

  it('explains an inconsistent spread instead of throwing (FACTS §1)', () => {
    const result = evaluateHazard(entry({ mostLikelyClass: 3, spread: [46.4, 46.4, 0, 4.6] }), ENGLAND_2005);
    expect(result.error?.field).to.equal('spread');
    expect(result.error?.message).to.contain('Class I is larger at 46.4 %');
  });

  it('says when a hazard is not in the scheme', () => {
    const result = evaluateHazard(entry({ hazardId: 'indoor-air-pollutants' }), ENGLAND_2005);
    expect(result.error).to.deep.equal({
      field: 'hazardId',
      message: 'hazard indoor-air-pollutants is not in scheme england-2005',
    });
  });
});

describe('summariseAssessment (ranking, counts, courses of action)', () => {
  const fire = entry({ hazardId: 'fire', likelihood: 1800, spread: [4.6, 10, 21.5, 0] }); // 35, band H
  const cold = entry({ hazardId: 'excess-cold', likelihood: 10, spread: [0, 10, 21.5, 0] }); // 1,714, band C
  const evaluated = [entry({}), fire, cold, entry({ hazardId: 'lead', likelihood: null })].map((e) =>
    evaluateHazard(e, ENGLAND_2005),
  );

  it('ranks scored hazards by score and counts each category, leaving incomplete ones out of the ranking', () => {
    const summary = summariseAssessment(evaluated, ENGLAND_2005, { nation: 'england', hmoOrCommonParts: false });
    expect(summary.ranked.map((e) => e.hazard?.number)).to.deep.equal([2, 1, 24]);
    expect([summary.category1, summary.category2, summary.incomplete]).to.deep.equal([1, 2, 1]);
    expect(summary.enforcement?.basis).to.equal('duty');
    expect(summary.consultFireAuthorityFor).to.deep.equal([]);
  });

  it('names the fire hazard for consultation in an HMO (s.10), and gives a power when all are Category 2', () => {
    const summary = summariseAssessment(evaluated.slice(0, 2), ENGLAND_2005, {
      nation: 'wales',
      hmoOrCommonParts: true,
    });
    expect(summary.consultFireAuthorityFor).to.deep.equal(['Fire']);
    expect(summary.enforcement?.basis).to.equal('power');
    expect(summary.enforcement?.consultFireAuthority).to.equal(true);
  });

  it('breaks equal scores by Schedule 1 order', () => {
    const twins = [entry({ hazardId: 'noise' }), entry({ hazardId: 'lighting' })].map((e) =>
      evaluateHazard(e, ENGLAND_2005),
    );
    const summary = summariseAssessment(twins, ENGLAND_2005, { nation: 'england', hmoOrCommonParts: false });
    expect(summary.ranked.map((e) => e.hazard?.number)).to.deep.equal([13, 14]);
  });

  it('gives no courses of action when nothing is scored', () => {
    const summary = summariseAssessment([], ENGLAND_2005, { nation: 'england', hmoOrCommonParts: false });
    expect(summary.enforcement).to.equal(undefined);
    expect(summary.ranked).to.deep.equal([]);
  });
});
