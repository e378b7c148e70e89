// `npm run bench`: sizes and timings, one figure a line. Tests never time things; this does.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { runCoreBench } from './core.bench.mjs';
import { runOfficerBench } from './officer.bench.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const optional = async (file) =>
  existsSync(new URL(file, import.meta.url)) ? import(new URL(file, import.meta.url).href) : undefined;

const size = await optional('./size.mjs');
if (size?.runSizeBench) await size.runSizeBench();

await runCoreBench();

const server = await createServer({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const { port } = server.httpServer.address();
const baseUrl = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
try {
  await runOfficerBench(browser, baseUrl);
} finally {
  await browser.close();
  await server.close();
}

// The register runs in its own on-disk profiles on a production build: `npm run bench -- --quick` or
// `-- --sizes 500,5000 --runs 3`.
const register = await optional('./register.bench.mjs');
if (register?.runRegisterBench) await register.runRegisterBench(register.registerBenchOptions(process.argv.slice(2)));
