// Tenant journey on the example council page: one question per page from "Start now" to the letter to the
// landlord, then the letter as a PDF.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { pdfText, startSite } from './support/site.mjs';

let site;
before(async () => (site = await startSite()));
afterEach(() => site?.closeContexts());
after(() => site?.close());

test('a housing association tenant with mould in a bedroom reaches a letter citing Awaab’s Law', async () => {
  const { context, log } = await site.context();
  const page = await context.newPage();
  await page.goto(site.url('demo/council.html'));
  const check = page.locator('hhsrs-tenant-check');
  const heading = (text) => check.getByRole('heading', { level: 1, name: text }).waitFor();
  const next = (name = 'Continue') => check.getByRole('button', { name, exact: true }).click();
  const answer = async (title, labels) => {
    await heading(title);
    for (const label of labels) await check.getByLabel(label, { exact: true }).check();
    await next();
  };

  await check.getByRole('button', { name: 'Start now' }).click();
  await answer('Where is your home?', ['England']);
  await answer('Who is your landlord?', ['A housing association']);
  await answer('Does anyone who lives in your home fit any of these?', ['A child under 5']);
  await answer('What problems do you have in your home?', ['Damp or mould']);
  await answer('What is the problem?', ['Black or green mould on walls, ceilings, furniture or clothes']);
  await heading('How much damp or mould is there?');
  await check.getByRole('radio', { name: /^Large areas/ }).check();
  await next();
  await answer('When did you first notice the problem?', ['More than 6 months ago']);
  await answer('Where is the problem?', ['Bedroom']);
  await heading('Have you told your landlord about these problems?');
  await check.getByRole('radio', { name: /^Yes, but not in writing/ }).check();
  await next();
  await heading('When did your landlord first know about these problems?');
  await check.getByRole('radio', { name: 'Phone call' }).check();
  await check.getByRole('checkbox', { name: 'I do not know the exact date' }).check();
  await next();
  await heading('Check your answers');
  await next('See the results');
  await heading('What your answers suggest');
  await next('See what to do next');
  await heading('What to do next');
  await check
    .getByText(/Anytown Council/)
    .first()
    .waitFor(); // the council named on the page
  await next('Write your letter');
  await heading('Your details for the letter');
  await check.getByLabel('Your full name').fill('Sam Tenant');
  await check.getByLabel('Your address').fill('Flat 2, 1 Damp Row, Anytown AN1 1AA');
  await next('Make the letter');

  await heading('Your letter to your landlord');
  const letter = await check.locator('[part~="letter"]').innerText();
  for (const expected of ['Sam Tenant', 'Flat 2, 1 Damp Row, Anytown AN1 1AA', 'Problem 1: Damp or mould', 'Bedroom']) {
    assert.ok(letter.includes(expected), `the letter shows "${expected}"`);
  }
  // A social landlord in England: Awaab's Law time limits for damp and mould (FACTS, Awaab's Law).
  assert.match(letter, /Awaab’s Law/);
  assert.match(letter, /working days/);

  const download = page.waitForEvent('download');
  await check.getByRole('button', { name: 'Download as PDF' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'hhsrs-e2e-')), 'letter.pdf');
  await (await download).saveAs(file);
  const text = await pdfText(file);
  assert.match(text, /Sam Tenant/);
  assert.match(text, /Damp or mould/);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.outside, []);
  await context.close();
});
