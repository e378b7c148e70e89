import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { CHECKLIST_POLICY_DEFAULTS, complianceReport } from '../../src/core/register/index.ts';
import { ukDateOf } from '../../src/core/uk-time.ts';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { DATABASE_NAME, openDatabase } from '../../src/storage/database.ts';
import { openRegisterOf } from '../../src/storage/register/location.ts';
import { factsFreshKey } from '../../src/storage/register/facts.ts';
import { IdbRegisterRepository } from '../../src/storage/register/idb-repository.ts';
import type { RegisterRepository } from '../../src/storage/register/repository.ts';
import { actionInput, freshRegister, hazardInput, pngFile, propertyInput } from '../elements/register/fixtures.ts';

const AS_OF = '2026-03-31';
type Row = Record<string, unknown> & { owner: string; propertyId: string; createdAt: string };

/** The report worked out from every stored record of the register, as the report read them before the facts. */
async function reportFromRecords(owner: string) {
  const db = await openRegisterOf(owner);
  const all = async (store: 'properties' | 'assessments' | 'hazards' | 'actions' | 'evidence') =>
    ((await db.getAll(store)) as unknown as Row[]).filter((record) => record.owner === owner);
  const properties = await all('properties');
  const assessments = await all('assessments');
  const hazards = await all('hazards');
  const actions = await all('actions');
  const evidence = await all('evidence');
  db.close();
  properties.sort((a, b) => String(a.reference).localeCompare(String(b.reference)));
  return complianceReport({
    asOf: AS_OF,
    policy: CHECKLIST_POLICY_DEFAULTS,
    properties: properties as never,
    assessments: assessments as never,
    hazards: hazards as never,
    actions: actions as never,
    evidence: evidence.map((item) => ({
      recordId: String(item.recordId),
      addedOn: ukDateOf(Date.parse(item.createdAt)),
    })),
  });
}

async function reportFromRepository(repository: RegisterRepository) {
  return complianceReport({ ...(await repository.reportData(null)), asOf: AS_OF, policy: CHECKLIST_POLICY_DEFAULTS });
}

describe('register compliance facts: kept with every write, so the report reads one record per property', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('gives the same report as the records after adding, editing and deleting hazards, actions, evidence and a property', async () => {
    const { repository } = register;
    const p1 = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const p2 = await repository.save('properties', propertyInput('P-2'), null, 'Jo');
    const damp = await repository.save('hazards', hazardInput(p1.id), null, 'Jo');
    const fire = await repository.save(
      'hazards',
      hazardInput(p2.id, { hazardId: 'fire', location: 'Hall' }),
      null,
      'Jo',
    );
    const action = await repository.save('actions', actionInput(p1.id, damp.id), null, 'Jo');
    await repository.save('actions', actionInput(p2.id, fire.id), null, 'Jo');
    const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
    if (!photo.ok) throw new Error(photo.message);
    await repository.addEvidence(
      { recordId: action.id, propertyId: p1.id, kind: 'photo', file: photo, note: '', takenAt: null },
      'Jo',
    );
    expect(await reportFromRepository(repository)).to.deep.equal(await reportFromRecords(repository.storageKey));

    const { id, owner: _o, createdAt: _c, updatedAt: _u, schemaVersion: _s, revision, ...fields } = action;
    await repository.save('actions', { ...fields, id, completedOn: '2026-03-10', state: 'completed' }, revision, 'Jo');
    await repository.remove('hazards', fire.id, 'Jo');
    const before = await reportFromRepository(repository);
    expect(before).to.deep.equal(await reportFromRecords(repository.storageKey));
    expect(before.properties.find((p) => p.reference === 'P-1')?.openActions).to.equal(0);

    await repository.remove('properties', p1.id, 'Jo');
    const after = await reportFromRepository(repository);
    expect(after).to.deep.equal(await reportFromRecords(repository.storageKey));
    expect(after.propertyCount).to.equal(1);
  });

  it('gives the same report after a restore, which rebuilds the facts from the restored records', async () => {
    const { repository } = register;
    const p1 = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const damp = await repository.save('hazards', hazardInput(p1.id), null, 'Jo');
    await repository.save('actions', actionInput(p1.id, damp.id), null, 'Jo');
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    await repository.remove('hazards', damp.id, 'Jo');
    await repository.save('hazards', hazardInput(p1.id, { hazardId: 'fire' }), null, 'Jo');
    expect((await repository.restoreBackup(backup, 'Jo')).ok).to.equal(true);
    const report = await reportFromRepository(repository);
    expect(report).to.deep.equal(await reportFromRecords(repository.storageKey));
    expect(report.properties[0]?.openActions).to.equal(1);
  });

  it('says a register is empty until it has a property, and not after', async () => {
    const { repository } = register;
    expect(await repository.isEmpty()).to.equal(true);
    await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    expect(await repository.isEmpty()).to.equal(false);
  });
});

