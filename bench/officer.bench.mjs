// Browser figures for the officer view: keystrokes to a first score, rendering 29 hazards, the 29-hazard PDF.

/** The focused element's id, looking inside shadow roots. */
const activeId = (page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.id || (a?.hasAttribute?.('data-add') ? `add:${a.getAttribute('data-add')}` : a?.tagName);
  });

async function tabTo(page, id, counter) {
  for (let i = 0; i < 300; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
    counter.keys++;
  }
  throw new Error(`could not reach ${id}`);
}

export async function runOfficerBench(browser, baseUrl) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}/bench/officer.html`);
  await page.waitForFunction(() =>
    document
      .querySelector('hhsrs-assessor')
      ?.shadowRoot?.querySelector('hhsrs-officer-assessment')
      ?.shadowRoot?.querySelector('#hazard-filter'),
  );
  const v = page.locator('hhsrs-officer-assessment');
  await v.locator('#details-nation-wales').check();
  await v.locator('#details-date').fill('2026-03-02');
  // From the hazard filter: type, reach the hazard, add it, choose likelihood and most likely class.
  await v.locator('#hazard-filter').focus();
  const counter = { keys: 0 };
  for (const key of 'damp') {
    await page.keyboard.press(key);
    counter.keys++;
  }
  await tabTo(page, 'add:damp-and-mould-growth', counter);
  await page.keyboard.press('Enter');
  counter.keys++;
  await tabTo(page, 'hazard-0-likelihood', counter);
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('ArrowDown');
    counter.keys++;
  }
  await tabTo(page, 'hazard-0-class-1', counter);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowDown');
    counter.keys++;
  }
  await v.locator('[data-working]').waitFor();
  console.log(`officer keystrokes from the hazard filter to a first score: ${counter.keys}`);

  const render = await page.evaluate(() => window.benchRender29());
  console.log(`officer render of 29 scored hazards: ${render.toFixed(0)} ms (median of 5, dev build)`);
  const pdf = await page.evaluate(() => window.benchPdf29());
  console.log(
    `officer 29-hazard PDF build: ${pdf.ms.toFixed(0)} ms, ${(pdf.bytes / 1024).toFixed(0)} KiB (median of 3)`,
  );
  await page.close();
}
