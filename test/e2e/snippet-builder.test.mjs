// The snippet builder (demo/snippet-builder.html): a web editor fills it in, copies the code, and that exact
// code pasted into a page served under the strict Content Security Policy loads the tool from this site,
// checked by its Subresource Integrity hash. A wrong hash, or a changed file, stops the script running.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { recordViolations, violations } from '../security/support.mjs';
import { DIST, STRICT_CSP } from './support/server.mjs';
import { countDeep, startSite } from './support/site.mjs';

/** Tenant start page heading (the element's own h1). */
const START_HEADING = 'Check a problem in your rented home';
/** A council name that looks like HTML: it must reach the page as text, never as markup. */
const NAME = `Anytown "Housing" <b>Team</b> & Co's`;
const ESCAPED_NAME = 'Anytown &quot;Housing&quot; &lt;b&gt;Team&lt;/b&gt; &amp; Co&#39;s';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const fileHash = (name) => sri(readFileSync(join(DIST, 'cdn', name)));
/** A page holding exactly the pasted code, as a council's CMS would serve it. */
const pasted = (snippet) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Pasted code</title></head>\n<body>\n<main>\n${snippet}\n</main>\n</body>\n</html>\n`;

// Test-only pages are added to this object while the server runs.
const pages = {};
let site;
before(async () => (site = await startSite({ csp: STRICT_CSP, pages })));
// A failed assertion skips a test's own clean-up: close what it left open (where the helper exists).
afterEach(() => site?.closeContexts?.());
after(() => site?.close());

async function openBuilder(contextOptions = {}) {
  const { context, log } = await site.context(contextOptions);
  await recordViolations(context);
  const page = await context.newPage();
  await page.goto(site.url('demo/snippet-builder.html'));
  await page.locator('#snippet-code', { hasText: '<script' }).waitFor();
  return { context, log, page };
}

const snippetOf = (page) => page.locator('#snippet-code').textContent();

/** Elements reaching past the right-hand edge of the window (WCAG 1.4.10 reflow), and the page's scroll width. */
const overflow = (page) =>
  page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 0.5;
    const wide = [...document.querySelectorAll('body *')].filter(
      (el) => el.getBoundingClientRect().right > edge && !el.closest('.visually-hidden, .skip-link'),
    );
    const found = wide.map(
      (el) => `${el.localName}${el.id ? `#${el.id}` : ''}: ${Math.round(el.getBoundingClientRect().right)} px`,
    );
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      found.push(`page scrolls to ${document.documentElement.scrollWidth} px`);
    return found;
  });

test('the tenant self-check code, pasted into a strict-CSP page, loads with its SRI hash and keeps the council name as text', async () => {
  const { context, log, page } = await openBuilder();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url().slice(0, -1) });

  await page.getByLabel('Tenant self-check').check();
  await page.getByLabel('Council name').fill(NAME);
  await page.getByLabel('Phone number for housing problems').fill('01632 960 000');
  await page.getByLabel('Web page for reporting a housing problem').fill('https://www.example.gov.uk/housing/report');
  await page.getByLabel('Opening hours').fill('Monday to Friday, 9am to 5pm');
  await page.getByLabel('Anytown example theme').check();

  const snippet = await snippetOf(page);
  const script = `<script type="module" src="${site.url('cdn/hhsrs-assessor.js')}" integrity="${fileHash('hhsrs-assessor.js')}" crossorigin="anonymous"></script>`;
  assert.equal(
    snippet,
    [
      `<link rel="stylesheet" href="${site.url('themes/anytown.css')}">`,
      script,
      '<hhsrs-assessor',
      '  mode="tenant"',
      `  council-name="${ESCAPED_NAME}"`,
      '  council-phone="01632 960 000"',
      '  council-url="https://www.example.gov.uk/housing/report"',
      '  council-hours="Monday to Friday, 9am to 5pm"></hhsrs-assessor>',
    ].join('\n'),
  );
  const published = JSON.parse(readFileSync(join(DIST, 'cdn', 'sri.json'), 'utf8'));
  assert.equal(
    published['hhsrs-assessor.js'],
    fileHash('hhsrs-assessor.js'),
    'sri.json holds the hash of the built file',
  );

  await page.getByRole('button', { name: 'Copy the code' }).click();
  await page.getByRole('status').filter({ hasText: 'Code copied' }).waitFor();
  assert.equal(
    await page.evaluate(() => navigator.clipboard.readText()),
    snippet,
    'the clipboard holds the code shown',
  );
  assert.deepEqual(await violations(page), [], 'the builder runs under the strict policy');

  pages['/council/report-a-problem.html'] = pasted(snippet);
  const tenant = await context.newPage();
  const response = await tenant.goto(site.url('council/report-a-problem.html'));
  assert.match(
    response.headers()['content-security-policy'],
    /^default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:/,
  );
  const tool = tenant.locator('hhsrs-assessor');
  await tool.getByRole('heading', { level: 1, name: START_HEADING }).waitFor();
  await tool.getByText(`They are not sent to ${NAME} or to anyone else.`, { exact: false }).waitFor();
  assert.equal(await countDeep(tenant, 'b'), 0, 'no <b> element was made from the council name');
  assert.equal(
    await tool.evaluate((el) => getComputedStyle(el).getPropertyValue('--hhsrs-accent').trim()),
    '#005a55',
    'the Anytown theme applies',
  );
  await tool.getByRole('button', { name: 'Start now' }).click();
  await tool.getByRole('heading', { level: 1, name: 'Where is your home?' }).waitFor();
  await tenant.waitForLoadState('networkidle');

  assert.deepEqual(await violations(tenant), [], 'no Content-Security-Policy violations');
  assert.deepEqual(log.errors, [], 'no console errors or uncaught exceptions');
  assert.deepEqual(log.outside, [], 'no request to any host but 127.0.0.1');
  assert.ok(site.server.requests.includes('/cdn/hhsrs-assessor.js'));
  assert.ok(site.server.requests.includes('/themes/anytown.css'));
  await context.close();
});

test('a wrong integrity hash, or a changed file, stops the script: the tag is never upgraded', async () => {
  const { context, log, page } = await openBuilder();
  await page.getByLabel('Council name').fill('Anytown Council');
  const snippet = await snippetOf(page);
  const good = fileHash('hhsrs-assessor.js');
  assert.ok(snippet.includes(`integrity="${good}"`));

  const notUpgraded = async (path, html, route) => {
    pages[path] = html;
    const other = await context.newPage();
    if (route) await other.route(/\/cdn\/hhsrs-assessor\.js$/, route);
    const errors = [];
    other.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await other.goto(site.url(path.slice(1)));
    await other.waitForLoadState('networkidle');
    assert.equal(
      await other.evaluate(() => customElements.get('hhsrs-assessor')),
      undefined,
      `${path}: the element is not defined`,
    );
    assert.equal(await countDeep(other, 'h1'), 0, `${path}: nothing rendered`);
    assert.ok(
      errors.some((text) => /integrity/i.test(text)),
      `${path}: the browser reports the integrity failure (${errors.join(' | ')})`,
    );
    assert.deepEqual(await violations(other), []);
    await other.close();
  };

  // The code with someone else's hash.
  await notUpgraded('/council/wrong-hash.html', pasted(snippet.replace(good, sri('not the toolkit'))));
  // The right code, but the file on the server was changed by one comment.
  await notUpgraded('/council/changed-file.html', pasted(snippet), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// changed\n` });
  });

  // The builder's own code on a fresh page still works, so the failures above were the hashes.
  pages['/council/good.html'] = pasted(snippet);
  const good1 = await context.newPage();
  await good1.goto(site.url('council/good.html'));
  await good1.locator('hhsrs-assessor').getByRole('heading', { level: 1, name: START_HEADING }).waitFor();
  assert.deepEqual(log.outside, []);
  await context.close();
});

