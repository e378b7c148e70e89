// Register round trip on the officer page: a property and a Category 1 hazard recorded, the register backed up
// to a file, then restored into a fresh browser (another device) where both are found again.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { addProperty } from './support/register.mjs';
import { startSite } from './support/site.mjs';

let site;
before(async () => (site = await startSite()));
afterEach(() => site?.closeContexts());
after(() => site?.close());

async function openRegister(context, who) {
  const page = await context.newPage();
  await page.goto(site.url('index.html#register'));
  const register = page.locator('hazard-register');
  await register.getByLabel('Your name').fill(who);
  await register.getByRole('button', { name: 'Continue' }).click();
  await register.getByRole('heading', { level: 1, name: 'Properties' }).waitFor();
  return { page, register };
}

test('a property and its hazard survive a backup and a restore into another browser', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hhsrs-e2e-'));
  const first = await site.context();
  const { page, register } = await openRegister(first.context, 'A. Officer');

  await addProperty(register);

  await register.getByRole('button', { name: 'Record a hazard' }).click();
  await register.getByLabel('Hazard', { exact: true }).selectOption('damp-and-mould-growth');
  await register.getByLabel('What was found (optional)').fill('Black mould on the bedroom wall');
  await register.getByLabel('Date found or reported').fill('2026-11-02');
  await register.getByLabel('Found on inspection').check();
  await register.getByLabel('HHSRS score (optional)').fill('1714');
  await register.getByRole('radio', { name: /^Open/ }).check();
  await register.getByRole('button', { name: 'Save hazard' }).click();
  await register.getByRole('heading', { level: 1, name: 'Damp and mould growth' }).waitFor();

  await register.getByRole('button', { name: 'Import and export' }).click();
  await register.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
  const csv = page.waitForEvent('download');
  await register.getByLabel('Table').selectOption({ label: 'Hazards' });
  await register.getByRole('button', { name: 'Download CSV' }).click();
  const csvFile = join(dir, 'hazards.csv');
  await (await csv).saveAs(csvFile);
  assert.match(readFileSync(csvFile, 'utf8'), /P-001/);

  const backup = page.waitForEvent('download');
  await register.getByRole('button', { name: 'Download a backup' }).last().click();
  const backupFile = join(dir, 'register-backup.json');
  await (await backup).saveAs(backupFile);
  assert.deepEqual(first.log.errors, []);
  await first.context.close();

  const second = await site.context();
  const restored = await openRegister(second.context, 'B. Officer');
  await restored.register.getByRole('button', { name: 'Import and export' }).click();
  await restored.register.getByLabel('Backup file (JSON)').setInputFiles(backupFile);
  await restored.register.getByRole('button', { name: 'Replace the register with register-backup.json' }).click();
  await restored.register.getByText(/^Restored 1 propert/).waitFor();
  await restored.register.getByRole('button', { name: 'Properties' }).click();
  await restored.register.getByRole('button', { name: 'P-001' }).click();
  await restored.register.getByRole('heading', { level: 1, name: 'P-001, 14 Mill Lane' }).waitFor();
  await restored.register.getByText('Damp and mould growth').first().waitFor();
  assert.deepEqual(second.log.errors, []);
  assert.deepEqual(second.log.outside, []);
  await second.context.close();
});
