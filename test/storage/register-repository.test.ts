import { expect } from '@open-wc/testing';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { registerPart } from '../../src/storage/register/part.ts';
import { RegisterValidationError } from '../../src/storage/register/repository.ts';
import { StorageError } from '../../src/storage/repository.ts';
import {
  actionInput,
  freshRegister,
  hazardInput,
  invoiceFile,
  pngFile,
  propertyInput,
} from '../elements/register/fixtures.ts';

describe('register repository (IndexedDB)', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('saves a property, stamps it, and records who created it in the audit trail', async () => {
    const saved = await register.repository.save('properties', propertyInput('P-1'), null, 'Jo Bloggs');
    expect(saved).to.deep.include({
      reference: 'P-1',
      owner: 'hazard-register',
      revision: 1,
      schemaVersion: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    const history = await register.repository.history(saved.id);
    expect(history.map((entry) => [entry.change, entry.who, entry.summary])).to.deep.equal([
      ['created', 'Jo Bloggs', 'Property P-1'],
    ]);
    expect(history[0]!.changes).to.deep.include({ field: 'postcode', before: null, after: 'LS6 2AB' });
  });

  it('records each later change with the fields before and after', async () => {
    const { repository, clock } = register;
    const saved = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    clock.now = new Date('2026-03-03T10:00:00.000Z');
    const { id, owner: _o, createdAt: _c, updatedAt: _u, schemaVersion: _s, revision, ...fields } = saved;
    await repository.save('properties', { ...fields, id, town: 'Bradford' }, revision, 'Ali');
    const history = await repository.history(saved.id);
    expect(history.map((entry) => [entry.change, entry.who, entry.at])).to.deep.equal([
      ['created', 'Jo', '2026-03-02T09:00:00.000Z'],
      ['updated', 'Ali', '2026-03-03T10:00:00.000Z'],
    ]);
    expect(history[1]!.changes).to.deep.equal([{ field: 'town', before: 'Leeds', after: 'Bradford' }]);
  });

  it('refuses a save against an old revision (another tab saved first) and writes nothing', async () => {
    const { repository } = register;
    const saved = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const { id, owner: _o, createdAt: _c, updatedAt: _u, schemaVersion: _s, revision: _r, ...fields } = saved;
    await repository.save('properties', { ...fields, id, town: 'York' }, 1, 'Tab one');
    const error = await repository
      .save('properties', { ...fields, id, town: 'Hull' }, 1, 'Tab two')
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).kind).to.equal('conflict');
    expect((error as StorageError).message).to.contain('changed in another tab or window');
    expect((await repository.get('properties', id))?.town).to.equal('York');
    expect(await repository.history(id)).to.have.length(2);
  });

  it('refuses an invalid record with each problem and its path', async () => {
    const error = await register.repository
      .save('properties', propertyInput('P-1', { postcode: 'nowhere', nextInspectionDate: '31/02/2026' }), null, 'Jo')
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(RegisterValidationError);
    expect((error as RegisterValidationError).problems).to.deep.equal([
      { path: 'postcode', message: 'must be a UK postcode such as LS1 1UR' },
      { path: 'nextInspectionDate', message: 'must be a date written YYYY-MM-DD' },
    ]);
    expect((await register.repository.counts()).properties).to.equal(0);
  });

  it('keeps evidence as Blobs with the hash of what it stored, and deletes a property with all that hangs from it', async () => {
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const hazard = await repository.save('hazards', hazardInput(property.id), null, 'Jo');
    const action = await repository.save('actions', actionInput(property.id, hazard.id), null, 'Jo');
    const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
    const invoice = await prepareEvidence(invoiceFile(), { allow: ['pdf'] });
    if (!photo.ok || !invoice.ok) throw new Error('fixtures refused');
    await repository.addEvidence(
      { recordId: action.id, propertyId: property.id, kind: 'photo', file: photo, note: '', takenAt: null },
      'Jo',
    );
    await repository.addEvidence(
      {
        recordId: action.id,
        propertyId: property.id,
        kind: 'invoice',
        file: invoice,
        note: 'Invoice 1043',
        takenAt: null,
      },
      'Jo',
    );
    const stored = await repository.evidenceOf(action.id);
    expect(stored.map((item) => [item.kind, item.type, item.sha256])).to.deep.equal([
      ['photo', 'image/png', photo.sha256],
      ['invoice', 'application/pdf', invoice.sha256],
    ]);
    expect(await stored[1]!.blob.text()).to.match(/^%PDF-1\.4/);

    await repository.remove('properties', property.id, 'Jo');
    expect(await repository.counts()).to.deep.include({ properties: 0, hazards: 0, actions: 0, evidence: 0 });
    const trail = await repository.history(action.id);
    expect(trail.map((entry) => entry.change)).to.deep.equal(['created', 'deleted']);
  });

  it('moves a deleted housing scheme’s properties to no scheme, audited', async () => {
    const { repository } = register;
    const scheme = await repository.save(
      'housingSchemes',
      { name: 'Riverside', commissioner: 'Leeds City Council', notes: '' },
      null,
      'Jo',
    );
    const property = await repository.save(
      'properties',
      propertyInput('P-1', { housingSchemeId: scheme.id }),
      null,
      'Jo',
    );
    await repository.remove('housingSchemes', scheme.id, 'Jo');
    expect((await repository.get('properties', property.id))?.housingSchemeId).to.equal(null);
    expect((await repository.history(property.id)).map((entry) => entry.change)).to.deep.equal(['created', 'updated']);
    await repository.remove('housingSchemes', 'no-such-id', 'Jo');
  });

  it('keeps two registers apart and deletes one without touching the other', async () => {
    const { IdbRegisterRepository } = await import('../../src/storage/register/idb-repository.ts');
    const { repository } = register;
    const other = new IdbRegisterRepository(
      (repository as unknown as { db: () => Promise<never> }).db,
      'other-register',
    );
    const mine = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    await other.save('properties', propertyInput('Q-1'), null, 'Kim');
    expect(await other.get('properties', mine.id)).to.equal(undefined);
    expect(
      (await other.listProperties({ sort: 'reference', offset: 0, limit: 10 })).items.map((p) => p.reference),
    ).to.deep.equal(['Q-1']);
    await repository.setSetting('who', 'Jo');
    await repository.deleteEverything();
    expect(await repository.counts()).to.deep.include({ properties: 0, audit: 0 });
    expect(await repository.getSetting('who')).to.equal(undefined);
    expect((await other.counts()).properties).to.equal(1);
  });

  it('saves the policy settings, audited, and falls back to the stated defaults', async () => {
    const { repository } = register;
    expect(await repository.getPolicy()).to.deep.include({
      assessmentCurrentMonths: 12,
      category1RemedialDays: 28,
      category2RemedialDays: 90,
    });
    await repository.setPolicy({ ...(await repository.getPolicy()), category1RemedialDays: 21 }, 'Jo');
    expect((await repository.getPolicy()).category1RemedialDays).to.equal(21);
    const error = await repository
      .setPolicy({ ...(await repository.getPolicy()), assessmentCurrentMonths: 0 }, 'Jo')
      .catch((e: unknown) => e);
    expect((error as RegisterValidationError).problems[0]!.path).to.equal('assessmentCurrentMonths');
    const trail = await repository.history('hazard-register');
    expect(trail.map((entry) => [entry.summary, entry.changes])).to.deep.equal([
      ['Policy settings', [{ field: 'category1RemedialDays', before: 28, after: 21 }]],
    ]);
  });

  it('says what to do when a part of its code cannot be fetched (offline before it ever arrived)', async () => {
    const offline = Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const error = await registerPart(offline).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).message).to.equal(
      'This part of the register could not load. Check your connection, then try again: nothing has been changed, and what you entered is still on this page.',
    );
  });
});
