// Gzip size of each CDN file (what a page loads before an element shows) and of the PDF renderer chunk
// (jsPDF and the embedded font, loaded only when someone prints), one figure a line. Builds first when
// dist/cdn is missing or older than the sources. Run alone (node bench/size.mjs) or from bench/run.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');

/** Goals from the distribution issue, in kB gzipped, jsPDF excluded. */
const GOALS = { 'hhsrs-toolkit.js': 45, 'hhsrs-assessor.js': 30, 'overcrowding-check.js': 30, 'hazard-register.js': 30 };

/** @returns {{ file: string, bytes: number, gzip: number, goal?: number }[]} */
export function measureSizes({ build = needsBuild() } = {}) {
  if (build) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const entries = readdirSync(cdn).filter((file) => file.endsWith('.js')).sort();
  const rows = entries.map((file) => ({ ...measure(join(cdn, file), file), goal: GOALS[file] }));
  // The renderer chunk each entry would load on print; the copies differ only in their imports.
  const renderers = new Set(entries.flatMap((file) => [...readFileSync(join(cdn, file), 'utf8').matchAll(/chunks\/(render-pdf-[\w-]+\.js)/g)].map((m) => m[1])));
  const largest = [...renderers].map((file) => measure(join(cdn, 'chunks', file), `chunks/${file}`)).sort((a, b) => b.gzip - a.gzip)[0];
  if (largest) rows.push({ ...largest, file: `${largest.file} (jsPDF and font, loaded on print)` });
  return rows;
}

export async function runSizeBench() {
  for (const row of measureSizes()) {
    const goal = row.goal ? ` (goal ≤ ${row.goal} kB${row.gzip / 1000 > row.goal ? ', over' : ''})` : '';
    console.log(`size cdn/${row.file}: ${kB(row.gzip)} gz, ${kB(row.bytes)} raw${goal}`);
  }
}

function measure(path, file) {
  const bytes = readFileSync(path);
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function needsBuild() {
  if (!existsSync(cdn)) return true;
  const built = Math.min(...readdirSync(cdn).filter((f) => f.endsWith('.js')).map((f) => statSync(join(cdn, f)).mtimeMs));
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

if (process.argv[1] === fileURLToPath(import.meta.url)) await runSizeBench();
