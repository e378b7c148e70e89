// Type declarations for the npm library: tsc writes dist/lib/**/*.d.ts beside the JavaScript, then the
// relative `.ts` specifiers the sources use are pointed at the `.js`/`.d.ts` files that ship.
// Type errors are shown but do not stop the build: `npm test` type-checks and is the gate for them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildDeclarations(root) {
  const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (tsc.error) throw tsc.error;
  if (tsc.status !== 0)
    console.warn(`! type errors (declarations written anyway; npm test fails on these):\n${tsc.stdout}${tsc.stderr}`);
  for (const file of walk(join(root, 'dist/lib'))) {
    if (!file.endsWith('.d.ts')) continue;
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
    if (fixed !== text) writeFileSync(file, fixed);
  }
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
