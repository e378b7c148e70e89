import { expect } from '@open-wc/testing';
import { ENGLAND_2005 } from '../../src/core/index.ts';
import { parseSchemePack, toSchemePack } from '../../src/schema/scheme.ts';

describe('scheme packs (FACTS §7: a scheme is data, validated)', () => {
  it('accepts the England 2005 scheme written as a JSON pack and reads it back unchanged', () => {
    const json = JSON.parse(JSON.stringify(toSchemePack(ENGLAND_2005)));
    const result = parseSchemePack(json);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.scheme).to.deep.equal(ENGLAND_2005);
  });

  it('refuses a corrupted pack and lists every problem with its path', () => {
    const pack = JSON.parse(JSON.stringify(toSchemePack(ENGLAND_2005)));
    delete pack.name;
    pack.hazards[1].id = pack.hazards[0].id;
    pack.likelihoodScale[3].rspr = 'ten';
    pack.bands[2].min = 6000;
    pack.category1Bands.push('Z');
    pack.coverage[0].from = '6 April 2006';
    pack.id = 'England 2005';
    const result = parseSchemePack(pack);
    expect(result.ok).to.equal(false);
    const lines = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).to.include.members([
      'name: is missing (expected string)',
      'likelihoodScale[3].rspr: must be a number; got text "ten"',
      'coverage[0].from: must be a date written YYYY-MM-DD',
      'id: must be lower-case words joined by hyphens',
    ]);
  });

  it('checks the tables hang together once the fields are well formed', () => {
    const pack = JSON.parse(JSON.stringify(toSchemePack(ENGLAND_2005)));
    pack.hazards[1].id = pack.hazards[0].id;
    pack.bands[2].min = 6000;
    pack.category1Bands.push('Z');
    pack.prescribedFireHazards = ['arson'];
    pack.harmClasses[0].harmClass = 2;
    pack.likelihoodScale[1].rspr = 9000;
    pack.spreadScale[1].rsppr = 0;
    pack.bands[9].min = 1;
    const result = parseSchemePack(pack);
    const lines = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).to.deep.equal([
      'hazards[1].id: repeats "damp-and-mould-growth"',
      'harmClasses[0].harmClass: must be 1 (classes in order I to IV)',
      'likelihoodScale[1].rspr: must be smaller than the row before (most unlikely first)',
      'spreadScale[1].rsppr: must be larger than the row before',
      'bands[2].min: must be lower than the band before (highest band first)',
      'bands[9].min: the lowest band must start at 0 so every score has a band',
      'category1Bands[3]: names a band the pack does not have: Z',
      'prescribedFireHazards[0]: names a hazard the pack does not have: arson',
    ]);
  });

  it('refuses something that is not a pack at all', () => {
    const result = parseSchemePack('hello');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problems[0]).to.deep.equal({ path: '(the whole file)', message: 'must be an object; got text "hello"' });
  });
});
