import { expect } from '@open-wc/testing';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { ExportCancelledError } from '../../src/storage/register/export-file.ts';
import type { ExportProgress } from '../../src/storage/register/repository.ts';
import { freshRegister, hazardInput, pngFile, propertyInput } from '../elements/register/fixtures.ts';

type Register = Awaited<ReturnType<typeof freshRegister>>;

/** A backup's object without the time it was made, which differs between two exports. */
const withoutTime = ({ exportedAt: _at, ...backup }: Record<string, unknown>) => backup;

describe("exporting a backup file off the page's thread", function () {
  this.timeout(60000);
  let register: Register;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('makes the same backup as the register holds, evidence file included, saying how far it has got', async () => {
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const hazard = await repository.save('hazards', hazardInput(property.id), null, 'Jo');
    const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
    if (!photo.ok) throw new Error(photo.message);
    await repository.addEvidence(
      { recordId: hazard.id, propertyId: property.id, kind: 'photo', file: photo, note: 'Bedroom', takenAt: null },
      'Jo',
    );
    // More records than the export turns into text at a time, so the file is joined from several parts.
    await repository.saveMany(
      { properties: Array.from({ length: 1200 }, (_, i) => propertyInput(`B-${String(i).padStart(4, '0')}`)) },
      'Jo',
    );
    const seen: ExportProgress[] = [];
    const file = await repository.exportFile((progress) => seen.push(progress));

    expect(file.type).to.equal('application/json');
    const exported = JSON.parse(await file.text());
    expect(await repository.getSetting('last-export')).to.equal(exported.exportedAt);
    expect(withoutTime(exported)).to.deep.equal(withoutTime((await repository.exportBackup()) as never));
    expect(exported.properties).to.have.length(1201);
    expect(exported.evidence[0].data).to.equal(
      btoa(String.fromCharCode(...new Uint8Array(await photo.blob.arrayBuffer()))),
    );
    expect(seen[0]?.phase).to.equal('reading');
    expect(seen.filter((p) => p.phase === 'reading').map((p) => p.table)).to.include.members(['properties', 'audit']);
    // 1 + 1,200 properties, 1 hazard, their 1,203 audit entries and the photo.
    expect(seen.at(-1)).to.deep.equal({ phase: 'writing', done: 2406, total: 2406 });
  });

  it('exports the register from its own database after a restore', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    await repository.save('properties', propertyInput('P-2'), null, 'Jo');
    expect((await repository.restoreBackup(backup, 'Kim')).ok).to.equal(true);
    const exported = JSON.parse(await (await repository.exportFile(() => undefined)).text());
    expect(exported.properties.map((p: { reference: string }) => p.reference)).to.deep.equal(['P-1']);
    expect(exported.audit.at(-1).summary).to.match(/^Register restored from the backup made /);
  });

  it('a cancel makes no file and leaves the time of the last export as it was', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const cancel = new AbortController();
    let error: unknown;
    await repository.exportFile(() => cancel.abort(), cancel.signal).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(ExportCancelledError);
    expect(await repository.getSetting('last-export')).to.equal(undefined);
  });
});
