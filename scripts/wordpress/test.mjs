// The plugin in a real WordPress (started by scripts/wordpress/test.sh): an editor without script rights
// publishes pages with the block, a Custom HTML block and shortcodes; visitors' pages are opened in Chromium.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch } from '../../test/e2e/support/browser.mjs';

const url = process.env.HHSRS_WP_URL;
const out = process.env.HHSRS_WP_OUT;
const editorAuth = `Basic ${Buffer.from(`editor:${process.env.HHSRS_WP_APP_PASSWORD}`).toString('base64')}`;
const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
const council = {
  name: 'Anytown Borough Council',
  phone: '01234 567890',
  url: 'https://www.anytown.example/housing',
  hours: 'Monday to Friday, 9am to 5pm',
};
mkdirSync(out, { recursive: true });

let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

/** The REST API as the editor (application password), as the block editor itself saves. */
async function rest(path, init = {}, query = '') {
  const response = await fetch(`${url}/?rest_route=${path}${query && `&${query}`}`, {
    ...init,
    headers: { authorization: editorAuth, 'content-type': 'application/json', ...init.headers },
  });
  const body = await response.json();
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

async function publish(title, content) {
  const page = await rest('/wp/v2/pages', {
    method: 'POST',
    body: JSON.stringify({ title, content, status: 'publish' }),
  });
  const saved = await rest(`/wp/v2/pages/${page.id}`, {}, 'context=edit');
  return { id: page.id, link: page.link, raw: saved.content.raw };
}

/** A browser context logged in as `user` (or a visitor when no user), with outside requests refused. */
async function contextAs(user, password, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const errors = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|blob:|data:)/, (route) => route.abort());
  context.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
  });
  if (user) {
    const page = await context.newPage();
    await page.goto(`${url}/wp-login.php`);
    await page.getByLabel('Username or Email Address').fill(user);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Log In' }).click();
    await page.waitForURL(/wp-admin/);
    await page.close();
  }
  return { context, errors };
}

let tenantPage;

test('an administrator saves the council’s details in Settings → HHSRS toolkit; a wrong web address is refused', async () => {
  const { context } = await contextAs('admin', process.env.HHSRS_WP_ADMIN_PASSWORD);
  const page = await context.newPage();
  await page.goto(`${url}/wp-admin/options-general.php?page=hhsrs-toolkit`);
  await page.getByLabel('Council name').fill(council.name);
  await page.getByLabel('Phone number').fill(council.phone);
  await page.getByLabel('Web page for reporting housing problems').fill('anytown housing');
  await page.getByLabel('Opening hours').fill(council.hours);
  // The browser's own check of type="url" would stop the form; the server's message is what is tested here.
  await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await page.getByText('Enter the full web address, starting https://').waitFor();
  assert.equal(await page.getByLabel('Council name').inputValue(), council.name);
  assert.equal(await page.getByLabel('Web page for reporting housing problems').inputValue(), '');
  await page.getByLabel('Web page for reporting housing problems').fill(council.url);
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await page.getByText('Settings saved.').waitFor();
  assert.equal(await page.getByLabel('Web page for reporting housing problems').inputValue(), council.url);
  await context.close();
});

test('the editor has no script rights', async () => {
  const me = await rest('/wp/v2/users/me', {}, 'context=edit');
  assert.deepEqual(me.roles, ['editor']);
  const page = await publish('Script test', '<!-- wp:html --><p>Hi</p><script>alert(1)</script><!-- /wp:html -->');
  assert.doesNotMatch(page.raw, /<script/, 'WordPress removes a script the editor saves');
});

