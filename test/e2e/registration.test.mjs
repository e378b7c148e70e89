// Safe registration: a CMS may include the script twice, include two builds (or two versions) of the
// toolkit, or put the script after the tags or add it later. None of that may throw, and every element
// upgrades whenever its definition arrives.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { STRICT_CSP } from './support/server.mjs';
import { startSite } from './support/site.mjs';

const page = (head, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Registration</title>${head}</head><body>${body}</body></html>`;
const script = (src) => `<script type="module" src="${src}"></script>`;
const TAGS = '<hhsrs-assessor mode="officer"></hhsrs-assessor><overcrowding-check></overcrowding-check>';

const PAGES = {
  // The same file twice (one module), the same file under another address (evaluated again), and a second
  // build carrying its own copy of Lit and of the element classes.
  '/test/twice.html': page(
    script('/cdn/hhsrs-toolkit.js') +
      script('/cdn/hhsrs-toolkit.js') +
      script('/cdn/hhsrs-toolkit.js?copy=2') +
      script('/cdn/hhsrs-assessor.js') +
      script('/cdn/overcrowding-check.js'),
    TAGS,
  ),
  // One element's file first, then the file with all three: the first definition of each tag wins.
  '/test/two-builds.html': page(script('/cdn/hhsrs-assessor.js') + script('/cdn/hhsrs-toolkit.js'), TAGS),
  // Tags in the page, no script yet: the test adds it later.
  '/test/late.html': page('', TAGS),
};

let site;
before(async () => (site = await startSite({ csp: STRICT_CSP, pages: PAGES })));
afterEach(() => site?.closeContexts());
after(() => site?.close());

/** Waits until both elements have upgraded and rendered their first screen. */
async function assertUpgraded(p) {
  await p.locator('#details-address').waitFor();
  await p.locator('overcrowding-check').getByRole('heading', { name: 'Check if a home is overcrowded' }).waitFor();
  const defined = await p.evaluate(() =>
    ['hhsrs-assessor', 'hhsrs-officer-assessment', 'overcrowding-check'].map((tag) => Boolean(customElements.get(tag))),
  );
  assert.deepEqual(defined, [true, true, true]);
}

/** Adds a module script the way a tag manager would; under Trusted Types its address goes through a policy. */
function addModule(p, src) {
  return p.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const policy = trustedTypes.createPolicy(`test-${Math.random()}`, { createScriptURL: (value) => value });
        const element = Object.assign(document.createElement('script'), {
          type: 'module',
          onload: resolve,
          onerror: reject,
        });
        element.src = policy.createScriptURL(url);
        document.head.append(element);
      }),
    src,
  );
}

for (const path of ['/test/twice.html', '/test/two-builds.html']) {
  test(`loading the toolkit more than once never throws (${path})`, async () => {
    const { context, log } = await site.context();
    const p = await context.newPage();
    await p.goto(site.url(path.slice(1)));
    await assertUpgraded(p);
    await p.locator('#details-address').fill('Still works after a double load');
    await p.locator('hhsrs-officer-assessment [data-save-status]').getByText('Saved in this browser').waitFor();
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('elements already in the page upgrade when the script arrives later, and new ones upgrade too', async () => {
  const { context, log } = await site.context();
  const p = await context.newPage();
  await p.goto(site.url('test/late.html'));
  assert.equal(await p.evaluate(() => customElements.get('hhsrs-assessor')), undefined);
  await addModule(p, '/cdn/hhsrs-toolkit.js');
  await assertUpgraded(p);
  await addModule(p, '/cdn/hhsrs-toolkit.js?again');
  await p.evaluate(() =>
    document.body.append(Object.assign(document.createElement('hhsrs-assessor'), { id: 'added-later' })),
  );
  await p.locator('#added-later hhsrs-tenant-check').waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});
