import { expect } from '@open-wc/testing';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';
import { IdbRegisterRepository } from '../../src/storage/register/idb-repository.ts';
import type { RegisterBackup } from '../../src/schema/register.ts';
import {
  actionInput,
  freshRegister,
  hazardInput,
  invoiceFile,
  pngFile,
  propertyInput,
} from '../elements/register/fixtures.ts';

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
  const fire = await repository.save(
    'hazards',
    hazardInput(property.id, { hazardId: 'fire', location: 'Hall' }),
    null,
    'Jo',
  );
  const falls = await repository.save(
    'hazards',
    hazardInput(property.id, { hazardId: 'falling-on-stairs', location: 'Stairs' }),
    null,
    'Jo',
  );
  const action = await repository.save('actions', actionInput(property.id, damp.id), null, 'Jo');
  const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
  if (!photo.ok) throw new Error(photo.message);
  await repository.addEvidence(
    { recordId: damp.id, propertyId: property.id, kind: 'photo', file: photo, note: '', takenAt: null },
    'Jo',
  );
  const common = JSON.parse(JSON.stringify(await repository.exportBackup()));

  // Here (A): one record changed only here, and the stairs hazard.
  await repository.save('hazards', { ...damp, location: 'Front bedroom' }, damp.revision, 'Jo');
  await repository.save('hazards', { ...falls, description: 'Loose handrail' }, falls.revision, 'Jo');
  const stateOfA = JSON.parse(JSON.stringify(await repository.exportBackup()));
  await repository.deleteEverything();

  // There (B): one record changed only there, the same stairs hazard, a new property with a hazard and a file, a deletion.
  let connection: Promise<Database> | undefined;
  const clockB = { now: new Date('2026-03-10T14:00:00.000Z') };
  const b = new IdbRegisterRepository(
    () => (connection ??= openDatabase()),
    'device-b',
    () => (clockB.now = new Date(clockB.now.getTime() + 1)),
  );
  expect((await b.restoreBackup(common, 'Kim')).ok).to.equal(true);
  await b.save('hazards', { ...fire, location: 'Landing' }, fire.revision, 'Kim');
  await b.save('hazards', { ...falls, location: 'Cellar stairs' }, falls.revision, 'Kim');
  const newHome = await b.save('properties', propertyInput('P-2', { postcode: 'LS1 4AP' }), null, 'Kim');
  await b.save('hazards', hazardInput(newHome.id, { hazardId: 'excess-cold' }), null, 'Kim');
  const invoice = await prepareEvidence(invoiceFile(), { allow: ['pdf'] });
  if (!invoice.ok) throw new Error(invoice.message);
  await b.addEvidence(
    { recordId: fire.id, propertyId: property.id, kind: 'invoice', file: invoice, note: '', takenAt: null },
    'Kim',
  );
  await b.remove('actions', action.id, 'Kim');
  const backupB = JSON.parse(JSON.stringify(await b.exportBackup())) as RegisterBackup;
  await b.deleteEverything();
  (await connection)?.close();

  a.clock.now = new Date('2026-03-12T09:00:00.000Z');
  expect((await repository.restoreBackup(stateOfA, 'Jo')).ok).to.equal(true);
  return { ...a, backupB, property, damp, fire, falls, action, newHome, invoice };
}
