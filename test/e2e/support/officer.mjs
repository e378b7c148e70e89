// Driving the officer assessment on the officer page the way an officer would: by its labels and buttons.

/**
 * Opens the officer page and waits until the assessment has loaded its draft. `init` (a function and its
 * argument) runs in the page before any of its scripts, e.g. to fake a device's clock.
 */
export async function openOfficer(context, url, init) {
  const page = await context.newPage();
  if (init) await page.addInitScript(...init);
  await page.goto(url);
  await page.locator('#details-address').waitFor();
  return page;
}

/** England, inspected on `date`: the 2005 scheme applies, so hazards are scored. */
export async function fillDetails(page, { address, date = '2024-03-01' }) {
  await page.locator('#details-address').fill(address);
  await page.locator('label[for="details-nation-england"]').click();
  await page.locator('#details-date').fill(date);
}

/**
 * Adds a hazard and scores it: `likelihood` is a Table 1 point (1 in N); `spread` gives Table 2 points for
 * classes I–IV with `null` for the most likely class, which the element works out.
 */
export async function scoreHazard(page, index, { hazardId, likelihood, spread }) {
  await page.locator(`button[data-add="${hazardId}"]`).click();
  const id = (part) => `#hazard-${index}-${part}`;
  await page.locator(id('likelihood')).selectOption(String(likelihood));
  const mostLikely = spread.indexOf(null) + 1;
  await page.locator(`label[for="hazard-${index}-class-${mostLikely}"]`).click();
  for (const [k, value] of spread.entries()) {
    if (value !== null) await page.locator(id(`spread-${k + 1}`)).selectOption(String(value));
  }
  await page.locator(id('justification')).fill(`Seen on inspection; ${hazardId} scored for the relevant occupier.`);
}

/** The status tag on a hazard card, e.g. "Category 2 · Band G · 65". */
export function hazardTag(page, index) {
  return page.locator(`#hazard-${index}-card .hazard-card__head .tag`).first().textContent();
}

/** The save status line, e.g. "Saved in this browser at 10:15:02". */
export function saveStatus(page) {
  return page.locator('hhsrs-officer-assessment [data-save-status]');
}
