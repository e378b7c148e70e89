import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';
import { mergeKey } from '../../src/core/register/index.ts';
import { actionInput, freshRegister, hazardInput, propertyInput } from '../elements/register/fixtures.ts';
import { divergedDevices } from './register-merge-fixtures.ts';

describe('merging a backup from another device', () => {
  let devices: Awaited<ReturnType<typeof divergedDevices>>;
  beforeEach(async () => {
    devices = await divergedDevices();
  });
  afterEach(() => devices.close());

  it('lists the one conflict, applies the rest, resolves the conflict as chosen, and loses nothing', async () => {
    const { repository, backupB, damp, fire, falls, action } = devices;
    const before = await repository.counts();
    const auditBefore = (await repository.exportBackup()).audit.map((e) => e.id);
    const checked = await repository.checkMerge(backupB);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const { plan } = checked.merge;
    expect(plan.counts).to.deep.include({
      'new-there': 3,
      'updated-there': 1,
      'changed-here': 1,
      'deleted-there': 1,
      conflict: 1,
      'only-here': 0,
      'deleted-here': 0,
    });
    const conflict = plan.items.find((item) => item.kind === 'conflict');
    expect(conflict).to.deep.include({
      store: 'hazards',
      fields: [
        { field: 'location', here: 'Stairs', there: 'Cellar stairs' },
        { field: 'description', here: 'Loose handrail', there: 'Black mould on the outside wall' },
      ],
    });
    expect(await repository.counts()).to.deep.equal(before);

    await repository.applyMerge(checked.merge, new Map(), 'Jo').then(
      () => expect.fail('merged without a choice'),
      (error) => expect(error).to.be.instanceOf(HhsrsInputError),
    );
    expect(await repository.counts()).to.deep.equal(before);

    const result = await repository.applyMerge(
      checked.merge,
      new Map([[mergeKey(conflict!), { fields: { location: 'there', description: 'here' } }]]),
      'Jo',
    );
    expect(result).to.deep.equal({
      ok: true,
      added: 3,
      updated: 1,
      combined: 1,
      auditImported: checked.merge.audit.length,
    });
    expect((await repository.get('hazards', damp.id))?.location).to.equal('Front bedroom');
    expect((await repository.get('hazards', fire.id))?.location).to.equal('Landing');
    expect(await repository.get('hazards', falls.id)).to.deep.include({
      location: 'Cellar stairs',
      description: 'Loose handrail',
      revision: 3,
    });
    expect(await repository.get('actions', action.id), 'deleted there, kept here').to.not.equal(undefined);
    const files = await repository.evidenceOf(fire.id);
    expect(await files[0]!.blob.text()).to.equal(await devices.invoice.blob.text());

    const after = await repository.counts();
    expect(after).to.deep.equal({
      ...before,
      properties: 2,
      hazards: 4,
      evidence: 2,
      audit: before.audit + checked.merge.audit.length + 5 + 1 + 0,
    });
    const mergedA = await repository.exportBackup();
    const ids = new Set(
      [...mergedA.properties, ...mergedA.hazards, ...mergedA.actions, ...mergedA.evidence].map((r) => r.id),
    );
    for (const record of [...backupB.properties, ...backupB.hazards, ...backupB.actions, ...backupB.evidence])
      expect(ids.has(record.id), `${record.id} kept`).to.equal(true);
    const auditIds = new Set(mergedA.audit.map((e) => e.id));
    for (const id of [...auditBefore, ...backupB.audit.map((e) => e.id)])
      expect(auditIds.has(id), `audit ${id} kept`).to.equal(true);
    expect((await repository.history(falls.id)).at(-1)?.summary).to.match(
      /combined from both versions, merged from the backup made/,
    );
    expect((await repository.mergeLog()).map((line) => line.counts.conflict)).to.deep.equal([1]);

    // The same backup again: everything is already here.
    const again = await repository.checkMerge(backupB);
    expect(again.ok && again.merge.plan.counts).to.deep.include({
      'new-there': 0,
      'updated-there': 0,
      conflict: 0,
      'duplicate-file': 0,
    });
    expect(again.ok && again.merge.audit.length).to.equal(0);
  });

  it('changes nothing for an invalid backup, and lists every problem', async () => {
    const { repository, backupB } = devices;
    const before = await repository.counts();
    backupB.properties[1]!.postcode = 'nowhere';
    backupB.evidence[0]!.sha256 = '0'.repeat(64);
    const checked = await repository.checkMerge(backupB);
    expect(checked.ok === false && checked.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'properties[1].postcode: must be a UK postcode such as LS1 1UR',
    ]);
    backupB.properties[1]!.postcode = 'LS1 4AP';
    const files = await repository.checkMerge(backupB);
    expect(files.ok === false && files.problems[0]?.message).to.equal(
      'does not match its SHA-256: the file was changed or damaged',
    );
    expect(await repository.counts()).to.deep.equal(before);
  });
});

describe('retention', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('lists closed hazards older than the period and deletes only the chosen ones, audited', async () => {
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const old = await repository.save(
      'hazards',
      hazardInput(property.id, { foundOn: '2022-01-10', status: 'resolved', resolvedOn: '2022-03-01' }),
      null,
      'Jo',
    );
    await repository.save(
      'actions',
      actionInput(property.id, old.id, {
        raisedOn: '2022-01-10',
        targetDate: '2022-02-10',
        completedOn: '2022-02-20',
        state: 'completed',
      }),
      null,
      'Jo',
    );
    await repository.save('hazards', hazardInput(property.id), null, 'Jo');
    const list = await repository.listRetained(24, '2026-03-02');
    expect(list.items.map((item) => item.hazard.id)).to.deep.equal([old.id]);
    expect(await repository.deleteRetained(['not-on-the-list'], 24, '2026-03-02', 'Jo')).to.equal(0);
    expect(await repository.deleteRetained([old.id], 24, '2026-03-02', 'Jo')).to.equal(1);
    expect(await repository.counts()).to.deep.include({ hazards: 1, actions: 0 });
    expect((await repository.history(old.id)).map((e) => e.change)).to.deep.equal(['created', 'deleted']);
    expect((await repository.recentChanges(1))[0]?.summary).to.equal(
      'Deleted 1 hazards closed more than 24 months ago, with their actions and 0 evidence files (retention)',
    );
  });
});
