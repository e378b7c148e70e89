// Every page of the site (the officer page's three tools, the examples, the guide and the framed check),
// at 320 px and 1280 px, checked by axe against WCAG 2.0, 2.1 and 2.2 A and AA, inside shadow roots too.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, afterEach, before, test } from 'node:test';
import { startSite } from './support/site.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PAGES = [
  ['officer page, hazard assessment', 'index.html#assessment', '#details-address'],
  ['officer page, overcrowding check', 'index.html#overcrowding', 'overcrowding-check h2'],
  ['officer page, hazard register', 'index.html#register', 'hazard-register h1'],
  ['examples index', 'demo/', 'h1'],
  ['council page with the tenant self-check', 'demo/council.html', 'hhsrs-tenant-check h1'],
  ['iframe fallback page', 'demo/iframe.html', 'iframe'],
  ['embedding guide', 'demo/embedding.html', 'h1'],
  ['scheme pack maker', 'demo/pack-maker.html', 'hhsrs-pack-maker #f-id'],
  [
    'framed tenant self-check',
    'embed/tenant.html?council-name=Anytown%20Council&theme=anytown',
    'hhsrs-tenant-check h1',
  ],
];

let site;
before(async () => (site = await startSite()));
afterEach(() => site?.closeContexts());
after(() => site?.close());

for (const width of [320, 1280]) {
  test(`every page has no WCAG 2.2 A or AA violation found by axe at ${width} px`, async () => {
    const { context } = await site.context({ viewport: { width, height: 900 } });
    const found = [];
    for (const [name, path, ready] of PAGES) {
      const page = await context.newPage();
      await page.goto(site.url(path));
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const frame of page.frames()) {
        await frame.addScriptTag({ path: AXE });
        const { violations, passes } = await frame.evaluate(
          (tags) => globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
          WCAG,
        );
        assert.ok(passes.length > 10, `axe ran its rules on ${name}`);
        for (const v of violations)
          found.push(`${name}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
      }
      await page.close();
    }
    assert.deepEqual(found, []);
  });
}
