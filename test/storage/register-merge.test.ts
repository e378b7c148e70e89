import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';
import { mergeKey } from '../../src/core/register/index.ts';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';
import { IdbRegisterRepository } from '../../src/storage/register-idb-repository.ts';
import type { RegisterBackup } from '../../src/schema/register.ts';
import { actionInput, freshRegister, hazardInput, invoiceFile, pngFile, propertyInput } from '../elements/register/fixtures.ts';

/**
 * Device A (the register under test) and "device B", restored from A's backup. Records are keyed by id in
 * the page's one database, so the two devices take turns in it: A's state is backed up while B works, and
 * put back before the merge, as A's browser would still hold it.
 */
export async function divergedDevices() {
  const a = await freshRegister('hazard-register', '2026-03-02T09:00:00.000Z');
  const { repository } = a;
  const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
  const damp = await repository.save('hazards', hazardInput(property.id), null, 'Jo');
  const fire = await repository.save('hazards', hazardInput(property.id, { hazardId: 'fire', location: 'Hall' }), null, 'Jo');
  const falls = await repository.save('hazards', hazardInput(property.id, { hazardId: 'falling-on-stairs', location: 'Stairs' }), null, 'Jo');
  const action = await repository.save('actions', actionInput(property.id, damp.id), null, 'Jo');
  const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
  if (!photo.ok) throw new Error(photo.message);
  await repository.addEvidence({ recordId: damp.id, propertyId: property.id, kind: 'photo', file: photo, note: '', takenAt: null }, 'Jo');
  const common = JSON.parse(JSON.stringify(await repository.exportBackup()));

  // Here (A): one record changed only here, and the stairs hazard.
  await repository.save('hazards', { ...damp, location: 'Front bedroom' }, damp.revision, 'Jo');
  await repository.save('hazards', { ...falls, description: 'Loose handrail' }, falls.revision, 'Jo');
  const stateOfA = JSON.parse(JSON.stringify(await repository.exportBackup()));
  await repository.deleteEverything();

  // There (B): one record changed only there, the same stairs hazard, a new property with a hazard and a file, a deletion.
  let connection: Promise<Database> | undefined;
  const clockB = { now: new Date('2026-03-10T14:00:00.000Z') };
  const b = new IdbRegisterRepository(() => (connection ??= openDatabase()), 'device-b', () => (clockB.now = new Date(clockB.now.getTime() + 1)));
  expect((await b.restoreBackup(common, 'Kim')).ok).to.equal(true);
  await b.save('hazards', { ...fire, location: 'Landing' }, fire.revision, 'Kim');
  await b.save('hazards', { ...falls, location: 'Cellar stairs' }, falls.revision, 'Kim');
  const newHome = await b.save('properties', propertyInput('P-2', { postcode: 'LS1 4AP' }), null, 'Kim');
  await b.save('hazards', hazardInput(newHome.id, { hazardId: 'excess-cold' }), null, 'Kim');
  const invoice = await prepareEvidence(invoiceFile(), { allow: ['pdf'] });
  if (!invoice.ok) throw new Error(invoice.message);
  await b.addEvidence({ recordId: fire.id, propertyId: property.id, kind: 'invoice', file: invoice, note: '', takenAt: null }, 'Kim');
  await b.remove('actions', action.id, 'Kim');
  const backupB = JSON.parse(JSON.stringify(await b.exportBackup())) as RegisterBackup;
  await b.deleteEverything();
  (await connection)?.close();

  a.clock.now = new Date('2026-03-12T09:00:00.000Z');
  expect((await repository.restoreBackup(stateOfA, 'Jo')).ok).to.equal(true);
  return { ...a, backupB, property, damp, fire, falls, action, newHome, invoice };
}