test('an editor without script rights publishes the block; a tenant answers, reloads, and the answer is kept', async () => {
  tenantPage = await publish('Check your home', '<!-- wp:hhsrs-toolkit/hhsrs-assessor /-->');
  assert.match(tenantPage.raw, /<!-- wp:hhsrs-toolkit\/hhsrs-assessor \/-->/, 'the saved post still holds the block');
  const { context, errors } = await contextAs('editor', process.env.HHSRS_WP_EDITOR_PASSWORD);
  const page = await context.newPage();
  await page.goto(tenantPage.link);

  const script = await page.locator(`script[src*="hhsrs-assessor.js"]`).getAttribute('src');
  assert.equal(script, `${url}/wp-content/plugins/hhsrs-toolkit/cdn/hhsrs-assessor.js?ver=${version}`);
  assert.equal(await page.locator(`script[src*="hhsrs-assessor.js"]`).getAttribute('type'), 'module');
  const element = page.locator('hhsrs-assessor');
  assert.equal(await element.getAttribute('storage-key'), `hhsrs-assessor:tenant:page-${tenantPage.id}`);
  assert.equal(await element.getAttribute('council-name'), council.name);
  assert.equal(await element.getAttribute('council-phone'), council.phone);
  assert.equal(await element.getAttribute('council-url'), council.url);
  assert.equal(await element.getAttribute('council-hours'), council.hours);

  const check = page.locator('hhsrs-tenant-check');
  await check.getByRole('heading', { level: 1, name: 'Check a problem in your rented home' }).waitFor();
  await page.screenshot({ path: join(out, 'tenant-check-1280.png'), fullPage: true });
  await check.getByRole('button', { name: 'Start now' }).click();
  await check.getByRole('heading', { level: 1, name: 'Where is your home?' }).waitFor();
  await check.getByLabel('England', { exact: true }).check();
  await check.getByRole('button', { name: 'Continue', exact: true }).click();
  await check.getByRole('heading', { level: 1, name: 'Who is your landlord?' }).waitFor();
  await check.getByLabel('A housing association', { exact: true }).check();
  await check.getByText('Your answers are saved.').waitFor();

  await page.reload();
  await check.getByRole('heading', { level: 1, name: 'Who is your landlord?' }).waitFor();
  assert.ok(await check.getByLabel('A housing association', { exact: true }).isChecked(), 'the answer is kept');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in the block editor, an editor without script rights inserts the HHSRS check block and publishes', async () => {
  const { context, errors } = await contextAs('editor', process.env.HHSRS_WP_EDITOR_PASSWORD);
  const page = await context.newPage();
  await page.goto(`${url}/wp-admin/post-new.php?post_type=page`);
  const guide = page.getByRole('dialog', { name: /Welcome to the block editor/ });
  const title = page.getByRole('textbox', { name: 'Add title' });
  await title.or(guide).first().waitFor();
  if (await guide.isVisible()) await guide.getByRole('button', { name: 'Close' }).click();
  await title.fill('Damp and mould');
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByRole('searchbox', { name: /Search/ }).fill('HHSRS check');
  await page.getByRole('option', { name: 'HHSRS check' }).click();
  const block = page.getByRole('document', { name: 'Block: HHSRS check' });
  await block.getByText('The tenant’s check for hazards in their home shows here on the published page.').waitFor();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page
    .getByRole('region', { name: 'Editor publish' })
    .getByRole('button', { name: 'Publish', exact: true })
    .click();
  await page.getByText('Damp and mould is now live.').waitFor();
  const id = Number(new URL(page.url()).searchParams.get('post'));
  const saved = await rest(`/wp/v2/pages/${id}`, {}, 'context=edit');
  assert.match(saved.content.raw, /<!-- wp:hhsrs-toolkit\/hhsrs-assessor \/-->/);
  await page.goto(saved.link);
  await page
    .locator('hhsrs-tenant-check')
    .getByRole('heading', { level: 1, name: 'Check a problem in your rented home' })
    .waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px wide the published page shows the tenant check without sideways scrolling', async () => {
  const { context, errors } = await contextAs('editor', process.env.HHSRS_WP_EDITOR_PASSWORD, {
    width: 320,
    height: 800,
  });
  const page = await context.newPage();
  await page.goto(tenantPage.link);
  await page
    .locator('hhsrs-tenant-check')
    .getByRole('heading', { level: 1, name: 'Check a problem in your rented home' })
    .waitFor();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 320, `the page is ${scrollWidth} px wide`);
  await page.screenshot({ path: join(out, 'tenant-check-320.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a second page with the block keeps its own saved work', async () => {
  const second = await publish('Report a repair', '<!-- wp:hhsrs-toolkit/hhsrs-assessor /-->');
  const { context } = await contextAs();
  const page = await context.newPage();
  const check = page.locator('hhsrs-tenant-check');
  await page.goto(tenantPage.link);
  await check.getByRole('button', { name: 'Start now' }).click();
  await check.getByLabel('Wales', { exact: true }).check();
  await check.getByRole('button', { name: 'Continue', exact: true }).click();
  await check.getByText('Your answers are saved.').waitFor();
  await page.goto(second.link);
  assert.equal(
    await page.locator('hhsrs-assessor').getAttribute('storage-key'),
    `hhsrs-assessor:tenant:page-${second.id}`,
  );
  await check.getByRole('button', { name: 'Start now' }).click();
  await check.getByRole('heading', { level: 1, name: 'Where is your home?' }).waitFor();
  assert.equal(
    await check.getByLabel('Wales', { exact: true }).isChecked(),
    false,
    'the first page’s answer is not here',
  );
  await context.close();
});

test('a Custom HTML block keeps the tag for an editor without script rights, and the plugin loads its script', async () => {
  const saved = await publish(
    'Officer tool',
    '<!-- wp:html --><hhsrs-assessor mode="officer" storage-key="officer-page"></hhsrs-assessor>' +
      '<script type="module" src="https://cdn.example/hhsrs-assessor.js"></script><!-- /wp:html -->',
  );
  assert.match(saved.raw, /<hhsrs-assessor mode="officer" storage-key="officer-page"><\/hhsrs-assessor>/);
  assert.doesNotMatch(saved.raw, /<script/);
  const { context, errors } = await contextAs();
  const page = await context.newPage();
  await page.goto(saved.link);
  await page.locator('hhsrs-officer-assessment').getByRole('heading', { level: 1 }).first().waitFor();
  assert.equal(await page.locator('script[src*="/plugins/hhsrs-toolkit/cdn/hhsrs-assessor.js"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('shortcodes render their element with its attributes, and only pages with an element load a script', async () => {
  const saved = await publish(
    'Is your home overcrowded?',
    '<!-- wp:shortcode -->[overcrowding_check units="imperial"]<!-- /wp:shortcode -->',
  );
  const plain = await publish('About us', '<!-- wp:paragraph --><p>We are the housing team.</p><!-- /wp:paragraph -->');
  const { context, errors } = await contextAs();
  const page = await context.newPage();
  await page.goto(saved.link);
  const element = page.locator('overcrowding-check');
  assert.equal(await element.getAttribute('units'), 'imperial');
  assert.equal(await element.getAttribute('storage-key'), `overcrowding-check:page-${saved.id}`);
  await element.getByRole('heading').first().waitFor();
  assert.deepEqual(
    await page.locator('script[src*="/plugins/hhsrs-toolkit/"]').evaluateAll((s) => s.map((e) => e.src)),
    [`${url}/wp-content/plugins/hhsrs-toolkit/cdn/overcrowding-check.js?ver=${version}`],
  );
  await page.goto(plain.link);
  assert.equal(await page.locator('script[src*="/plugins/hhsrs-toolkit/"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a mistyped shortcode attribute is explained to editors, never to visitors', async () => {
  const saved = await publish('Register', '<!-- wp:shortcode -->[hazard_register lang="fr"]<!-- /wp:shortcode -->');
  const note = 'lang must be en or cy, not "fr". Showing en.';
  const { context: visitor } = await contextAs();
  const page = await visitor.newPage();
  await page.goto(saved.link);
  await page.locator('hazard-register').getByRole('heading').first().waitFor();
  assert.equal(await page.getByText(note).count(), 0);
  await visitor.close();
  const { context: editor } = await contextAs('editor', process.env.HHSRS_WP_EDITOR_PASSWORD);
  const editorPage = await editor.newPage();
  await editorPage.goto(saved.link);
  await editorPage.getByText(note).waitFor();
  assert.equal(await editorPage.locator('hazard-register').getAttribute('lang'), 'en');
  await editor.close();
});

test('the plugin caused no PHP notice, warning or error', () => {
  let log = '';
  try {
    log = readFileSync(process.env.HHSRS_WP_DEBUG_LOG, 'utf8');
  } catch {}
  // WordPress 6.1 itself logs deprecations under PHP 8.2; only the plugin's own lines count here.
  assert.deepEqual(
    log.split('\n').filter((line) => line.includes('/plugins/hhsrs-toolkit/')),
    [],
  );
});
