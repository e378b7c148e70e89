import { expect } from '@open-wc/testing';
import { ENGLAND_2005, schemeById, schemeFor, type Scheme } from '../../src/core/index.ts';

const loaded2026: Scheme = { ...ENGLAND_2005, id: 'example-england-2026', example: true, coverage: [{ nation: 'england', from: '2026-06-22', until: null }] };

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
});
