import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/core/register/index.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { freshRegister, hazardInput, propertyInput } from '../elements/register/fixtures.ts';

const STEPS = ['writtenSummarySentOn', 'madeSafeAt', 'furtherWorksStartedOn'];
const awaabs = { riskLevel: 'significant' as const, awareAt: '2026-03-02T09:00' };

/**
 * Entries stored before the Awaab's Law step fields existed have none of them. They are still schema
 * version 1 records: absent means not yet recorded.
 */
describe('register storage: Awaab’s Law steps on entries from before they existed', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('reads an old entry as stored, without step fields, and then records the steps on it', async () => {
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const saved = await repository.save(
      'hazards',
      hazardInput(property.id, { awaabs, investigationEndedOn: '2026-03-10' }),
      null,
      'Jo',
    );
    // Write it back exactly as the earlier version left it in IndexedDB, bypassing today's save.
    const { owner: _o, createdAt: _c, updatedAt: _u, schemaVersion, revision: _r, ...fields } = saved;
    const db = await openDatabase();
    await db.put('hazards', { ...saved } as never);
    db.close();
    const old = (await repository.get('hazards', saved.id))!;
    expect([schemaVersion, STEPS.filter((field) => field in old)]).to.deep.equal([1, []]);
    const hazards = parseCsv(await repository.exportCsv('hazards')).rows;
    expect(hazards[0]!.slice(-3)).to.deep.equal([
      'Written summary sent on',
      'Made safe at',
      'Further works started on',
    ]);
    expect(hazards[1]!.slice(-3)).to.deep.equal(['', '', '']);

    const later = await repository.save(
      'hazards',
      { ...fields, writtenSummarySentOn: '2026-03-12', madeSafeAt: '2026-03-13T15:00' },
      old.revision,
      'Jo',
    );
    expect([later.writtenSummarySentOn, later.madeSafeAt, later.schemaVersion]).to.deep.equal([
      '2026-03-12',
      '2026-03-13T15:00',
      1,
    ]);
    expect(parseCsv(await repository.exportCsv('hazards')).rows[1]!.slice(-3)).to.deep.equal([
      '2026-03-12',
      '2026-03-13T15:00',
      '',
    ]);
    const trail = await repository.history(saved.id);
    expect(trail.at(-1)!.changes).to.deep.equal([
      { field: 'writtenSummarySentOn', before: null, after: '2026-03-12' },
      { field: 'madeSafeAt', before: null, after: '2026-03-13T15:00' },
    ]);
  });

  it('restores a backup written before the steps existed, and one written after', async () => {
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    await repository.save('hazards', hazardInput(property.id, { awaabs }), null, 'Jo');
    const oldBackup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    expect(STEPS.filter((field) => field in oldBackup.hazards[0])).to.deep.equal([]);
    await repository.deleteEverything();
    expect((await repository.restoreBackup(oldBackup, 'Kim')).ok).to.equal(true);
    const [restored] = (await repository.listHazards({ offset: 0, limit: 5 })).items;
    expect(STEPS.filter((field) => field in restored!)).to.deep.equal([]);

    const newBackup = structuredClone(oldBackup);
    Object.assign(newBackup.hazards[0], {
      investigationEndedOn: '2026-03-10',
      writtenSummarySentOn: '2026-03-12',
      madeSafeAt: '2026-03-13T15:00',
      furtherWorksStartedOn: '2026-04-01',
    });
    expect((await repository.restoreBackup(newBackup, 'Kim')).ok).to.equal(true);
    const [withSteps] = (await repository.listHazards({ offset: 0, limit: 5 })).items;
    expect([withSteps!.writtenSummarySentOn, withSteps!.madeSafeAt, withSteps!.furtherWorksStartedOn]).to.deep.equal([
      '2026-03-12',
      '2026-03-13T15:00',
      '2026-04-01',
    ]);
  });
});
