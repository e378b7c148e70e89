// npm run build: the library (dist/lib, with types), one self-contained CDN file per src/cdn/*.ts
// (dist/cdn), the static site (dist/index.html, dist/demo), the WordPress plugin
// (dist/hhsrs-toolkit-wordpress.zip) and the custom-elements manifest.
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildDeclarations } from './build/declarations.mjs';
import { buildSite } from './build/site.mjs';
import { buildManifest } from './build-manifest.mjs';
import { buildWordPressPlugin } from './wordpress/build-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const step = async (label, run) => {
  const from = performance.now();
  await run();
  console.log(`✓ ${label} (${((performance.now() - from) / 1000).toFixed(1)} s)`);
};

rmSync(`${root}dist`, { recursive: true, force: true });
await step('library → dist/lib', () => build({ root, mode: 'lib', logLevel: 'warn' }));
await step('types → dist/lib/**/*.d.ts', () => buildDeclarations(root));
for (const name of cdnNames()) {
  await step(`CDN → dist/cdn/${name}.js`, () => build({ root, mode: `cdn:${name}`, logLevel: 'warn' }));
}
await step('SRI hashes → dist/cdn/sri.json', async () => (await import('./build/sri.mjs')).writeSri(root));
await step('site → dist/index.html, dist/demo/', () => buildSite(root));
await step('WordPress plugin → dist/hhsrs-toolkit-wordpress.zip', () => buildWordPressPlugin(root));
await step('custom-elements.json and README element reference', () => buildManifest(root));
console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s`);

function cdnNames() {
  return readdirSync(`${root}src/cdn`)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3));
}
