// The scheme pack maker (demo/pack-maker.html) under the strict policy: a council starts from the example
// pack, gives it its own id, types in a worked example that agrees, downloads the pack, and the officer page
// scores an English inspection begun on 22 June 2026 under it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, test } from 'node:test';
import { recordViolations, violations } from '../security/support.mjs';
import { openOfficer } from './support/officer.mjs';
import { STRICT_CSP } from './support/server.mjs';
import { startSite } from './support/site.mjs';

let site;
before(async () => (site = await startSite({ csp: STRICT_CSP })));
afterEach(() => site?.closeContexts());
after(() => site?.close());

test('a pack made from the example, with a worked example that agrees, scores a 22 June 2026 English inspection on the officer page', async () => {
  const { context, log } = await site.context({ viewport: { width: 320, height: 800 } });
  await recordViolations(context);
  const officer = await openOfficer(context, site.url('index.html'));
  await officer.getByRole('link', { name: 'Make a scheme pack for the 2026 English tables' }).click();
  const maker = officer.locator('hhsrs-pack-maker');
  await maker.locator('#f-id').waitFor();
  await maker.getByText('These are example figures, not the 2026 tables').waitFor();

  await maker.getByLabel('Pack id').fill('anytown-england-2026');
  await maker.getByLabel('Version').fill('2026.1');
  await maker.getByRole('button', { name: 'Download the pack' }).click();
  await maker.getByRole('link', { name: /add at least one worked example/ }).waitFor();

  await maker.getByRole('button', { name: 'Add a worked example' }).click();
  // (10000×0 + 1000×10 + 300×21.5 + 10×68.5) ÷ 10 = 1,713.5 → 1,714, under the example's placeholder tables.
  await maker.locator('#f-examples-0-description').fill('Worked example 2');
  await maker.locator('#f-examples-0-likelihood').fill('10');
  for (const [c, value] of ['0', '10', '21.5', '68.5'].entries())
    await maker.locator(`#f-examples-0-spread-${c}`).fill(value);
  await maker.locator('#f-examples-0-expectedScore').fill('1714');
  await maker.locator('[data-example-result]', { hasText: 'Agrees' }).waitFor();

  const [download] = await Promise.all([
    officer.waitForEvent('download'),
    maker.getByRole('button', { name: 'Download the pack' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'anytown-england-2026.json');
  const file = await download.path();
  const pack = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(pack.id, 'anytown-england-2026');
  assert.deepEqual(pack.coverage, [{ nation: 'england', from: '2026-06-22', until: null }]);
  assert.equal(pack.example, true, 'still marked as example figures: nothing was replaced from the guidance');
  assert.equal(pack.workedExamples[0].expectedScore, 1714);
  await maker.getByText('Downloaded anytown-england-2026.json').waitFor();
  assert.deepEqual(await violations(officer), [], 'no Content-Security-Policy violations on the pack maker');

  await officer.goto(site.url('index.html'));
  await officer.locator('#details-address').waitFor();
  await officer.locator('#pack-file').setInputFiles(file);
  await officer.locator('[data-packs]').waitFor();
  await officer.locator('#details-address').fill('Flat 2, 14 Mill Lane');
  await officer.locator('label[for="details-nation-england"]').click();
  await officer.locator('#details-date').fill('2026-06-22');
  await officer.locator('[data-scheme="anytown-england-2026"]').waitFor();
  await officer.locator('button[data-add="indoor-air-pollutants"]').click();
  await officer.locator('#hazard-0-likelihood').selectOption('10');
  await officer.locator('label[for="hazard-0-class-4"]').click();
  await officer.locator('#hazard-0-spread-2').selectOption('10');
  await officer.locator('#hazard-0-spread-3').selectOption('21.5');
  await officer.locator('[data-working]', { hasText: '= 1,713.5 → 1,714, band High, Category 1' }).waitFor();
  assert.deepEqual(await violations(officer), [], 'no Content-Security-Policy violations');
  assert.deepEqual(log.errors, [], 'no console errors');
});
