import { expect } from '@open-wc/testing';
import {
  chooseScheme,
  ENGLAND_2005,
  packConflict,
  schemeById,
  schemeFor,
  usablePacks,
  type Scheme,
} from '../../src/core/index.ts';

const loaded2026: Scheme = {
  ...ENGLAND_2005,
  id: 'example-england-2026',
  example: true,
  coverage: [{ nation: 'england', from: '2026-06-22', until: null }],
};

describe('schemeFor (FACTS §7: which scheme governs an inspection)', () => {
  it('uses the 2005 scheme for an English inspection begun on 21 June 2026', () => {
    const choice = schemeFor('england', '2026-06-21');
    expect(choice.ok && choice.scheme.id).to.equal('england-2005');
  });

  it('refuses to score an English inspection begun on 22 June 2026 under the 2005 tables', () => {
    const choice = schemeFor('england', '2026-06-22');
    expect(choice.ok).to.equal(false);
    expect(!choice.ok && choice.reason).to.equal('needs-2026-scheme');
    expect(!choice.ok && choice.message).to.contain('falls under the 2026 English scheme');
    // FACTS §7: sources differ between 22 and 23 June, so the check-which-scheme warning stays without a pack too.
    expect(!choice.ok && choice.warning).to.contain('Check which scheme applies');
    const later = schemeFor('england', '2026-06-24');
    expect(!later.ok && later.warning).to.equal(undefined);
  });

  it('uses a loaded 2026 pack and warns on 22 and 23 June to check which scheme applies', () => {
    const on23 = schemeFor('england', '2026-06-23', [loaded2026]);
    expect(on23.ok && on23.scheme.id).to.equal('example-england-2026');
    expect(on23.ok && on23.warning).to.contain('Check which scheme applies');
    const later = schemeFor('england', '2026-09-01', [loaded2026]);
    expect(later.ok && later.warning).to.equal(undefined);
  });

  it('keeps Wales on the 2005 method after June 2026', () => {
    const choice = schemeFor('wales', '2027-01-15', [loaded2026]);
    expect(choice.ok && choice.scheme.id).to.equal('england-2005');
  });

  it('has no scheme for an inspection before the regulations came into force', () => {
    const choice = schemeFor('wales', '2006-01-01');
    expect(!choice.ok && choice.reason).to.equal('no-scheme');
    expect(!choice.ok && choice.message).to.equal('No loaded scheme covers an inspection in Wales on 2006-01-01.');
    expect(!schemeFor('england', '2006-01-01').ok).to.equal(true);
  });

  it('re-opens saved work under the scheme it was scored with', () => {
    expect(schemeById('example-england-2026', [loaded2026])).to.equal(loaded2026);
    expect(schemeById('england-2005')).to.equal(ENGLAND_2005);
    expect(schemeById('nope')).to.equal(undefined);
  });

  it('never lets a stored pack that takes a built-in id or date range replace the 2005 scheme', () => {
    const impostor: Scheme = { ...ENGLAND_2005, version: 'x', category1Bands: [] };
    const early: Scheme = {
      ...loaded2026,
      id: 'council-2005',
      coverage: [{ nation: 'england', from: '2020-01-01', until: null }],
    };
    expect(schemeById('england-2005', [impostor])).to.equal(ENGLAND_2005);
    const choice = schemeFor('england', '2024-03-01', [early, impostor]);
    expect(choice.ok && choice.scheme).to.equal(ENGLAND_2005);
    expect(usablePacks([impostor, early, loaded2026])).to.deep.equal([loaded2026]);
  });
});

