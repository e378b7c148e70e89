import { expect } from '@open-wc/testing';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { parseCsv } from '../../src/core/register/index.ts';
import {
  actionInput,
  freshRegister,
  hazardInput,
  invoiceFile,
  pngFile,
  propertyInput,
} from '../elements/register/fixtures.ts';

async function filled(register: Awaited<ReturnType<typeof freshRegister>>) {
  const { repository } = register;
  const scheme = await repository.save(
    'housingSchemes',
    { name: 'Riverside', commissioner: 'Leeds City Council', notes: '' },
    null,
    'Jo',
  );
  const property = await repository.save(
    'properties',
    propertyInput('P-1', { housingSchemeId: scheme.id }),
    null,
    'Jo',
  );
  const hazard = await repository.save(
    'hazards',
    hazardInput(property.id, { awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' } }),
    null,
    'Jo',
  );
  const action = await repository.save(
    'actions',
    actionInput(property.id, hazard.id, { description: 'Fit fan, then "test"' }),
    null,
    'Jo',
  );
  const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
  const invoice = await prepareEvidence(invoiceFile(), { allow: ['pdf'] });
  if (!photo.ok || !invoice.ok) throw new Error('fixtures refused');
  await repository.addEvidence(
    { recordId: action.id, propertyId: property.id, kind: 'photo', file: photo, note: '', takenAt: null },
    'Jo',
  );
  await repository.addEvidence(
    { recordId: action.id, propertyId: property.id, kind: 'invoice', file: invoice, note: '', takenAt: null },
    'Jo',
  );
  return { property, hazard, action, photo, invoice };
}

describe('register backup and restore', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('round-trips everything through a JSON file, evidence bytes included', async () => {
    const { repository, clock } = register;
    const { action, invoice } = await filled(register);
    clock.now = new Date('2026-03-05T12:00:00.000Z');
    const text = JSON.stringify(await repository.exportBackup());
    expect(await repository.getSetting('last-export')).to.equal('2026-03-05T12:00:00.000Z');
    const before = await repository.counts();
    await repository.deleteEverything();
    const result = await repository.restoreBackup(JSON.parse(text), 'Kim');
    expect(result).to.deep.equal({
      ok: true,
      counts: {
        housingSchemes: 1,
        properties: 1,
        assessments: 0,
        hazards: 1,
        actions: 1,
        evidence: 2,
        audit: before.audit,
      },
      recomputed: [],
    });
    expect(await repository.counts()).to.deep.equal({ ...before, audit: before.audit + 1 });
    const files = await repository.evidenceOf(action.id);
    expect(await files[1]!.blob.text()).to.equal(await invoice.blob.text());
    expect(files[1]!.blob.type).to.equal('application/pdf');
    expect(JSON.stringify(await repository.exportBackup()).replace(/"exportedAt":"[^"]+"/, '')).to.contain(action.id);
    const trail = await repository.history('hazard-register');
    expect(trail.at(-1)).to.deep.include({
      change: 'restored',
      who: 'Kim',
      summary: 'Register restored from the backup made 2026-03-05T12:00:00.000Z',
    });
  });

  it('changes nothing when the backup is invalid, and lists every problem with its path', async () => {
    const { repository } = register;
    const { hazard } = await filled(register);
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    backup.properties[0].postcode = 'nowhere';
    backup.hazards[0].category = 2;
    backup.actions[0].hazardId = 'missing';
    backup.evidence[0].data = backup.evidence[1].data;
    const before = await repository.counts();
    const shape = await repository.restoreBackup({ ...backup, version: 7 }, 'Kim');
    expect(shape.ok === false && shape.problems.map((p) => `${p.path}: ${p.message}`)).to.include.members([
      'version: must be one of 1',
      'properties[0].postcode: must be a UK postcode such as LS1 1UR',
      'hazards[0].category: must be 1 for band C',
    ]);
    backup.properties[0].postcode = 'LS6 2AB';
    backup.hazards[0].category = 1;
    const links = await repository.restoreBackup(backup, 'Kim');
    const lines = links.ok ? [] : links.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines[0]).to.equal('actions[0].hazardId: points to hazard missing, which is not in the file');
    // The first entry now holds the other file's bytes: a PDF where a PNG should be, or the other way round.
    expect(lines[1]).to.match(/^evidence\[0\]\.data: is not a (PNG picture|PDF), whatever its type says/);
    expect(await repository.counts()).to.deep.equal(before);
    expect((await repository.get('hazards', hazard.id))?.category).to.equal(1);
    expect((await repository.restoreBackup('not a backup', 'Kim')).ok).to.equal(false);
  });

  it('checks links between records and each file’s SHA-256', async () => {
    const { repository } = register;
    await filled(register);
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    backup.properties[0].housingSchemeId = 'gone';
    backup.hazards[0].assessmentId = 'gone';
    backup.actions[0].propertyId = 'elsewhere';
    const i = backup.evidence.findIndex((item: { kind: string }) => item.kind === 'invoice');
    backup.evidence[i].recordId = 'gone';
    backup.hazards.push({ ...backup.hazards[0], propertyId: 'gone' });
    const invoice = backup.evidence[i];
    invoice.data = btoa(atob(invoice.data).replace('MediaBox', 'MediaB0x'));
    const result = await repository.restoreBackup(backup, 'Kim');
    expect(result.ok === false && result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'hazards[1].id: repeats the id of hazards[0]',
      'properties[0].housingSchemeId: points to housing scheme gone, which is not in the file',
      'hazards[0].assessmentId: points to assessment gone, which is not in the file',
      'hazards[1].propertyId: points to property gone, which is not in the file',
      'hazards[1].assessmentId: points to assessment gone, which is not in the file',
      `actions[0].propertyId: must be ${backup.hazards[0].propertyId}, the property of its hazard`,
      `evidence[${i}].recordId: points to record gone, which is not in the file`,
      `evidence[${i}].data: does not match its SHA-256: the file was changed or damaged`,
    ]);
  });

  it('exports each table as CSV a spreadsheet opens', async () => {
    const { repository } = register;
    await filled(register);
    const properties = parseCsv(await repository.exportCsv('properties')).rows;
    expect(properties[0]!.slice(0, 4)).to.deep.equal(['Id', 'Reference', 'Housing scheme', 'Address line 1']);
    expect(properties[1]!.slice(1, 3)).to.deep.equal(['P-1', 'Riverside']);
    const actions = parseCsv(await repository.exportCsv('actions')).rows;
    expect(actions[1]!.slice(1, 7)).to.deep.equal([
      'P-1',
      actions[1]![2],
      'Fit fan, then "test"',
      'Sam Patel',
      'Dry Homes Ltd',
      '450.00',
    ]);
    const hazards = parseCsv(await repository.exportCsv('hazards')).rows;
    expect(hazards[1]![2]).to.equal('Damp and mould growth (hazard 1)');
    for (const table of ['housingSchemes', 'assessments', 'evidence', 'audit'] as const) {
      expect(parseCsv(await repository.exportCsv(table)).rows.length).to.be.greaterThan(0);
    }
    const audit = parseCsv(await repository.exportCsv('audit')).rows;
    expect(audit.length).to.equal(7);
    expect(audit[1]!.slice(1, 4)).to.deep.equal(['Jo', 'created', 'Housing scheme Riverside']);
  });
});
