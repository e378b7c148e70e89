import { expect, fixtureCleanup } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { captureDownloads } from '../../helpers/downloads.ts';
import { deleteDB } from 'idb';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../helpers/a11y.ts';
import { deepActiveElement, tabUntil } from '../../helpers/keyboard.ts';
import { pdfText } from '../../helpers/pdf.ts';
import { DATABASE_NAME } from '../../../src/storage/database.ts';
import { actionInput, freshRegister, hazardInput, propertyInput } from './fixtures.ts';
import { registerFixture } from './driver.ts';

async function seeded() {
  const register = await freshRegister();
  const { repository } = register;
  await repository.setSetting('who', 'Jo Bloggs');
  const property = await repository.save('properties', propertyInput('RSH-0104'), null, 'Jo Bloggs');
  const hazard = await repository.save('hazards', hazardInput(property.id), null, 'Jo Bloggs');
  const action = await repository.save('actions', actionInput(property.id, hazard.id), null, 'Jo Bloggs');
  return { ...register, property, hazard, action };
}

describe('<hazard-register>: backups, files and reports', () => {
  let register: Awaited<ReturnType<typeof seeded>>;
  beforeEach(async () => {
    register = await seeded();
  });
  afterEach(() => register.close());

  it('refuses an invalid backup, changes nothing, and lists each problem with its path', async function () {
    this.timeout(90000);
    const { repository } = register;
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    backup.properties[0].postcode = 'nowhere';
    backup.hazards[0].status = 'fixed';
    const before = await repository.counts();
    const d = await registerFixture({ repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    await expectAccessible(d.element, 'import and export');

    await d.upload('#restore-file', new File(['{ not json'], 'broken.json', { type: 'application/json' }));
    await d.click('Replace the register with broken.json');
    await d.waitForText('is not a backup file');
    await d.upload('#restore-file', new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' }));
    await d.click('Replace the register with backup.json');
    await d.waitForText('The backup was not restored: 2 problems found. Nothing has changed.');
    const problems = [...d.root.querySelectorAll('#restore-problems li')].map((li) => li.textContent?.trim());
    expect(problems).to.deep.equal([
      'properties[0].postcode: must be a UK postcode such as LS1 1UR',
      'hazards[0].status: must be one of "reported", "open", "resolved", "no-action"',
    ]);
    expect(d.root.activeElement?.id).to.equal('restore-problems');
    await expectAccessible(d.element, 'restore refused');
    expect(await repository.counts()).to.deep.equal(before);
    expect((await repository.get('properties', register.property.id))?.postcode).to.equal('LS6 2AB');
  });

  it('restores a good backup over the register', async function () {
    this.timeout(90000);
    const { repository } = register;
    const text = JSON.stringify(await repository.exportBackup());
    await repository.remove('properties', register.property.id, 'Jo Bloggs');
    const d = await registerFixture({ repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    await d.upload('#restore-file', new File([text], 'good.json', { type: 'application/json' }));
    await d.click('Replace the register with good.json');
    await d.waitForText('Restored 1 property, 1 hazard, 1 action and 0 evidence files.');
    expect((await repository.get('properties', register.property.id))?.reference).to.equal('RSH-0104');
  });

  it('refuses an SVG and a text file named .png as evidence, saying why', async function () {
    this.timeout(90000);
    const d = await registerFixture({ repository: register.repository });
    await d.click('RSH-0104');
    await d.waitForHeading(/^RSH-0104/);
    await d.click('Damp and mould growth');
    await d.waitForHeading('Damp and mould growth');
    const form = d.field<HTMLElement>('.action-card form');
    await d.choose('#action-0-evidence-kind');
    await d.upload(
      '#action-0-evidence-file',
      new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'damp.svg', {
        type: 'image/svg+xml',
      }),
    );
    await d.click('Add evidence', form);
    await d.waitForText('These can contain code, so they cannot be added.');
    expect(d.root.activeElement?.classList.contains('error-summary')).to.equal(true);
    await expectAccessible(d.element, 'evidence refused');
    await d.upload('#action-0-evidence-file', new File(['not a picture at all'], 'photo.png', { type: 'image/png' }));
    await d.click('Add evidence', form);
    await d.waitForText('“photo.png” is not a photo (JPEG, PNG or WebP), whatever its name says.');
    expect(await register.repository.evidenceOf(register.action.id)).to.deep.equal([]);
  });

  it('removes a piece of evidence after asking, and records who removed it', async function () {
    this.timeout(90000);
    const { prepareEvidence } = await import('../../../src/evidence/prepare-evidence.ts');
    const { invoiceFile } = await import('./fixtures.ts');
    const file = await prepareEvidence(invoiceFile('wrong-invoice.pdf'), { allow: ['pdf'] });
    if (!file.ok) throw new Error(file.message);
    const saved = await register.repository.addEvidence(
      {
        recordId: register.action.id,
        propertyId: register.property.id,
        kind: 'invoice',
        file,
        note: '',
        takenAt: null,
      },
      'Jo Bloggs',
    );
    const d = await registerFixture({ repository: register.repository });
    await d.click('RSH-0104');
    await d.waitForHeading(/^RSH-0104/);
    await d.click('Damp and mould growth');
    await d.waitForText('wrong-invoice.pdf');
    await d.click('Remove wrong-invoice.pdf');
    expect(d.text()).to.contain('Removing evidence cannot be undone except from a backup.');
    await expectAccessible(d.element, 'confirming a removal');
    await d.click('Yes, remove wrong-invoice.pdf');
    await d.waitForText('Removed wrong-invoice.pdf.');
    expect(await register.repository.evidenceOf(register.action.id)).to.deep.equal([]);
    expect((await register.repository.history(saved.id)).map((e) => `${e.who} ${e.change}`)).to.deep.equal([
      'Jo Bloggs created',
      'Jo Bloggs deleted',
    ]);
  });

  it('imports properties from a spreadsheet after a dry run', async function () {
    this.timeout(90000);
    const d = await registerFixture({ repository: register.repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    await d.choose('#import-table');
    const csv =
      'Ref,Address,Postcode,Landlord,Nation\nRSH-0200,1 Quay St,LS1 4AP,social,England\nRSH-0201,,nowhere,council,Scotland\n';
    await d.upload('#import-file', new File([csv], 'homes.csv', { type: 'text/csv' }));
    await d.waitForText('1 rows can be imported. 1 rows have problems and would be skipped.');
    expect(d.field<HTMLSelectElement>('#import-map-reference').value).to.equal('0');
    expect(d.text()).to.contain('Nation: “Scotland” must be one of: england, wales');
    await expectAccessible(d.element, 'import dry run');
    expect((await register.repository.counts()).properties).to.equal(1);
    await d.click('Import 1 rows and skip the rest');
    await d.waitForText('Imported 1 rows.');
    expect((await register.repository.propertyByReference('RSH-0200'))?.postcode).to.equal('LS1 4AP');
  });

  it('prints the compliance report as a PDF citing the policy and the audit trail', async function () {
    this.timeout(120000);
    const { blobs, restore } = captureDownloads();
    try {
      const d = await registerFixture({ repository: register.repository, today: '2026-04-15' });
      await d.click('Compliance report');
      await d.waitForHeading('Compliance report');
      await d.click('Run the report');
      await d.waitForText('Policy settings used');
      await d.click('Download CSV');
      const csv = await blobs.at(-1)!.text();
      expect(csv).to.contain('RSH-0104,"0104 Mill Lane, Leeds, LS6 2AB"');
      await d.click('Download PDF');
      await waitUntil(() => blobs.at(-1)?.type === 'application/pdf', 'no PDF', { timeout: 20000 });
      const { text } = await pdfText(blobs.at(-1)!);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).to.contain('Policy settings used');
      expect(flat).to.contain(
        'Category 1 hazards: remedial action completed within 28 days of the hazard being found.',
      );
      expect(flat).to.contain('Damp and mould growth (hazard 1), found 2026-03-02: not completed;');
      expect(flat).to.contain('16 days overdue.');
      expect(flat).to.match(/Compliant .*RSH-0104.* NO /);
      expect(flat).to.contain('Audit trail');
      expect(flat).to.contain('Jo Bloggs');
    } finally {
      restore();
    }
  });

  it('saves the policy settings, which the report then prints', async function () {
    this.timeout(90000);
    const d = await registerFixture({ repository: register.repository, today: '2026-04-15' });
    await d.click('Settings');
    await d.waitForHeading('Settings');
    await waitUntil(() => d.root.querySelector('#policy-category1RemedialDays'), 'the policy settings never showed', {
      timeout: 20000,
    });
    await d.fill('#policy-category1RemedialDays', 'soon');
    await d.click('Save policy settings');
    expect(d.text()).to.contain('Days to complete remedial action for a Category 1 hazard: enter a whole number');
    await expectAccessible(d.element, 'settings with an error');
    await d.fill('#policy-category1RemedialDays', '60');
    await d.click('Save policy settings');
    await d.waitForText('The policy settings have been saved.');
    await d.click('Compliance report');
    await d.waitForHeading('Compliance report');
    await d.click('Run the report');
    await d.waitForText('Policy settings used');
    expect(d.text()).to.contain(
      'Category 1 hazards: remedial action completed within 60 days of the hazard being found.',
    );
    const item2 = [...d.root.querySelectorAll('.report-table tbody tr')][1]!;
    expect([...item2.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['1', '0', '0']);
  });

  it('lists overdue actions and filters hazards', async function () {
    this.timeout(90000);
    const d = await registerFixture({ repository: register.repository, today: '2026-04-15' });
    await d.click('Actions');
    await d.waitForHeading('Remedial actions and repairs');
    // Each list is read after its screen shows: wait for what it reads, as a user would.
    await d.waitForText('Overdue by 16 days');
    await expectAccessible(d.element, 'overdue actions');
    await d.click('Hazards');
    await d.waitForHeading('Hazards');
    await d.fill('#hazards-category', '2');
    await d.waitForText('No hazards match these choices.');
    await d.fill('#hazards-category', '1');
    await d.waitForText('Showing 1 to 1 of 1 hazards');
    await expectAccessible(d.element, 'hazards list');
  });
});

describe('<hazard-register> on the page’s own storage', () => {
  beforeEach(() => deleteDB(DATABASE_NAME));

  it('is usable by keyboard alone, and keeps everything after a reload', async function () {
    this.timeout(90000);
    const d = await registerFixture({ storageKey: 'keyboard-register' });
    await tabUntil((el) => el.id === 'who-name');
    await sendKeys({ type: 'Sam Keys' });
    await sendKeys({ press: 'Enter' });
    await d.waitForHeading('Properties');
    expect(deepActiveElement()?.tagName).to.equal('H1');
    await tabUntil((el) => el.textContent?.trim() === 'Add a property');
    await sendKeys({ press: 'Enter' });
    await d.waitForHeading('Add a property');
    expect(deepActiveElement()?.textContent).to.equal('Add a property');
    await tabUntil((el) => el.id === 'property-reference');
    await sendKeys({ type: 'KB-1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '9 Key Street' });
    await tabUntil((el) => el.id === 'property-postcode');
    await sendKeys({ type: 'LS1 1UR' });
    await tabUntil((el) => el.id === 'property-landlord');
    await sendKeys({ press: 'Space' });
    await tabUntil((el) => el.id === 'property-nation');
    await sendKeys({ press: 'ArrowDown' });
    await tabUntil((el) => el.textContent?.trim() === 'Save property');
    await sendKeys({ press: 'Enter' });
    await d.waitForHeading('KB-1, 9 Key Street');
    expect(d.text()).to.contain('Wales');

    fixtureCleanup();
    const again = await registerFixture({ storageKey: 'keyboard-register' });
    await again.waitForHeading('Properties');
    expect(again.text()).to.contain('KB-1');
    expect(again.text()).to.contain('Back up your register');
  });
});
