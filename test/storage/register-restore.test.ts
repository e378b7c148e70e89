import { expect } from '@open-wc/testing';
import { DATABASE_NAME, openDatabase } from '../../src/storage/database.ts';
import { IdbRegisterRepository } from '../../src/storage/register/idb-repository.ts';
import { RestoreCancelledError, type UnreadableBackupError } from '../../src/storage/register/restore-file.ts';
import type { RestoreProgress } from '../../src/storage/register/repository.ts';
import { locationKey, openRegisterDatabase, stagingKey } from '../../src/storage/register/location.ts';
import { freshRegister, hazardInput, propertyInput } from '../elements/register/fixtures.ts';

type Register = Awaited<ReturnType<typeof freshRegister>>;

const registerDatabases = async () =>
  (await indexedDB.databases())
    .map(({ name }) => name ?? '')
    .filter((name) => name.startsWith(`${DATABASE_NAME}-register-`));
const references = async (repository: IdbRegisterRepository) =>
  (await repository.listProperties({ sort: 'reference', offset: 0, limit: 50 })).items.map((p) => p.reference);

describe('restoring a backup into a fresh database', function () {
  this.timeout(30000);
  let register: Register;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('replaces the register with the backup, keeps who is using it, and deletes the records it replaced', async () => {
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    const first = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    await repository.save('hazards', hazardInput(first.id), null, 'Jo');
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    await repository.save('properties', propertyInput('P-2'), null, 'Jo');

    expect((await repository.restoreBackup(backup, 'Kim')).ok).to.equal(true);
    expect(await references(repository)).to.deep.equal(['P-1']);
    expect((await repository.hazardsOf(first.id)).map((h) => h.location)).to.deep.equal(['Back bedroom']);
    expect(await repository.getSetting('who')).to.equal('Jo Bloggs');
    const [restoredInto] = await registerDatabases();
    expect(restoredInto).to.be.a('string');
    // Nothing of the register is left in the page's database for the browser to hold on to.
    const home = await openDatabase();
    expect(await home.getAllFromIndex('evidence', 'byOwner', 'hazard-register')).to.deep.equal([]);
    expect((await home.getAll('properties')).length).to.equal(0);
    expect(await home.get('settings', 'hazard-register/who')).to.equal(undefined);
    expect((await home.get('meta', locationKey('hazard-register')))?.value).to.equal(restoredInto);

    // A second restore replaces the first restored database, which is deleted, not left behind.
    await repository.save('properties', propertyInput('P-3'), null, 'Jo');
    expect((await repository.restoreBackup(backup, 'Kim')).ok).to.equal(true);
    expect(await references(repository)).to.deep.equal(['P-1']);
    const now = await registerDatabases();
    expect(now).to.have.length(1);
    expect(now[0]).not.to.equal(restoredInto);
    home.close();
  });

  it('a refused backup leaves no database behind and changes nothing', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    backup.properties[0].postcode = 12;
    await repository.save('properties', propertyInput('P-2'), null, 'Jo');
    expect((await repository.restoreBackup(backup, 'Kim')).ok).to.equal(false);
    expect(await references(repository)).to.deep.equal(['P-1', 'P-2']);
    expect(await registerDatabases()).to.deep.equal([]);
  });

  it('a tab closed mid-restore leaves the old register as it was, and the half-written database is deleted at the next open', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    // The state a closed tab leaves: the restore's database named as staging, holding part of the backup.
    const home = await openDatabase();
    const staging = `${DATABASE_NAME}-register-left-by-a-closed-tab`;
    await home.put('meta', { key: stagingKey('hazard-register'), value: staging });
    const half = await openRegisterDatabase(staging);
    await half.put('properties', {
      ...backup.properties[0],
      id: crypto.randomUUID(),
      reference: 'HALF-1',
      owner: 'hazard-register',
    });
    half.close();
    await repository.save('properties', propertyInput('P-2'), null, 'Jo');

    // Reopened, as the page is after the tab was closed.
    const reopened = new IdbRegisterRepository(() => openDatabase(), 'hazard-register');
    expect(await references(reopened)).to.deep.equal(['P-1', 'P-2']);
    expect(await registerDatabases()).to.deep.equal([]);
    expect(await home.get('meta', stagingKey('hazard-register'))).to.equal(undefined);
    home.close();
  });

  it('restoring one register leaves another register of the page where it was', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    const other = new IdbRegisterRepository(() => openDatabase(), 'other-register');
    await other.save('properties', propertyInput('O-1'), null, 'Jo');
    expect((await repository.restoreBackup(backup, 'Kim')).ok).to.equal(true);
    expect(await references(other)).to.deep.equal(['O-1']);
    expect(await references(repository)).to.deep.equal(['P-1']);
  });

  describe("from a file, off the page's thread", () => {
    const fileOf = (backup: unknown) => new Blob([JSON.stringify(backup)], { type: 'application/json' });

    it("reads, checks and writes the file, saying what it is doing, and the register is the backup's", async () => {
      const { repository } = register;
      const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
      await repository.save('hazards', hazardInput(property.id), null, 'Jo');
      const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
      await repository.save('properties', propertyInput('P-2'), null, 'Jo');
      const seen: RestoreProgress[] = [];
      const result = await repository.restoreFile(fileOf(backup), 'Kim', (progress) => seen.push(progress));
      expect(result.ok).to.equal(true);
      expect(await references(repository)).to.deep.equal(['P-1']);
      expect([...new Set(seen.map((p) => p.phase))]).to.deep.equal(['reading', 'checking', 'writing']);
      expect(seen.filter((p) => p.table).map((p) => p.table)).to.include.members(['properties', 'hazards', 'audit']);
      // One property, one hazard, the trail of their two saves and the restore's own entry.
      expect(seen.at(-1)).to.deep.equal({ phase: 'writing', done: 5, total: 5 });
    });

    it('a cancel while writing leaves the register as it was and no half-written database', async () => {
      const { repository } = register;
      await repository.save('properties', propertyInput('P-1'), null, 'Jo');
      const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
      await repository.save('properties', propertyInput('P-2'), null, 'Jo');
      const cancel = new AbortController();
      let error: unknown;
      await repository
        .restoreFile(fileOf(backup), 'Kim', (progress) => progress.phase === 'writing' && cancel.abort(), cancel.signal)
        .catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(RestoreCancelledError);
      expect(await references(repository)).to.deep.equal(['P-1', 'P-2']);
      expect(await registerDatabases()).to.deep.equal([]);
    });

    it('a file that is not JSON is refused as such and changes nothing', async () => {
      const { repository } = register;
      await repository.save('properties', propertyInput('P-1'), null, 'Jo');
      let error: unknown;
      await repository
        .restoreFile(new Blob(['{ not json']), 'Kim', () => undefined)
        .catch((caught: unknown) => (error = caught));
      expect((error as UnreadableBackupError).reason).to.equal('not-json');
      expect(await references(repository)).to.deep.equal(['P-1']);
      expect(await registerDatabases()).to.deep.equal([]);
    });
  });
});
