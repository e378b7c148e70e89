// The static site in dist/: the officer page (index.html) with its offline files, and the demo pages. Every
// page loads the built CDN files, so what is served from dist/ is exactly what a council would host.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The officer page's shell and the CDN file it loads, with every chunk that file can import. */
const SHELL = [
  './',
  'index.html',
  'page.css',
  'app.js',
  'manifest.webmanifest',
  'icons/icon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'icons/maskable-512.png',
];
const OFFICER_SCRIPT = 'cdn/hhsrs-toolkit.js';

export function buildSite(root) {
  const dist = join(root, 'dist');
  cpSync(join(root, 'index.html'), join(dist, 'index.html'));
  cpSync(join(root, 'public'), dist, { recursive: true });
  cpSync(join(root, 'demo'), join(dist, 'demo'), { recursive: true });
  const files = [...SHELL, ...withChunks(dist, OFFICER_SCRIPT)];
  const missing = files.filter((file) => file !== './' && !existsSync(join(dist, file)));
  if (missing.length) throw new Error(`The offline list names files the build did not write: ${missing.join(', ')}`);
  const hash = createHash('sha256');
  for (const file of files) if (file !== './') hash.update(readFileSync(join(dist, file)));
  writeFileSync(
    join(dist, 'precache.json'),
    `${JSON.stringify({ version: hash.digest('hex').slice(0, 16), files }, null, 2)}\n`,
  );
  return files;
}

/** `file` and the chunks it imports (statically or with import()), followed transitively. */
function withChunks(dist, file) {
  const found = new Set([file]);
  for (const current of found) {
    const text = readFileSync(join(dist, current), 'utf8');
    const base = current.slice(0, current.lastIndexOf('/') + 1);
    for (const [, name] of text.matchAll(/["'`]\.\/((?:chunks\/)?[\w.-]+\.js)["'`]/g)) found.add(`${base}${name}`);
  }
  return [...found];
}
