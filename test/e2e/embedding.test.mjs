// Embedding as the guide (demo/embedding.html) lays it out: a release's cdn/, embed/ and themes/ folders in
// /hhsrs-toolkit/0.1.0/ on a council's site, the framed self-check pasted into a page's content column; and
// the officer and council pages drawn without their footer or sidebar jumping as the tools arrive.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { DIST } from './support/server.mjs';
import { startSite } from './support/site.mjs';

const RELEASE = '/hhsrs-toolkit/0.1.0/';
// The guide's frame, word for word, in a council page whose theme lays each block of content in a column
// narrower than the page, as WordPress's block themes do (each child of the content gets the column's width).
const COUNCIL_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Report a housing problem – Anytown Council</title>
    <link rel="icon" href="data:," />
    <style>
      main > * { max-width: 640px; margin-left: auto; margin-right: auto; }
    </style>
  </head>
  <body>
    <main id="content">
      <h1>Report a housing problem</h1>
      <div>
        <iframe title="Check if your home is unsafe"
          src="${RELEASE}embed/tenant.html?council-name=Anytown%20Council&amp;council-phone=01632%20960%20000&amp;theme=anytown"
          width="100%" height="1100" loading="lazy"></iframe>
      </div>
    </main>
  </body>
</html>`;

let site;
let root;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'hhsrs-release-'));
  for (const folder of ['cdn', 'embed', 'themes'])
    cpSync(join(DIST, folder), join(root, RELEASE, folder), { recursive: true });
  site = await startSite({ root, pages: { '/housing/report.html': COUNCIL_PAGE } });
});
afterEach(() => site?.closeContexts());
after(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

test('the framed self-check works with the files laid out as the guide says, in the content column', async () => {
  const { context, log } = await site.context({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const missing = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(site.url('housing/report.html'));
  const frame = page.frameLocator('iframe[title="Check if your home is unsafe"]');
  await frame.getByRole('heading', { level: 1, name: 'Check a problem in your rented home' }).waitFor();
  await frame.getByRole('button', { name: 'Start now' }).waitFor();
  // The council's theme was found too: the start button takes Anytown's colour, not the default green.
  const colour = await frame
    .getByRole('button', { name: 'Start now' })
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(colour, 'rgb(0, 112, 60)');
  assert.deepEqual(missing, []);
  assert.deepEqual(log.errors, []);
  const [column, framed] = await Promise.all([
    page.locator('main > h1').boundingBox(),
    page.locator('iframe').boundingBox(),
  ]);
  assert.equal(Math.round(framed.x), Math.round(column.x), 'the frame starts at the content column, not the page edge');
  // width="100%" is the frame's content: its own 2 px border on each side comes on top.
  assert.ok(
    Math.abs(framed.width - column.width) <= 4,
    `the frame fills the content column (${framed.width} px in ${column.width} px)`,
  );
});
