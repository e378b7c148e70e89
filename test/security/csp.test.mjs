// The built site under the strictest policy we support, served from 127.0.0.1 only: every element loads and
// works with no policy violation, no console error and no request to any other host, and a user's text that
// looks like HTML stays text in the element, its print view and its PDF.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { STRICT_CSP } from '../e2e/support/server.mjs';
import { fillDetails, hazardTag, openOfficer, scoreHazard } from '../e2e/support/officer.mjs';
import { countDeep, pdfText, startSite } from '../e2e/support/site.mjs';
import { innerHtmlRefused, recordViolations, violations } from './support.mjs';

const HOSTILE = '<img src=x onerror=alert(1)>';

let site;
before(async () => (site = await startSite({ csp: STRICT_CSP })));
afterEach(() => site?.closeContexts());
after(() => site?.close());

async function strictContext() {
  const { context, log } = await site.context();
  await recordViolations(context);
  const dialogs = [];
  context.on('page', (page) => page.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss()));
  return { context, log, dialogs };
}

async function assertClean(page, log, dialogs) {
  assert.deepEqual(await violations(page), [], 'no Content-Security-Policy violations');
  assert.deepEqual(log.errors, [], 'no console errors or uncaught exceptions');
  assert.deepEqual(log.outside, [], 'no request to any host but 127.0.0.1');
  assert.deepEqual(dialogs, [], 'no dialog opened');
}

test('the officer page works under the strict policy and shows HTML-like text as text everywhere', async () => {
  const { context, log, dialogs } = await strictContext();
  const page = await openOfficer(context, site.url('index.html'));

  await fillDetails(page, { address: HOSTILE });
  await scoreHazard(page, 0, { hazardId: 'damp-and-mould-growth', likelihood: 180, spread: [0, 4.6, 21.5, null] });
  assert.equal((await hazardTag(page, 0))?.trim(), 'Category 2 · Band G · 65');
  assert.equal(await page.locator('#details-address').inputValue(), HOSTILE);
  assert.equal(await countDeep(page, 'img'), 0, 'no img element was created');

  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('hhsrs-officer-assessment .print-only').innerText();
  assert.ok(printed.includes(HOSTILE), 'the print view shows the address as typed');
  assert.equal(await countDeep(page, 'img'), 0);
  await page.emulateMedia({ media: 'screen' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'hhsrs-csp-')), 'assessment.pdf');
  await (await download).saveAs(file);
  assert.ok((await pdfText(file)).includes(HOSTILE), 'the PDF shows the address as typed');

  await page.locator('.service-nav__link[href="#overcrowding"]').click();
  await page.getByRole('button', { name: 'Add a couple', exact: true }).click();
  await page.locator('overcrowding-check [part~="person"]').first().waitFor();
  await page.locator('.service-nav__link[href="#register"]').click();
  const register = page.locator('hazard-register');
  await register.getByLabel('Your name').fill(HOSTILE);
  await register.getByRole('button', { name: 'Continue' }).click();
  await register.getByRole('button', { name: 'Add a property' }).click();
  await register.getByLabel('Address line 1').fill(HOSTILE);
  assert.equal(await countDeep(page, 'img'), 0);
  await page.waitForLoadState('networkidle');
  await assertClean(page, log, dialogs);
  // Last, as the refusal is itself reported as a violation: the policy really is enforced here.
  assert.equal(await innerHtmlRefused(page.mainFrame()), true, 'Trusted Types is enforced on this page');
  assert.ok(
    site.server.requests.some((path) => path.startsWith('/cdn/chunks/render-pdf-')),
    'the PDF renderer loaded from this site',
  );
  await context.close();
});

test('the register restores a backup under the strict policy, in its worker', async () => {
  const { context, log, dialogs } = await strictContext();
  const page = await openOfficer(context, site.url('index.html'));
  await page.locator('.service-nav__link[href="#register"]').click();
  const register = page.locator('hazard-register');
  await register.getByLabel('Your name').fill('Jo Bloggs');
  await register.getByRole('button', { name: 'Continue' }).click();
  await register.getByRole('button', { name: 'Import and export' }).click();
  const download = page.waitForEvent('download');
  await register.getByRole('button', { name: 'Download a backup' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'hhsrs-csp-')), 'backup.json');
  await (await download).saveAs(file);
  await register.getByLabel('Backup file (JSON)').setInputFiles(file);
  await register.getByRole('button', { name: 'Replace the register with backup.json' }).click();
  await register.getByText('Restored 0 properties, 0 hazards, 0 actions and 0 evidence files.').waitFor();
  await assertClean(page, log, dialogs);
  assert.ok(
    site.server.requests.some((path) => path.startsWith('/cdn/assets/restore-worker-')),
    'the restore worker loaded from this site',
  );
  await context.close();
});

for (const [name, path, ready] of [
  ['the council page with the tenant self-check', 'demo/council.html', 'hhsrs-tenant-check'],
  [
    'the framed tenant self-check',
    'embed/tenant.html?council-name=Anytown%20Council&theme=anytown',
    'hhsrs-tenant-check',
  ],
  ['the iframe fallback page', 'demo/iframe.html', 'iframe'],
  ['the embedding guide', 'demo/embedding.html', 'h1'],
  ['the examples index', 'demo/', 'h1'],
  ['the scheme pack maker', 'demo/pack-maker.html', 'hhsrs-pack-maker #f-id'],
]) {
  test(`${name} loads under the strict policy`, async () => {
    const { context, log, dialogs } = await strictContext();
    const page = await context.newPage();
    await page.goto(site.url(path));
    await page.locator(ready).first().waitFor();
    if (ready === 'hhsrs-tenant-check') {
      await page.getByRole('button', { name: 'Start now' }).click();
      await page.locator('hhsrs-tenant-check h1').first().waitFor();
    }
    if (ready === 'iframe') {
      const frame = page.frameLocator('iframe.framed');
      await frame.getByRole('button', { name: 'Start now' }).click();
    }
    await page.waitForLoadState('networkidle');
    await assertClean(page, log, dialogs);
    for (const frame of page.frames())
      assert.equal(await innerHtmlRefused(frame), true, `Trusted Types is enforced in ${frame.url()}`);
    await context.close();
  });
}
