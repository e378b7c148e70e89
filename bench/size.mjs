// Bundle size, one figure a line: for each CDN file, the gzipped JavaScript a browser downloads before the
// element has shown its first screen (the file and every chunk it loads to get there, measured in Chromium
// on a page with just that element), and the PDF renderer chunk (jsPDF and the font, loaded on print only).
// Builds first when dist/cdn is missing or older than the sources.
// Run alone (node bench/size.mjs) or from bench/run.mjs through runSizeBench().
// `node bench/size.mjs --only hhsrs-assessor` builds just that CDN file, into a temporary folder, and measures it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch } from '../test/e2e/support/browser.mjs';
import { serve } from '../test/e2e/support/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** [CDN file, what the page shows, markup, the element whose shadow root shows the first screen, goal in kB gz]. */
const CASES = [
  ['hhsrs-assessor.js', 'tenant mode', '<hhsrs-assessor></hhsrs-assessor>', 'hhsrs-tenant-check', 30],
  [
    'hhsrs-assessor.js',
    'officer mode',
    '<hhsrs-assessor mode="officer"></hhsrs-assessor>',
    'hhsrs-officer-assessment',
    30,
  ],
  ['overcrowding-check.js', '', '<overcrowding-check></overcrowding-check>', 'overcrowding-check', 30],
  ['hazard-register.js', '', '<hazard-register></hazard-register>', 'hazard-register', 30],
  [
    'hhsrs-toolkit.js',
    'all three',
    '<hhsrs-assessor mode="officer"></hhsrs-assessor><overcrowding-check></overcrowding-check><hazard-register></hazard-register>',
    'hazard-register',
    50,
  ],
];

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** @returns {Promise<{ label: string, gzip: number, files: string[], goal?: number }[]>} */
export async function measureSizes({ only } = {}) {
  const dist = only ? await buildOne(only) : builtSite();
  const cases = CASES.filter(([file]) => !only || file === `${only}.js`);
  const pages = Object.fromEntries(
    cases.map(([file, , markup], i) => [
      `/bench/${i}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>size</title><script type="module" src="/cdn/${file}"></script></head><body>${markup}</body></html>`,
    ]),
  );
  const server = await serve({ root: dist, pages });
  const browser = await launch();
  const rows = [];
  try {
    for (const [i, [file, what, , shown, goal]] of cases.entries()) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const from = server.requests.length;
      await page.goto(`${server.url}bench/${i}.html`);
      await page.waitForFunction((tag) => {
        const find = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.localName === tag && element.shadowRoot?.querySelector('h1, h2')) return true;
            if (element.shadowRoot && find(element.shadowRoot)) return true;
          }
          return false;
        };
        return find(document);
      }, shown);
      await page.waitForLoadState('networkidle');
      const files = [
        ...new Set(server.requests.slice(from).filter((path) => path.startsWith('/cdn/') && path.endsWith('.js'))),
      ];
      rows.push({
        label: `${file}${what ? `, ${what}` : ''}`,
        gzip: files.reduce((sum, path) => sum + gz(join(dist, path)), 0),
        files,
        goal,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const renderers = readdirSync(join(dist, 'cdn/chunks')).filter((file) => /^render-pdf-.*\.js$/.test(file));
  const renderer = renderers
    .map((file) => ({ file, gzip: gz(join(dist, 'cdn/chunks', file)) }))
    .sort((a, b) => b.gzip - a.gzip)[0];
  if (renderer)
    rows.push({
      label: `PDF renderer (jsPDF and font, chunks/${renderer.file}), on print only`,
      gzip: renderer.gzip,
      files: [],
    });
  if (only) rmSync(dist, { recursive: true, force: true });
  return rows;
}

export async function runSizeBench(options) {
  for (const row of await measureSizes(options)) {
    const over = row.goal && row.gzip / 1000 > row.goal ? ', over' : '';
    const goal = row.goal ? ` (goal ≤ ${row.goal} kB${over})` : '';
    const loaded = row.files.length
      ? ` loaded before it shows, ${row.files.length} file${row.files.length === 1 ? '' : 's'}`
      : '';
    console.log(`size ${row.label}: ${kB(row.gzip)} gz${loaded}${goal}`);
  }
}

/** dist/, built first when dist/cdn is missing or older than the sources. */
function builtSite() {
  if (needsBuild())
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  return dist;
}

/** One CDN file built into a folder of its own, so measuring it leaves dist/ alone. */
async function buildOne(name) {
  const out = mkdtempSync(join(tmpdir(), 'hhsrs-size-'));
  const { build } = await import('vite');
  await build({ root, mode: `cdn:${name}`, logLevel: 'warn', build: { outDir: join(out, 'cdn') } });
  return out;
}

function needsBuild() {
  const cdn = join(dist, 'cdn');
  if (!existsSync(cdn)) return true;
  const built = Math.min(
    ...readdirSync(cdn)
      .filter((f) => f.endsWith('.js'))
      .map((f) => statSync(join(cdn, f)).mtimeMs),
  );
  return newest(join(root, 'src')) > built;
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--only');
  await runSizeBench({ only: at > 0 ? process.argv[at + 1] : undefined });
}
