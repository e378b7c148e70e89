// Importing a 100,000-row properties CSV into the register: the dry run (every row checked), then the
// import, in a real browser's IndexedDB on disk. One figure a line.
// node bench/csv-import.bench.mjs [rows, default 100000] [source folder, default this checkout]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

/** Runs in the page: a fresh register, the file, the dry run and the import, each timed. */
async function importCsv({ rows }) {
  const { DATABASE_NAME } = await import('/src/storage/database.ts');
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = resolve;
    request.onerror = reject;
  });
  const { openRegisterRepository } = await import('/src/storage/register/open.ts');
  const { planImport, commitImport } = await import('/src/storage/register/csv-import.ts');
  const repository = await openRegisterRepository('bench-csv');
  const lines = Array.from(
    { length: rows },
    (_, i) => `R-${i},${(i % 200) + 1} Mill Lane,LS${(i % 28) + 1} ${(i % 9) + 1}AB,social,England,Scheme ${i % 50}`,
  );
  const text = `Reference,Address,Postcode,Landlord,Nation,Scheme\n${lines.join('\n')}\n`;
  let reports = 0;
  let started = performance.now();
  const plan = await planImport(repository, 'properties', text, undefined, { onProgress: () => (reports += 1) });
  const dryRunMs = performance.now() - started;
  started = performance.now();
  const imported = await commitImport(repository, plan, 'Bench');
  return { dryRunMs, importMs: performance.now() - started, imported, reports };
}

const rows = Number(process.argv[2] ?? 100_000);
const root = process.argv[3] ?? fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const profile = await mkdtemp(join(tmpdir(), 'csv-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});
try {
  const page = await context.newPage();
  page.setDefaultTimeout(1_200_000);
  await page.goto(`http://127.0.0.1:${server.httpServer.address().port}/package.json`);
  const result = await page.evaluate(importCsv, { rows });
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`CSV import from ${root}: ${rows.toLocaleString('en-GB')} rows`);
  console.log(`  dry run: ${seconds(result.dryRunMs)} (${result.reports} progress reports)`);
  console.log(`  import: ${seconds(result.importMs)} (${result.imported.toLocaleString('en-GB')} properties)`);
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
