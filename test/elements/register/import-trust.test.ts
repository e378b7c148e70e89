import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import { freshRegister } from './fixtures.ts';
import { registerFixture } from './driver.ts';

const cp1252 = (text: string) =>
  new Uint8Array([...text].map((c) => (({ '£': 0xa3, é: 0xe9 }) as Record<string, number>)[c] ?? c.charCodeAt(0)));

describe('<hazard-register>: importing a spreadsheet says what it will do, and does it', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
    await register.repository.setSetting('who', 'Jo Bloggs');
  });
  afterEach(() => register.close());

  async function importScreen() {
    const d = await registerFixture({ repository: register.repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    await d.choose('#import-table');
    return d;
  }

  it('reads an Excel (Windows-1252) CSV, says so, and imports “Café Road” as written', async function () {
    this.timeout(90000);
    const d = await importScreen();
    const bytes = cp1252(
      'Ref,Address,Postcode,Landlord,Nation,Notes\nR-1,1 Café Road,LS1 4AP,social,England,Rent £100\n',
    );
    await d.upload('#import-file', new File([bytes], 'excel.csv', { type: 'text/csv' }));
    await d.waitForText('This file was read as Windows-1252 (Excel’s usual CSV encoding), not UTF-8.');
    expect(d.text()).to.contain('1 rows can be imported.');
    await expectAccessible(d.element, 'import read as Windows-1252');
    await d.click('Import 1 rows');
    await d.waitForText('Imported 1 rows.');
    const saved = await register.repository.propertyByReference('R-1');
    expect([saved?.addressLine1, saved?.notes]).to.deep.equal(['1 Café Road', 'Rent £100']);
  });

  it('refuses a UTF-16 file with a message saying how to save it', async function () {
    this.timeout(90000);
    const d = await importScreen();
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Ref\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    await d.upload('#import-file', new File([utf16], 'unicode.csv', { type: 'text/csv' }));
    await d.waitForText('The file is saved as UTF-16 (Unicode text), which cannot be imported.');
    expect(d.field('#import-file').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(d.element, 'import file refused');
  });

  it('shows in the dry run that a 600-character address would be skipped, then imports the rest', async function () {
    this.timeout(90000);
    const d = await importScreen();
    const csv = `Ref,Address,Postcode,Landlord,Nation\nR-1,${'1 Long Road '.repeat(50)},LS1 4AP,social,England\nR-2,2 Quay St,LS1 4AP,social,England\n`;
    await d.upload('#import-file', new File([csv], 'long.csv', { type: 'text/csv' }));
    await d.waitForText('1 rows can be imported. 1 rows have problems and would be skipped.');
    expect(d.text()).to.contain('Address line 1: must have at most 500 characters');
    await d.click('Import 1 rows and skip the rest');
    await d.waitForText('Imported 1 rows.');
    expect((await register.repository.counts()).properties).to.equal(1);
  });

  it('shows how many of 100,000 rows are checked while it checks, and can be cancelled', async function () {
    this.timeout(120000);
    const d = await importScreen();
    const rows = Array.from({ length: 100_000 }, (_, i) => `R-${i},${i} Quay St,LS1 4AP,social,England`);
    await d.upload(
      '#import-file',
      new File([`Ref,Address,Postcode,Landlord,Nation\n${rows.join('\n')}\n`], 'big.csv', { type: 'text/csv' }),
    );
    await d.waitForText('of 100,000 rows');
    expect(d.text()).to.match(/Checked [\d,]+ of 100,000 rows/);
    expect(d.field<HTMLProgressElement>('#import-progress').max).to.equal(100_000);
    await expectAccessible(d.element, 'checking a large file');
    await d.click('Cancel');
    await d.waitForText('The check was cancelled. Nothing has been imported.');
    expect(d.root.querySelector('#import-progress')).to.equal(null);
    expect((await register.repository.counts()).properties).to.equal(0);
  });
});
