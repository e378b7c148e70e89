import { expect } from '@open-wc/testing';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { sha256Hex } from '../../src/evidence/sha256.ts';
import { bytesToBase64 } from '../../src/storage/register/base64.ts';
import { RegisterValidationError } from '../../src/storage/register/repository.ts';
import {
  actionInput,
  freshRegister,
  hazardInput,
  invoiceFile,
  pngFile,
  propertyInput,
} from '../elements/register/fixtures.ts';

type Register = Awaited<ReturnType<typeof freshRegister>>;
// A backup as JSON, edited freely to make the broken files a user could bring.
// biome-ignore lint/suspicious/noExplicitAny: a backup edited by hand to be broken has no one shape.
type Backup = any;

/** A register with one property, one hazard (scored from its inputs), one action and a photo, as a backup. */
async function backupOf(register: Register): Promise<Backup> {
  const { repository } = register;
  const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
  // Reg 6(5): (1000 × 10 + 300 × 21.5 + 10 × 68.5) / 10 = 1,713.5 → 1,714, band C, Category 1 (FACTS §1).
  const hazard = await repository.save(
    'hazards',
    hazardInput(property.id, { likelihood: 10, spread: [0, 10, 21.5, 68.5] }),
    null,
    'Jo',
  );
  const action = await repository.save('actions', actionInput(property.id, hazard.id), null, 'Jo');
  const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
  if (!photo.ok) throw new Error(photo.message);
  await repository.addEvidence(
    { recordId: action.id, propertyId: property.id, kind: 'photo', file: photo, note: '', takenAt: null },
    'Jo',
  );
  return JSON.parse(JSON.stringify(await repository.exportBackup()));
}

const lines = (result: { ok: boolean; problems?: { path: string; message: string }[] }) =>
  result.ok ? [] : result.problems!.map((p) => `${p.path}: ${p.message}`);

/** Puts `bytes` in a backup's file entry with a size and SHA-256 that match, as a crafted file would. */
async function replaceFile(file: Backup, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  file.data = bytesToBase64(bytes);
  file.size = bytes.length;
  file.sha256 = await sha256Hex(new Blob([bytes]));
}