for (const [tool, setup, tag, attributes, file] of [
  ['Officer assessment', async () => {}, 'hhsrs-assessor', ['mode="officer"'], 'hhsrs-assessor.js'],
  [
    'Overcrowding check',
    async (page) => {
      await page.getByLabel('Square feet').check();
      await page.getByLabel('Cymraeg (Welsh)').check();
    },
    'overcrowding-check',
    ['units="imperial"', 'lang="cy"'],
    'overcrowding-check.js',
  ],
  [
    'Hazard register',
    async (page) => {
      await page.getByText(/Where the toolkit.s files are/).click();
      await page.getByLabel('Name for the saved answers (optional)').fill('register "north"');
      await page.getByLabel('Riverside example theme').check();
    },
    'hazard-register',
    ['storage-key="register &quot;north&quot;"'],
    'hazard-register.js',
  ],
]) {
  test(`the ${tool} code loads its own file with its hash and upgrades under the strict policy`, async () => {
    const { context, log, page } = await openBuilder();
    await page.getByLabel(tool, { exact: true }).check();
    assert.equal(
      await page.getByLabel('Council name').isVisible(),
      false,
      'council details are only for the tenant self-check',
    );
    await setup(page);
    const snippet = await snippetOf(page);
    assert.ok(
      snippet.includes(`src="${site.url(`cdn/${file}`)}" integrity="${fileHash(file)}" crossorigin="anonymous"`),
      snippet,
    );
    for (const attribute of attributes) assert.ok(snippet.includes(`  ${attribute}`), `${attribute} in\n${snippet}`);
    assert.ok(!snippet.includes('council-'), 'no council attributes');

    const path = `/council/${tag}.html`;
    pages[path] = pasted(snippet);
    const other = await context.newPage();
    await other.goto(site.url(path.slice(1)));
    await other.waitForFunction(
      (name) => Boolean(customElements.get(name) && document.querySelector(name)?.shadowRoot?.childElementCount),
      tag,
    );
    await other.locator(tag).getByRole('heading').first().waitFor();
    await other.waitForLoadState('networkidle');
    assert.deepEqual(await violations(other), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.outside, []);
    await context.close();
  });
}