describe('packConflict (DESIGN: the law as built in wins)', () => {
  const pack = (coverage: Scheme['coverage'], id = 'council-pack'): Scheme => ({ ...loaded2026, id, coverage });
  const rows: [string, Scheme, string | undefined][] = [
    [
      'a pack named england-2005',
      pack([{ nation: 'england', from: '2026-06-22', until: null }], 'england-2005'),
      'uses the id “england-2005”',
    ],
    // FACTS §7: England before 22 June 2026 is the 2005 scheme's.
    [
      'England from 1 January 2026',
      pack([{ nation: 'england', from: '2026-01-01', until: null }]),
      'covers inspections in England from 2026-01-01',
    ],
    [
      'England up to 22 June 2026 only',
      pack([{ nation: 'england', from: '2000-01-01', until: '2026-06-22' }]),
      'in England from 2006-04-06',
    ],
    // SI 2006/1702: Wales stays on the 2005 method with no end date.
    [
      'Wales from 2030',
      pack([{ nation: 'wales', from: '2030-01-01', until: null }]),
      'covers inspections in Wales from 2030-01-01',
    ],
    [
      'England before the 2005 scheme began',
      pack([{ nation: 'england', from: '2000-01-01', until: '2006-04-06' }]),
      undefined,
    ],
    [
      'England from 22 June 2026 (the 2026 scheme)',
      pack([{ nation: 'england', from: '2026-06-22', until: null }]),
      undefined,
    ],
  ];
  rows.forEach(([name, scheme, reason]) =>
    it(`${reason ? 'refuses' : 'accepts'} ${name}`, () => {
      const conflict = packConflict(scheme);
      if (reason) expect(conflict).to.contain(reason);
      else expect(conflict).to.equal(undefined);
    }),
  );
});

describe('chooseScheme (the officer page and the register import both ask this)', () => {
  const rows: [string, Parameters<typeof chooseScheme>[0], string | false, string?][] = [
    // FACTS §7: inspections begun before 22 June 2026 in England: the 2005 scheme.
    ['England, 21 June 2026', { nation: 'england', inspectionDate: '2026-06-21' }, 'england-2005'],
    // FACTS §7: on or after 22 June 2026 the 2026 scheme; never the 2005 tables.
    [
      'England, 22 June 2026, nothing loaded',
      { nation: 'england', inspectionDate: '2026-06-22' },
      false,
      'needs-2026-scheme',
    ],
    [
      'England, 22 June 2026, a 2026 pack',
      { nation: 'england', inspectionDate: '2026-06-22', loaded: [loaded2026] },
      'example-england-2026',
    ],
    ['no nation yet', { nation: '', inspectionDate: '2026-06-01' }, false, 'needs-details'],
    ['no date yet', { nation: 'wales', inspectionDate: '' }, false, 'needs-details'],
    [
      'explicit england-2005 for an English 2025 inspection',
      { nation: 'england', inspectionDate: '2025-02-01', explicitId: 'england-2005' },
      'england-2005',
    ],
    // DESIGN: an explicit scheme may only name one that covers the inspection.
    [
      'explicit england-2005 for an English July 2026 inspection',
      { nation: 'england', inspectionDate: '2026-07-01', explicitId: 'england-2005' },
      false,
      'explicit-does-not-cover',
    ],
    [
      'explicit pack not loaded',
      { nation: 'england', inspectionDate: '2026-07-01', explicitId: 'nope' },
      false,
      'explicit-not-loaded',
    ],
    [
      'explicit 2026 pack for Wales',
      { nation: 'wales', inspectionDate: '2026-07-01', explicitId: 'example-england-2026', loaded: [loaded2026] },
      false,
      'explicit-does-not-cover',
    ],
  ];
  rows.forEach(([name, question, schemeId, reason]) =>
    it(name, () => {
      const choice = chooseScheme(question);
      expect(choice.ok && choice.scheme.id).to.equal(schemeId);
      if (reason) expect(!choice.ok && choice.reason).to.equal(reason);
    }),
  );

  it('says which scheme governs when an explicit one does not cover the inspection', () => {
    const late = chooseScheme({
      nation: 'england',
      inspectionDate: '2026-07-01',
      explicitId: 'england-2005',
      loaded: [loaded2026],
    });
    expect(!late.ok && late.message).to.contain('does not cover an inspection in England begun on 2026-07-01');
    expect(!late.ok && late.message).to.contain(`falls under ${loaded2026.name}`);
    const none = chooseScheme({ nation: 'england', inspectionDate: '2026-07-01', explicitId: 'england-2005' });
    expect(!none.ok && none.message).to.contain('falls under the 2026 English scheme');
  });

  it('warns on 22 and 23 June to check which scheme applies, with an explicit scheme too', () => {
    const choice = chooseScheme({
      nation: 'england',
      inspectionDate: '2026-06-23',
      explicitId: 'example-england-2026',
      loaded: [loaded2026],
    });
    expect(choice.ok && choice.warning).to.contain('Check which scheme applies');
    const later = chooseScheme({
      nation: 'england',
      inspectionDate: '2026-06-24',
      explicitId: 'example-england-2026',
      loaded: [loaded2026],
    });
    expect(later.ok && later.warning).to.equal(undefined);
  });
});