describe('merging a backup from another device', () => {
  let devices: Awaited<ReturnType<typeof divergedDevices>>;
  beforeEach(async () => { devices = await divergedDevices(); });
  afterEach(() => devices.close());

  it('lists the one conflict, applies the rest, resolves the conflict as chosen, and loses nothing', async () => {
    const { repository, backupB, damp, fire, falls, action } = devices;
    const before = await repository.counts();
    const auditBefore = (await repository.exportBackup()).audit.map((e) => e.id);
    const checked = await repository.checkMerge(backupB);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const { plan } = checked.merge;
    expect(plan.counts).to.deep.include({ 'new-there': 3, 'updated-there': 1, 'changed-here': 1, 'deleted-there': 1, conflict: 1, 'only-here': 0, 'deleted-here': 0 });
    const conflict = plan.items.find((item) => item.kind === 'conflict');
    expect(conflict).to.deep.include({ store: 'hazards', fields: [{ field: 'location', here: 'Stairs', there: 'Cellar stairs' }, { field: 'description', here: 'Loose handrail', there: 'Black mould on the outside wall' }] });
    expect(await repository.counts()).to.deep.equal(before);

    await repository.applyMerge(checked.merge, new Map(), 'Jo').then(() => expect.fail('merged without a choice'), (error) => expect(error).to.be.instanceOf(HhsrsInputError));
    expect(await repository.counts()).to.deep.equal(before);

    const result = await repository.applyMerge(checked.merge, new Map([[mergeKey(conflict!), { fields: { location: 'there', description: 'here' } }]]), 'Jo');
    expect(result).to.deep.equal({ ok: true, added: 3, updated: 1, combined: 1, auditImported: checked.merge.audit.length });
    expect((await repository.get('hazards', damp.id))?.location).to.equal('Front bedroom');
    expect((await repository.get('hazards', fire.id))?.location).to.equal('Landing');
    expect(await repository.get('hazards', falls.id)).to.deep.include({ location: 'Cellar stairs', description: 'Loose handrail', revision: 3 });
    expect(await repository.get('actions', action.id), 'deleted there, kept here').to.not.equal(undefined);
    const files = await repository.evidenceOf(fire.id);
    expect(await files[0]!.blob.text()).to.equal(await devices.invoice.blob.text());

    const after = await repository.counts();
    expect(after).to.deep.equal({ ...before, properties: 2, hazards: 4, evidence: 2, audit: before.audit + checked.merge.audit.length + 5 + 1 + 0 });
    const mergedA = await repository.exportBackup();
    const ids = new Set([...mergedA.properties, ...mergedA.hazards, ...mergedA.actions, ...mergedA.evidence].map((r) => r.id));
    for (const record of [...backupB.properties, ...backupB.hazards, ...backupB.actions, ...backupB.evidence]) expect(ids.has(record.id), `${record.id} kept`).to.equal(true);
    const auditIds = new Set(mergedA.audit.map((e) => e.id));
    for (const id of [...auditBefore, ...backupB.audit.map((e) => e.id)]) expect(auditIds.has(id), `audit ${id} kept`).to.equal(true);
    expect((await repository.history(falls.id)).at(-1)?.summary).to.match(/combined from both versions, merged from the backup made/);
    expect((await repository.mergeLog()).map((line) => line.counts.conflict)).to.deep.equal([1]);

    // The same backup again: everything is already here.
    const again = await repository.checkMerge(backupB);
    expect(again.ok && again.merge.plan.counts).to.deep.include({ 'new-there': 0, 'updated-there': 0, conflict: 0, 'duplicate-file': 0 });
    expect(again.ok && again.merge.audit.length).to.equal(0);
  });

  it('changes nothing for an invalid backup, and lists every problem', async () => {
    const { repository, backupB } = devices;
    const before = await repository.counts();
    backupB.properties[1]!.postcode = 'nowhere';
    backupB.evidence[0]!.sha256 = '0'.repeat(64);
    const checked = await repository.checkMerge(backupB);
    expect(checked.ok === false && checked.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(['properties[1].postcode: must be a UK postcode such as LS1 1UR']);
    backupB.properties[1]!.postcode = 'LS1 4AP';
    const files = await repository.checkMerge(backupB);
    expect(files.ok === false && files.problems[0]?.message).to.equal('does not match its SHA-256: the file was changed or damaged');
    expect(await repository.counts()).to.deep.equal(before);
  });
});

describe('retention', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => { register = await freshRegister(); });
  afterEach(() => register.close());

  it('lists closed hazards older than the period and deletes only the chosen ones, audited', async () => {
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const old = await repository.save('hazards', hazardInput(property.id, { foundOn: '2022-01-10', status: 'resolved', resolvedOn: '2022-03-01' }), null, 'Jo');
    await repository.save('actions', actionInput(property.id, old.id, { raisedOn: '2022-01-10', targetDate: '2022-02-10', completedOn: '2022-02-20', state: 'completed' }), null, 'Jo');
    await repository.save('hazards', hazardInput(property.id), null, 'Jo');
    const list = await repository.listRetained(24, '2026-03-02');
    expect(list.items.map((item) => item.hazard.id)).to.deep.equal([old.id]);
    expect(await repository.deleteRetained(['not-on-the-list'], 24, '2026-03-02', 'Jo')).to.equal(0);
    expect(await repository.deleteRetained([old.id], 24, '2026-03-02', 'Jo')).to.equal(1);
    expect(await repository.counts()).to.deep.include({ hazards: 1, actions: 0 });
    expect((await repository.history(old.id)).map((e) => e.change)).to.deep.equal(['created', 'deleted']);
    expect((await repository.recentChanges(1))[0]?.summary).to.equal('Deleted 1 hazards closed more than 24 months ago, with their actions and 0 evidence files (retention)');
  });
});
