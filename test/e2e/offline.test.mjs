// The officer page as an installed app: installable, and once loaded it works with no connection at all,
// including the PDF (its renderer is cached on install, before anyone prints).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { openOfficer, saveStatus } from './support/officer.mjs';
import { pdfText, startSite } from './support/site.mjs';

let site;
before(async () => (site = await startSite()));
afterEach(() => site?.closeContexts());
after(() => site?.close());

test('the officer page is installable and works offline once loaded', async () => {
  const { context, log } = await site.context({ serviceWorkers: 'allow' });
  const page = await openOfficer(context, site.url('index.html'));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser context is always incognito, where nothing installs; anything else would be the page's fault.
  assert.deepEqual(
    installabilityErrors.filter((e) => e.errorId !== 'in-incognito'),
    [],
    'Chromium finds nothing else stopping installation',
  );
  const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifestErrors, [], 'the web manifest parses cleanly');

  await page.locator('#details-address').fill('1 Offline Close');
  await saveStatus(page).getByText('Saved in this browser').waitFor();

  await site.server.close();
  await context.setOffline(true);
  await page.reload();
  await page.locator('#details-address').waitFor();
  assert.equal(await page.locator('#details-address').inputValue(), '1 Offline Close');
  if (!(await page.evaluate(() => navigator.onLine))) await page.getByText('You are offline').waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'hhsrs-e2e-')), 'offline.pdf');
  await (await download).saveAs(file);
  assert.match(await pdfText(file), /1 Offline Close/);
  assert.deepEqual(log.outside, []);
  await context.close();
});
