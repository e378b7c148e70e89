// Officer journey on the built officer page: details, two hazards scored, then the PDF downloaded and read.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { fillDetails, hazardTag, openOfficer, saveStatus, scoreHazard } from './support/officer.mjs';
import { pdfText, startSite } from './support/site.mjs';

let site;
before(async () => (site = await startSite()));
afterEach(() => site?.closeContexts());
after(() => site?.close());

test('an officer scores two hazards and downloads the PDF with the working', async () => {
  const { context, log } = await site.context();
  const page = await openOfficer(context, site.url('index.html'));
  await fillDetails(page, { address: '14 Mill Lane, Anytown AN1 2BC' });

  // Operating Guidance worked example: 1 in 180, spread 0 / 4.6 / 21.5 / 73.9 → 65.49 → 65, Band G.
  await scoreHazard(page, 0, { hazardId: 'damp-and-mould-growth', likelihood: 180, spread: [0, 4.6, 21.5, null] });
  // (1000 × 10 + 300 × 21.5 + 10 × 68.5) / 10 = 1713.5 → 1714 (reg 6: halves round up), Band C, Category 1.
  await scoreHazard(page, 1, { hazardId: 'excess-cold', likelihood: 10, spread: [0, 10, 21.5, null] });

  assert.equal((await hazardTag(page, 0))?.trim(), 'Category 2 · Band G · 65');
  assert.equal((await hazardTag(page, 1))?.trim(), 'Category 1 · Band C · 1,714');
  await saveStatus(page).getByText('Saved in this browser').waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'hhsrs-e2e-')), 'assessment.pdf');
  await (await download).saveAs(file);
  const text = await pdfText(file);
  for (const expected of [
    '14 Mill Lane, Anytown AN1 2BC',
    'Damp and mould growth',
    'Excess cold',
    '65',
    '1,714',
    '1,713.5',
  ]) {
    assert.ok(text.includes(expected), `the PDF shows "${expected}"`);
  }
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.outside, []);
  await context.close();
});
