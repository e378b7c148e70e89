import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { captureDownloads } from '../../helpers/downloads.ts';
import { registerFixture, type RegisterDriver } from './driver.ts';
import { freshRegister, propertyInput } from './fixtures.ts';

/** The data screen's screen element, whose render is awaited after a click without the driver's pauses. */
const dataScreen = (d: RegisterDriver) =>
  d.root.querySelector('[data-screen]') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };

describe("<hazard-register>: a backup made off the page's thread", () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(async () => {
    register = await freshRegister();
    await register.repository.setSetting('who', 'Jo Bloggs');
    // Enough records that making the file takes a moment, as a real register's does.
    await register.repository.saveMany(
      { properties: Array.from({ length: 1500 }, (_, i) => propertyInput(`P-${String(i).padStart(4, '0')}`)) },
      'Jo Bloggs',
    );
    downloads = captureDownloads();
  });
  afterEach(async () => {
    downloads.restore();
    await register.close();
  });

  it('shows its progress with a Cancel button, then downloads the whole register', async function () {
    this.timeout(90000);
    const d = await registerFixture({ repository: register.repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    expect(d.text()).to.contain('Nothing has been exported yet.');
    // What the register itself takes, apart from the rest of the site, in words.
    await waitUntil(() => d.root.querySelector('#register-use'), 'the register’s storage use never showed', {
      timeout: 20000,
    });
    expect(d.root.querySelector('#register-use')?.textContent).to.match(
      /^This register uses about [\d.]+ (KB|MB), of which evidence files 0 bytes and the audit trail [\d.]+ (KB|MB)\.$/,
    );
    d.button('Download a backup', dataScreen(d)).click();
    await dataScreen(d).updateComplete;
    expect(d.root.querySelector('progress#export-progress')?.getAttribute('aria-label')).to.equal('Backup progress');
    expect(d.text()).to.contain('Making the backup');
    expect(d.hasButton('Cancel the backup')).to.equal(true);
    await expectAccessible(d.element, 'backup being made');

    await d.waitForText('The backup has been downloaded.');
    expect(d.hasButton('Cancel the backup')).to.equal(false);
    expect(downloads.blobs).to.have.length(1);
    const backup = JSON.parse(await (downloads.blobs[0] as Blob).text());
    expect(backup.properties).to.have.length(1500);
    const references = backup.properties.map((p: { reference: string }) => p.reference).sort();
    expect([references[0], references.at(-1)]).to.deep.equal(['P-0000', 'P-1499']);
    await waitUntil(() => d.text().includes('Last exported'), 'the time of the export never showed', {
      timeout: 20000,
    });
  });

  it('Cancel stops the backup: no file is downloaded and the register says none was made', async function () {
    this.timeout(90000);
    const d = await registerFixture({ repository: register.repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    d.button('Download a backup', dataScreen(d)).click();
    await dataScreen(d).updateComplete;
    d.button('Cancel the backup').click();
    await d.waitForText('The backup was cancelled. No file was made.');
    expect(downloads.blobs).to.deep.equal([]);
    expect(d.text()).to.contain('Nothing has been exported yet.');
    expect(d.hasButton('Download a backup', dataScreen(d))).to.equal(true);
  });
});