describe('restoring a backup: scores from their inputs, evidence checked as on upload, nesting', function () {
  // A 10 MB file is encoded, hashed and decoded here: slow on a busy machine.
  this.timeout(60000);
  let register: Register;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('recomputes a stored score that disagrees with its likelihood and spread, and says so', async () => {
    const { repository } = register;
    const backup = await backupOf(register);
    // Reg 6(5): 10000 × 100 / 10 = 100,000 → band A (5,000 or more) → Category 1 (reg 8); the file says 5 / J / 2.
    Object.assign(backup.hazards[0], { likelihood: 10, spread: [100, 0, 0, 0], score: 5, band: 'J', category: 2 });
    const result = await repository.restoreBackup(backup, 'Kim');
    expect(result.ok && result.recomputed).to.deep.equal([
      {
        path: 'hazards[0]',
        stored: { score: 5, band: 'J', category: 2 },
        recomputed: { score: 100000, band: 'A', category: 1 },
      },
    ]);
    const hazard = await repository.get('hazards', backup.hazards[0].id);
    expect([hazard?.score, hazard?.band, hazard?.category]).to.deep.equal([100000, 'A', 1]);
    const trail = await repository.history('hazard-register');
    expect(trail.at(-1)?.summary).to.contain(
      '1 hazard scores were recomputed from their likelihood and spread of harm',
    );
  });

  it('refuses likelihoods and spreads the regulations do not allow, with the path of each, and changes nothing', async () => {
    const { repository } = register;
    const backup = await backupOf(register);
    const before = await repository.counts();
    backup.hazards.push({ ...backup.hazards[0], id: 'h-2', spread: [-50, 150, 0, 0] });
    backup.hazards.push({ ...backup.hazards[0], id: 'h-3', spread: [10, 10, 10, 10] });
    backup.hazards.push({ ...backup.hazards[0], id: 'h-4', likelihood: 150 });
    backup.hazards.push({ ...backup.hazards[0], id: 'h-5', spread: [46.4, 31.6, 0, 22] });
    backup.hazards.push({ ...backup.hazards[0], id: 'h-6', spread: null });
    expect(lines(await repository.restoreBackup(backup, 'Kim'))).to.deep.equal([
      'hazards[1].spread[0]: must be a percentage from 0 to 100; got -50',
      'hazards[1].spread[1]: must be a percentage from 0 to 100; got 150',
      'hazards[2].spread: must add up to 100 %; Classes I to IV add up to 40 %',
      "hazards[3].likelihood: must be one of Table 1's points: 5600, 3200, 1800, 1000, 560, 320, 180, 100, 56, 32, 18, 10, 6, 3, 2 or 1; got 150",
      'hazards[4].spread: is not consistent: three classes must be Table 2 points (0, 0.1, 0.2, 0.5, 1, 2.2, 4.6, 10, 21.5, 31.6 or 46.4) ' +
        'and the fourth, the most likely, at least as large as each',
      'hazards[5].spread: is missing: a likelihood needs the spread of harm it goes with',
    ]);
    expect(await repository.counts()).to.deep.equal(before);
  });

  it('refuses a hazard scored under a scheme the register cannot score under', async () => {
    const { repository } = register;
    const backup = await backupOf(register);
    backup.assessments.push({
      ...backup.properties[0],
      id: 'a-1',
      propertyId: backup.properties[0].id,
      inspectionDate: '2026-07-01',
      inspector: 'Jo',
      schemeId: 'england-2026',
      source: 'entered',
      notes: '',
    });
    for (const field of [
      'reference',
      'housingSchemeId',
      'addressLine1',
      'addressLine2',
      'town',
      'postcode',
      'landlordType',
      'nation',
      'nextInspectionDate',
    ])
      delete backup.assessments[0][field];
    backup.hazards[0].assessmentId = 'a-1';
    expect(lines(await repository.restoreBackup(backup, 'Kim'))).to.deep.equal([
      'hazards[0].likelihood: was scored under scheme england-2026; the register can score hazards under england-2005 only',
    ]);
  });

  it('refuses a hazard saved with a spread the regulations do not allow', async () => {
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    let error: unknown;
    try {
      await repository.save(
        'hazards',
        hazardInput(property.id, { likelihood: 10, spread: [-50, 150, 0, 0] }),
        null,
        'Jo',
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(RegisterValidationError);
    expect((error as RegisterValidationError).problems.map((p) => p.path)).to.deep.equal(['spread[0]', 'spread[1]']);
    expect((await repository.counts()).hazards).to.equal(0);
  });

  it('refuses a “photo” over the size cap and SVG bytes labelled image/png, with their paths', async () => {
    const { repository } = register;
    const backup = await backupOf(register);
    const before = await repository.counts();
    const photo = backup.evidence[0];
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new Uint8Array(await (await pngFile()).arrayBuffer()));
    backup.evidence.push({ ...photo, id: 'e-big' });
    await replaceFile(backup.evidence[1], big);
    backup.evidence.push({ ...photo, id: 'e-svg' });
    await replaceFile(
      backup.evidence[2],
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    );
    backup.evidence.push({ ...photo, id: 'e-pdf' });
    await replaceFile(backup.evidence[3], new Uint8Array(await invoiceFile().arrayBuffer()));
    expect(lines(await repository.restoreBackup(backup, 'Kim'))).to.deep.equal([
      'evidence[1].size: is 10.0 MB; evidence files must be 10.0 MB or smaller',
      'evidence[2].data: is an SVG or web page file, not the image/png its type says; such files can contain code, so they are not kept',
      'evidence[3].data: is not a PNG picture, whatever its type says (image/png)',
    ]);
    expect(await repository.counts()).to.deep.equal(before);
  });

  it('keeps a restored file under a clean name with its type’s extension', async () => {
    const { repository } = register;
    const backup = await backupOf(register);
    backup.evidence[0].originalName = 'mould\u202egnp.exe';
    expect((await repository.restoreBackup(backup, 'Kim')).ok).to.equal(true);
    expect((await repository.evidenceOf(backup.evidence[0].recordId))[0]?.originalName).to.equal('mouldgnp.png');
  });

  it('refuses an audit trail nested too deeply, without an uncaught error, and changes nothing', async () => {
    const { repository } = register;
    const backup = await backupOf(register);
    const before = await repository.counts();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20000; i += 1) deep = { deeper: deep };
    backup.audit[0].changes = [{ field: 'notes', before: null, after: deep }];
    expect(lines(await repository.restoreBackup(backup, 'Kim'))).to.deep.equal([
      'audit[0].changes[0].after.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper.deeper: The backup’s audit trail is nested more than 64 levels deep, too deeply to be a register backup. Nothing has changed.',
    ]);
    expect(await repository.counts()).to.deep.equal(before);
  });
});
