import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { DATABASE_NAME, openDatabase } from '../../src/storage/database.ts';
import { IdbRegisterRepository } from '../../src/storage/register/idb-repository.ts';
import type { RegisterRepository } from '../../src/storage/register/repository.ts';
import { freshRegister, propertyInput } from '../elements/register/fixtures.ts';

async function found(repository: RegisterRepository, search: string) {
  const page = await repository.listProperties({ search, sort: 'reference', offset: 0, limit: 10 });
  return { references: page.items.map((p) => p.reference), total: page.total, matchedOn: page.matchedOn };
}

describe('finding a property by any word of its address', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('finds by the start of any address word, all words typed, in any case, and keeps up with edits and deletions', async () => {
    const { repository } = register;
    await repository.saveMany(
      {
        properties: [
          propertyInput('A-1', {
            addressLine1: 'Flat 2, Rose Court',
            addressLine2: 'Mill Lane',
            town: 'Leeds',
            postcode: 'LS6 2AB',
          }),
          propertyInput('A-2', { addressLine1: '14 Millbrook Road', town: 'Otley', postcode: 'LS21 1AA' }),
          propertyInput('A-3', { addressLine1: '3 Station Road', town: 'Leeds', postcode: 'LS1 4DY' }),
        ],
      },
      'Jo',
    );
    expect(await found(repository, 'mill')).to.deep.equal({
      references: ['A-1', 'A-2'],
      total: 2,
      matchedOn: 'address',
    });
    expect(await found(repository, 'ROAD leeds')).to.deep.equal({
      references: ['A-3'],
      total: 1,
      matchedOn: 'address',
    });
    expect(await found(repository, 'rose court')).to.deep.equal({
      references: ['A-1'],
      total: 1,
      matchedOn: 'address',
    });
    expect(await found(repository, 'LS6')).to.deep.equal({ references: ['A-1'], total: 1, matchedOn: 'postcode' });
    expect(await found(repository, 'Harehills')).to.deep.equal({ references: [], total: 0, matchedOn: 'address' });

    const a3 = (await repository.propertyByReference('A-3'))!;
    await repository.save('properties', { ...a3, addressLine1: '3 Harehills Avenue' }, a3.revision, 'Jo');
    expect((await found(repository, 'harehills')).references).to.deep.equal(['A-3']);
    expect((await found(repository, 'station')).references, 'the old address no longer finds it').to.deep.equal([]);
    const a1 = (await repository.propertyByReference('A-1'))!;
    await repository.remove('properties', a1.id, 'Jo');
    expect((await found(repository, 'mill')).references).to.deep.equal(['A-2']);
  });

  it('finds the restored properties after a restore, and only this register’s', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('A-1', { addressLine1: '9 Kirkstall Road' }), null, 'Jo');
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    await repository.save('properties', propertyInput('A-2', { addressLine1: '10 Kirkstall Road' }), null, 'Jo');
    const other = new IdbRegisterRepository(() => openDatabase(), 'other-register');
    await other.save('properties', propertyInput('B-1', { addressLine1: '1 Kirkstall Road' }), null, 'Kim');
    expect((await found(repository, 'kirkstall')).references).to.deep.equal(['A-1', 'A-2']);
    expect((await repository.restoreBackup(backup, 'Jo')).ok).to.equal(true);
    expect((await found(repository, 'kirkstall')).references).to.deep.equal(['A-1']);
    expect((await found(other, 'kirkstall')).references).to.deep.equal(['B-1']);
  });

  it('finds the properties of a register saved before search words were kept (database version 3)', async () => {
    register.close();
    await deleteDB(DATABASE_NAME);
    const v3 = await openDatabase(undefined, 3);
    const at = '2026-03-02T09:00:00.000Z';
    const stamped = { owner: 'hazard-register', createdAt: at, updatedAt: at, schemaVersion: 1, revision: 1 };
    await v3.put('properties', {
      ...propertyInput('OLD-1', { addressLine1: '5 Cardigan Road' }),
      id: crypto.randomUUID(),
      ...stamped,
    } as never);
    await v3.put('properties', {
      ...propertyInput('OLD-2', { addressLine1: '6 Otley Road' }),
      id: crypto.randomUUID(),
      ...stamped,
    } as never);
    expect(v3.objectStoreNames.contains('propertySearch')).to.equal(false);
    v3.close();
    const repository = new IdbRegisterRepository(() => openDatabase(), 'hazard-register');
    expect(await found(repository, 'cardigan')).to.deep.equal({
      references: ['OLD-1'],
      total: 1,
      matchedOn: 'address',
    });
    expect((await found(repository, 'road')).references).to.deep.equal(['OLD-1', 'OLD-2']);
  });
});
