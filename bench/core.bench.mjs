// Times the pure core in Node: bundled from TypeScript with esbuild (already a dependency of the toolchain).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function time(label, runs, fn) {
  for (let i = 0; i < 1000; i++) fn(i); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn(i);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${label}: ${ms.toFixed(0)} ms for ${runs.toLocaleString('en-GB')} (${((ms * 1e6) / runs).toFixed(0)} ns each)`,
  );
}

export async function runCoreBench() {
  const dir = mkdtempSync(join(tmpdir(), 'hhsrs-bench-'));
  try {
    const out = join(dir, 'core.mjs');
    await build({
      entryPoints: [join(root, 'src/core/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: out,
      logLevel: 'error',
    });
    const core = await import(pathToFileURL(out).href);
    const spreads = [
      [0, 4.6, 21.5, 73.9],
      [0, 10, 21.5, 68.5],
      [4.6, 10, 21.5, 63.9],
    ];
    const likelihoods = [180, 10, 1800];
    time('core scoreHazard', 1_000_000, (i) =>
      core.scoreHazard({ likelihood: likelihoods[i % 3], spread: spreads[i % 3] }),
    );
    time('core sensitivity', 100_000, (i) =>
      core.sensitivity({ likelihood: likelihoods[i % 3], spread: spreads[i % 3] }),
    );
    const people = [
      { id: 'a', age: 40, sex: 'female', partnerId: 'b' },
      { id: 'b', age: 41, sex: 'male', partnerId: 'a' },
      { id: 'c', age: 14, sex: 'female' },
      { id: 'd', age: 12, sex: 'male' },
      { id: 'e', age: 3, sex: 'male' },
    ];
    const rooms = [
      { id: 'r1', use: 'bedroom', squareMetres: 12 },
      { id: 'r2', use: 'bedroom', squareMetres: 9 },
      { id: 'r3', use: 'living', squareMetres: 16 },
      { id: 'r4', use: 'kitchen', squareMetres: 7 },
    ];
    time('core checkOvercrowding (5 people, 4 rooms)', 100_000, () => core.checkOvercrowding({ people, rooms }));
    time('core addWorkingDays (+20 over Christmas)', 100_000, () => core.addWorkingDays('2025-12-15', 20));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCoreBench();
