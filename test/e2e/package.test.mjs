// What `npm publish` would ship, checked from the built dist/: every `exports` target exists, the core runs
// in Node by its package name, and the tarball holds the library, the CDN files and the manifest, nothing else.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

test('every export points at a file the build wrote', () => {
  for (const [name, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      if (file.includes('*')) continue;
      assert.ok(existsSync(`${root}${file}`), `${name} → ${file}`);
    }
  }
});

test('hhsrs-toolkit/core runs in Node and scores the worked example', async () => {
  const { scoreHazard, completeSpread } = await import('hhsrs-toolkit/core');
  // Operating Guidance worked example: 1 in 180, spread 0 / 4.6 / 21.5 / 73.9 → 65.49 → 65, Band G.
  const { score, band, category } = scoreHazard({ likelihood: 180, spread: completeSpread([0, 4.6, 21.5, null]) });
  assert.deepEqual({ score, band, category }, { score: 65, band: 'G', category: 2 });
});

test('the package holds the library, its types, the CDN files and the manifest', () => {
  const [{ files }] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const paths = files.map((file) => file.path);
  for (const expected of [
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/lib/core/index.d.ts',
    'dist/cdn/hhsrs-toolkit.js',
    'dist/custom-elements.json',
    'package.json',
    'README.md',
  ]) {
    assert.ok(paths.includes(expected), `ships ${expected}`);
  }
  assert.deepEqual(
    paths.filter((path) => /^(src|test|demo|public|stories|node_modules)\//.test(path) || path === 'dist/index.html'),
    [],
  );
});