test('the builder: labelled, usable with the keyboard, checks addresses, falls back to selecting the code, fits 320 px, passes axe', async () => {
  const { context, log, page } = await openBuilder({ viewport: { width: 320, height: 800 } });
  await context.addInitScript(() => {
    // A browser that refuses clipboard access.
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  await page.reload();
  await page.locator('#snippet-code', { hasText: '<script' }).waitFor();
  assert.deepEqual(await overflow(page), [], 'no sideways scrolling at 320 px');

  // Keyboard: Tab to the first tool, arrows move through the choices.
  await page.locator('#main').focus();
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === 'tool-tenant')); i++)
    await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tool-tenant');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByLabel('Overcrowding check').isChecked(), true);
  assert.match(await snippetOf(page), /<overcrowding-check><\/overcrowding-check>$/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');

  // A web address that is not one: an inline error, no code, no Copy.
  const url = page.getByLabel('Web page for reporting a housing problem');
  await url.fill('javascript:alert(1)');
  await url.blur();
  await page.locator('#council-url-error', { hasText: 'Enter an address that starts with https://' }).waitFor();
  assert.equal(await url.getAttribute('aria-invalid'), 'true');
  assert.match(await snippetOf(page), /^Finish or correct/);
  assert.equal(await page.getByRole('button', { name: 'Copy the code' }).isDisabled(), true);
  await url.fill('https://www.example.gov.uk/report');
  await page.locator('#council-url-error').waitFor({ state: 'hidden' });
  assert.equal(await url.getAttribute('aria-invalid'), 'false');
  const snippet = await snippetOf(page);
  assert.ok(snippet.includes('council-url="https://www.example.gov.uk/report"'));

  // No clipboard: the code is selected and the person is told how to copy it.
  await page.getByRole('button', { name: 'Copy the code' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'It is selected' }).waitFor();
  assert.equal(await page.evaluate(() => window.getSelection()?.toString()), snippet);

  await page.getByLabel('Riverside example theme').check();
  await page.getByText(/Where the toolkit.s files are/).click();
  assert.deepEqual(await overflow(page), [], 'still no sideways scrolling');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();

  // axe needs its own script on the page, which the policy would refuse: a context that ignores the policy.
  const { context: open } = await site.context({ bypassCSP: true, viewport: { width: 320, height: 800 } });
  const axePage = await open.newPage();
  await axePage.goto(site.url('demo/snippet-builder.html'));
  await axePage.locator('#snippet-code', { hasText: '<script' }).waitFor();
  await axePage.getByLabel('Anytown example theme').check();
  const url2 = axePage.getByLabel('Web page for reporting a housing problem');
  await url2.fill('www.example');
  await url2.blur();
  await axePage.locator('#council-url-error').waitFor();
  await axePage.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const found = await axePage.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
  assert.deepEqual(found, [], 'axe (WCAG 2.2 A and AA) finds nothing, with a theme chosen and an error showing');
  await open.close();
});
