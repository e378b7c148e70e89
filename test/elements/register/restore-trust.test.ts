import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import { sha256Hex } from '../../../src/evidence/sha256.ts';
import { prepareEvidence } from '../../../src/evidence/prepare-evidence.ts';
import { bytesToBase64 } from '../../../src/storage/register/base64.ts';
import { actionInput, freshRegister, hazardInput, pngFile, propertyInput } from './fixtures.ts';
import { registerFixture } from './driver.ts';

describe('<hazard-register>: restoring a backup checks what it restores', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  let backup: Record<string, Record<string, unknown>[]>;
  beforeEach(async () => {
    register = await freshRegister();
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    const property = await repository.save('properties', propertyInput('RSH-0104'), null, 'Jo Bloggs');
    const hazard = await repository.save(
      'hazards',
      hazardInput(property.id, { likelihood: 10, spread: [0, 10, 21.5, 68.5] }),
      null,
      'Jo Bloggs',
    );
    const action = await repository.save('actions', actionInput(property.id, hazard.id), null, 'Jo Bloggs');
    const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
    if (!photo.ok) throw new Error(photo.message);
    await repository.addEvidence(
      { recordId: action.id, propertyId: property.id, kind: 'photo', file: photo, note: '', takenAt: null },
      'Jo Bloggs',
    );
    backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
  });
  afterEach(() => register.close());

  async function restoreScreen(text: string) {
    const d = await registerFixture({ repository: register.repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    await d.upload('#restore-file', new File([text], 'backup.json', { type: 'application/json' }));
    return d;
  }

  it('restores a hazard stored as 5 / J / Category 2 as the Category 1 its inputs give, and lists the correction', async function () {
    this.timeout(90000);
    // Reg 6(5): 10000 × 100 / 10 = 100,000 → band A → Category 1 (reg 8).
    Object.assign(backup.hazards![0]!, { spread: [100, 0, 0, 0], score: 5, band: 'J', category: 2 });
    const d = await restoreScreen(JSON.stringify(backup));
    await d.click('Replace the register with backup.json');
    await d.waitForText('1 hazard’s score was recomputed from its likelihood and spread of harm');
    expect(d.text()).to.contain(
      'hazards[0]: stored as 5, band J, Category 2, recomputed as 100000, band A, Category 1',
    );
    await expectAccessible(d.element, 'restored with a recomputed score');
    expect((await register.repository.get('hazards', backup.hazards![0]!.id as string))?.category).to.equal(1);
  });

  it('refuses SVG bytes labelled image/png, with the file’s path, and changes nothing', async function () {
    this.timeout(90000);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    Object.assign(backup.evidence![0]!, {
      data: bytesToBase64(svg),
      size: svg.length,
      sha256: await sha256Hex(new Blob([svg])),
    });
    const before = await register.repository.counts();
    const d = await restoreScreen(JSON.stringify(backup));
    await d.click('Replace the register with backup.json');
    await d.waitForText('The backup was not restored: 1 problem found. Nothing has changed.');
    expect(d.text()).to.contain('evidence[0].data: is an SVG or web page file, not the image/png its type says');
    expect(await register.repository.counts()).to.deep.equal(before);
  });

  it('refuses a deeply nested audit trail with a plain message, and changes nothing', async function () {
    this.timeout(90000);
    const before = await register.repository.counts();
    const text = JSON.stringify(backup).replace(
      '"changes":[',
      `"changes":[{"field":"notes","before":null,"after":${'{"a":'.repeat(50000)}1${'}'.repeat(50000)}},`,
    );
    const d = await restoreScreen(text);
    // The browser reads text this deep; checking and storing it are what would overflow.
    await d.click('Replace the register with backup.json');
    await d.waitForText('The backup was not restored: 1 problem found. Nothing has changed.');
    expect(d.text()).to.contain(
      'The backup’s audit trail is nested more than 64 levels deep, too deeply to be a register backup.',
    );
    expect(d.text()).to.not.contain('could not be saved');
    await expectAccessible(d.element, 'deep backup refused');
    expect(await register.repository.counts()).to.deep.equal(before);
  });
});
