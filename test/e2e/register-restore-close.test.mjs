// Closing the page in the middle of a real restore, in a browser profile on disk as a user's is: the browser
// is started again on the same profile, and the register is the one it was before the restore began.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { watch } from './support/browser.mjs';
import { serve } from './support/server.mjs';
import { addProperty } from './support/register.mjs';

let server;
const dir = mkdtempSync(join(tmpdir(), 'hhsrs-e2e-restore-close-'));
before(async () => (server = await serve()));
after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

/** The browser on the profile folder, as a user's browser starts on their profile. */
async function startBrowser() {
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    locale: 'en-GB',
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(30000);
  return { context, log: await watch(context) };
}

async function openRegister(context) {
  const page = await context.newPage();
  await page.goto(`${server.url}index.html#register`);
  const register = page.locator('hazard-register');
  return { page, register };
}

test('a page closed during a restore leaves the old register as it was, after the browser starts again', async () => {
  const first = await startBrowser();
  const { page, register } = await openRegister(first.context);
  await register.getByLabel('Your name').fill('A. Officer');
  await register.getByRole('button', { name: 'Continue' }).click();
  await addProperty(register);

  // A backup of another register of 6,000 properties, made from this one's backup: each property a copy
  // of P-001 under a new id and reference, with the audit trail of its saving.
  await register.getByRole('button', { name: 'Import and export' }).click();
  await register.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
  const download = page.waitForEvent('download');
  await register.getByRole('button', { name: 'Download a backup' }).last().click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const [property] = backup.properties;
  const [saved] = backup.audit;
  const properties = Array.from({ length: 6000 }, (_, i) => ({
    ...property,
    id: randomUUID(),
    reference: `R-${String(i).padStart(4, '0')}`,
  }));
  const large = {
    ...backup,
    properties,
    audit: properties.map((p, i) => ({
      ...saved,
      id: `${saved.at}~${String(i + 1).padStart(9, '0')}~${randomUUID().slice(0, 8)}`,
      recordId: p.id,
    })),
  };
  const file = join(dir, 'large-backup.json');
  writeFileSync(file, JSON.stringify(large));

  await register.getByLabel('Backup file (JSON)').setInputFiles(file);
  await register.getByRole('button', { name: 'Replace the register with large-backup.json' }).click();
  // The user sees records being written (after the reading and checking of 12,000), and closes the page.
  await register.getByText(/^Restoring: writing /).waitFor({ timeout: 120000 });
  await page.close();
  assert.deepEqual(first.log.errors, []);
  await first.context.close();

  const second = await startBrowser();
  const reopened = await openRegister(second.context);
  await reopened.register.getByRole('heading', { level: 1, name: 'Properties' }).waitFor();
  await reopened.register.getByRole('button', { name: 'P-001' }).waitFor();
  assert.equal(await reopened.register.getByRole('button', { name: /^R-\d{4}$/ }).count(), 0);
  await reopened.register.getByText(/Showing 1 to 1 of 1 propert/).waitFor();
  // The half-written database is deleted when the register opens, not left taking space.
  const databases = await reopened.page.evaluate(async () =>
    (await indexedDB.databases()).map(({ name }) => name).sort(),
  );
  assert.deepEqual(databases, ['hhsrs-toolkit']);
  assert.deepEqual(second.log.errors, []);
  await second.context.close();
});