describe('register database version 3: an existing register is upgraded with its facts', () => {
  it('builds the facts from the records of a version 2 register, and reports as before', async () => {
    const register = await freshRegister('old-register');
    const { repository } = register;
    const p1 = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const damp = await repository.save('hazards', hazardInput(p1.id), null, 'Jo');
    await repository.save('actions', actionInput(p1.id, damp.id), null, 'Jo');
    const expected = await reportFromRecords('old-register');
    const stored = await openDatabase();
    const records = Object.fromEntries(
      await Promise.all(
        (
          [
            'housingSchemes',
            'properties',
            'assessments',
            'hazards',
            'actions',
            'evidence',
            'audit',
            'settings',
          ] as const
        ).map(async (store) => [store, await stored.getAll(store)]),
      ),
    );
    stored.close();
    await register.close();

    // The version 2 layout, as every register had it before the facts, holding those records.
    await deleteDB(DATABASE_NAME);
    const old = await openDB(DATABASE_NAME, 2, {
      upgrade(db) {
        for (const store of ['drafts', 'settings', 'meta']) db.createObjectStore(store, { keyPath: 'key' });
        db.createObjectStore('schemePacks', { keyPath: 'id' });
        db.createObjectStore('housingSchemes', { keyPath: 'id' }).createIndex('byOwnerName', ['owner', 'name', 'id']);
        const properties = db.createObjectStore('properties', { keyPath: 'id' });
        properties.createIndex('byHousingScheme', 'housingSchemeId');
        properties.createIndex('byOwnerReference', ['owner', 'reference', 'id']);
        properties.createIndex('byOwnerPostcode', ['owner', 'postcode', 'id']);
        properties.createIndex('byOwnerSchemeReference', ['owner', 'housingSchemeId', 'reference', 'id']);
        properties.createIndex('byOwnerNextInspection', ['owner', 'nextInspectionDate', 'id']);
        const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
        assessments.createIndex('byProperty', 'propertyId');
        assessments.createIndex('byOwnerInspection', ['owner', 'inspectionDate', 'id']);
        const hazards = db.createObjectStore('hazards', { keyPath: 'id' });
        hazards.createIndex('byProperty', 'propertyId');
        hazards.createIndex('byOwnerFound', ['owner', 'foundOn', 'id']);
        hazards.createIndex('byOwnerStatusFound', ['owner', 'status', 'foundOn', 'id']);
        hazards.createIndex('byOwnerCategoryFound', ['owner', 'category', 'foundOn', 'id']);
        hazards.createIndex('byOwnerStatusCategoryFound', ['owner', 'status', 'category', 'foundOn', 'id']);
        const actions = db.createObjectStore('actions', { keyPath: 'id' });
        actions.createIndex('byHazard', 'hazardId');
        actions.createIndex('byOwnerStateTarget', ['owner', 'state', 'targetDate', 'id']);
        const evidence = db.createObjectStore('evidence', { keyPath: 'id' });
        evidence.createIndex('byOwner', 'owner');
        evidence.createIndex('byRecord', 'recordId');
        const audit = db.createObjectStore('audit', { keyPath: 'id' });
        audit.createIndex('byRecord', 'recordId');
        audit.createIndex('byOwnerAt', ['owner', 'at', 'id']);
      },
    });
    for (const [store, list] of Object.entries(records))
      for (const record of list as object[]) await old.put(store as never, record as never);
    old.close();

    const upgraded = await openDatabase();
    expect((await upgraded.get('meta', factsFreshKey('old-register')))?.value).to.equal(true);
    expect(
      (await upgraded.getAllFromIndex('registerFacts', 'byOwner', 'old-register')).map((f) => f.hazards.length),
    ).to.deep.equal([1]);
    const repository2 = new IdbRegisterRepository(
      async () => upgraded,
      'old-register',
      () => new Date('2026-03-02T10:00:00.000Z'),
    );
    expect(await reportFromRepository(repository2)).to.deep.equal(expected);
    upgraded.close();
  });
});
