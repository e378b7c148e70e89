// Screenshots of the built site (run `npm run build` first) at 320 px and 1280 px wide, for a person to look
// at: node scripts/screenshots.mjs [output folder, default /tmp/hhsrs-screenshots]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../test/e2e/support/browser.mjs';
import { serve } from '../test/e2e/support/server.mjs';

const out = process.argv[2] ?? '/tmp/hhsrs-screenshots';
const PAGES = [
  ['officer-assessment', 'index.html#assessment'],
  ['officer-overcrowding', 'index.html#overcrowding'],
  ['officer-register', 'index.html#register'],
  ['demo-index', 'demo/'],
  ['demo-council', 'demo/council.html'],
  ['demo-iframe', 'demo/iframe.html'],
  ['demo-embedding', 'demo/embedding.html'],
  ['embed-tenant', 'embed/tenant.html?council-name=Anytown%20Council&theme=anytown'],
];

mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const width of [320, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
    for (const [name, path] of PAGES) {
      const page = await context.newPage();
      await page.goto(server.url + path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
