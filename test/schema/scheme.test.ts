import { expect } from '@open-wc/testing';
import { ENGLAND_2005, type Scheme } from '../../src/core/index.ts';
import { parseSchemePack, toSchemePack } from '../../src/schema/scheme-pack.ts';

describe('scheme packs (FACTS §7: a scheme is data, validated)', () => {
  // A pack with the 2005 tables for what no built-in scheme covers (England from 22 June 2026, FACTS §7).
  const later: Scheme = {
    ...ENGLAND_2005,
    id: 'council-2026',
    coverage: [{ nation: 'england', from: '2026-06-22', until: null }],
  };

  it('accepts a scheme written as a JSON pack and reads it back unchanged', () => {
    const json = JSON.parse(JSON.stringify(toSchemePack(later)));
    const result = parseSchemePack(json);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.scheme).to.deep.equal(later);
  });

  it('refuses a pack named england-2005 with no Category 1 bands, saying it may not replace the built-in scheme', () => {
    const pack = JSON.parse(JSON.stringify(toSchemePack({ ...ENGLAND_2005, category1Bands: [] })));
    const result = parseSchemePack(pack);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problems).to.deep.equal([
      {
        path: 'id',
        message:
          'uses the id “england-2005” of the built-in scheme (HHSRS 2005 (England before 22 June 2026; Wales)); a scheme pack may not replace the law as built in',
      },
    ]);
  });

  it('refuses a pack covering English inspections before 22 June 2026, which the 2005 scheme governs', () => {
    const pack = JSON.parse(
      JSON.stringify(toSchemePack({ ...later, coverage: [{ nation: 'england', from: '2025-01-01', until: null }] })),
    );
    const result = parseSchemePack(pack);
    expect(!result.ok && result.problems).to.deep.equal([
      {
        path: 'coverage',
        message:
          'covers inspections in England from 2025-01-01, which the built-in scheme england-2005 covers; a scheme pack may only cover what no built-in scheme does',
      },
    ]);
  });

  it('accepts the example pack of the 2026 shape shipped with the demo', async () => {
    const pack = await (
      await fetch(new URL('../../demo/schemes/example-england-2026-shape.json', import.meta.url))
    ).json();
    const result = parseSchemePack(pack);
    expect(result.ok && result.scheme.id).to.equal('example-england-2026-shape');
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
    expect(!result.ok && result.problems[0]).to.deep.equal({
      path: '(the whole file)',
      message: 'must be an object; got text "hello"',
    });
  });
});
