import { expect } from '@open-wc/testing';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { DATABASE_NAME } from '../../src/storage/database.ts';
import { openRegisterOf } from '../../src/storage/register/location.ts';
import { freshRegister, hazardInput, pngFile, propertyInput } from '../elements/register/fixtures.ts';

type Register = Awaited<ReturnType<typeof freshRegister>>;

const registerDatabases = async () =>
  (await indexedDB.databases())
    .map(({ name }) => name ?? '')
    .filter((name) => name.startsWith(`${DATABASE_NAME}-register-`));

/** The bytes of a store's records of the register, each as JSON, read straight from the database. */
async function storedBytes(store: 'properties' | 'hazards' | 'audit'): Promise<number> {
  const db = await openRegisterOf('hazard-register');
  const all = (await db.getAll(store)) as unknown as object[];
  db.close();
  return all.reduce((sum, record) => sum + JSON.stringify(record).length, 0);
}

describe('how much a register stores', function () {
  this.timeout(60000);
  let register: Register;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('counts its records, its evidence files and its audit trail apart', async () => {
    const { repository } = register;
    expect(await repository.storageUse()).to.deep.equal({ records: 0, evidenceFiles: 0, audit: 0 });
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const hazard = await repository.save('hazards', hazardInput(property.id), null, 'Jo');
    const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
    if (!photo.ok) throw new Error(photo.message);
    await repository.addEvidence(
      { recordId: hazard.id, propertyId: property.id, kind: 'photo', file: photo, note: '', takenAt: null },
      'Jo',
    );
    const use = await repository.storageUse();
    expect(use.evidenceFiles).to.equal(photo.blob.size);
    // A register this small is measured whole, so the figures are the records' own sizes.
    expect(use.records).to.equal((await storedBytes('properties')) + (await storedBytes('hazards')));
    expect(use.audit).to.equal(await storedBytes('audit'));
  });

  it('estimates a large register from a sample, near its real size', async () => {
    const { repository } = register;
    await repository.saveMany(
      { properties: Array.from({ length: 1000 }, (_, i) => propertyInput(`P-${String(i).padStart(4, '0')}`)) },
      'Jo',
    );
    const { records } = await repository.storageUse();
    const real = await storedBytes('properties');
    expect(Math.abs(records - real) / real).to.be.below(0.05);
  });

  it("after a restore from a file, the register's old database is deleted, not left behind", async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const file = await repository.exportFile(() => undefined);
    expect((await repository.restoreFile(file, 'Kim', () => undefined)).ok).to.equal(true);
    const [first] = await registerDatabases();
    expect((await repository.restoreFile(file, 'Kim', () => undefined)).ok).to.equal(true);
    const now = await registerDatabases();
    expect(now).to.have.length(1);
    expect(now[0]).not.to.equal(first);
    expect((await repository.listProperties({ sort: 'reference', offset: 0, limit: 5 })).total).to.equal(1);
  });
});
