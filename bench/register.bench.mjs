// The hazard register at portfolio scale, as a manager meets it: a production build of the element and its
// storage, in a browser profile on disk (a private profile keeps IndexedDB in memory, several times faster),
// with an audit trail as the screens write it (one entry per record). For each size: min / median / max of
// each operation, and the longest main-thread task during it.
// Alone: node bench/register.bench.mjs [--sizes 500,1000,5000] [--runs 3] [--quick]
// --quick is --sizes 500 --runs 2. Time grows with the size and with restore: on a shared, heavily loaded
// 2-core machine the 500-property size alone took about 6 minutes; 5,000 takes roughly ten times as long.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const STORAGE_KEY = 'bench-register';
const TODAY = '2026-03-02';
const PAST = '2025-09-30';

/**
 * Runs in the page: writes the portfolio straight into a version 2 database (the layout every register
 * had before the derived stores), with one audit entry per record as a save writes it. A newer toolkit
 * upgrades it on first open, as it would a user's register.
 */
async function generate({ properties: propertyCount, storageKey }) {
  const { auditEntry, bandFor, categoryFor, hazardIds } = window.benchParts;
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('hhsrs-toolkit');
    request.onsuccess = resolve;
    request.onerror = reject;
  });
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('hhsrs-toolkit', 2);
    request.onupgradeneeded = () => {
      const d = request.result;
      d.createObjectStore('drafts', { keyPath: 'key' });
      d.createObjectStore('housingSchemes', { keyPath: 'id' }).createIndex('byOwnerName', ['owner', 'name', 'id']);
      const p = d.createObjectStore('properties', { keyPath: 'id' });
      p.createIndex('byHousingScheme', 'housingSchemeId');
      p.createIndex('byOwnerReference', ['owner', 'reference', 'id']);
      p.createIndex('byOwnerPostcode', ['owner', 'postcode', 'id']);
      p.createIndex('byOwnerSchemeReference', ['owner', 'housingSchemeId', 'reference', 'id']);
      p.createIndex('byOwnerNextInspection', ['owner', 'nextInspectionDate', 'id']);
      const a = d.createObjectStore('assessments', { keyPath: 'id' });
      a.createIndex('byProperty', 'propertyId');
      a.createIndex('byOwnerInspection', ['owner', 'inspectionDate', 'id']);
      const h = d.createObjectStore('hazards', { keyPath: 'id' });
      h.createIndex('byProperty', 'propertyId');
      h.createIndex('byOwnerFound', ['owner', 'foundOn', 'id']);
      h.createIndex('byOwnerStatusFound', ['owner', 'status', 'foundOn', 'id']);
      h.createIndex('byOwnerCategoryFound', ['owner', 'category', 'foundOn', 'id']);
      h.createIndex('byOwnerStatusCategoryFound', ['owner', 'status', 'category', 'foundOn', 'id']);
      const x = d.createObjectStore('actions', { keyPath: 'id' });
      x.createIndex('byHazard', 'hazardId');
      x.createIndex('byOwnerStateTarget', ['owner', 'state', 'targetDate', 'id']);
      const e = d.createObjectStore('evidence', { keyPath: 'id' });
      e.createIndex('byOwner', 'owner');
      e.createIndex('byRecord', 'recordId');
      const au = d.createObjectStore('audit', { keyPath: 'id' });
      au.createIndex('byRecord', 'recordId');
      au.createIndex('byOwnerAt', ['owner', 'at', 'id']);
      d.createObjectStore('schemePacks', { keyPath: 'id' });
      d.createObjectStore('settings', { keyPath: 'key' });
      d.createObjectStore('meta', { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  const day = (n) => new Date(Date.UTC(2025, 0, 1) + n * 86400000).toISOString().slice(0, 10);
  // Records are written as they were entered, over 430 days, so a report for a past date has history to undo.
  const meta = (id, on) => ({
    id,
    owner: storageKey,
    createdAt: `${on}T09:00:00.000Z`,
    updatedAt: `${on}T09:00:00.000Z`,
    schemaVersion: 1,
    revision: 1,
  });
  const write = (records) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction([...new Set(records.map(([store]) => store)), 'audit'], 'readwrite', {
        durability: 'relaxed',
      });
      for (const [store, record] of records) {
        tx.objectStore(store).put(record);
        tx.objectStore('audit').put(auditEntry(storageKey, store, 'created', null, record, 'Bench', record.createdAt));
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  const schemes = Array.from({ length: 50 }, (_, i) => [
    'housingSchemes',
    {
      ...meta(`scheme-${i}`, day(0)),
      name: `Scheme ${String(i + 1).padStart(2, '0')}`,
      commissioner: 'County Council',
      notes: '',
    },
  ]);
  await write(schemes);
  await new Promise((resolve) => {
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: `${storageKey}/who`, value: 'Bench' });
    tx.oncomplete = resolve;
  });
  const pixel = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', pixel)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  for (let start = 0; start < propertyCount; start += 250) {
    const records = [];
    for (let p = start; p < Math.min(start + 250, propertyCount); p += 1) {
      const propertyId = `p-${p}`;
      const created = day(p % 60);
      records.push([
        'properties',
        {
          ...meta(propertyId, created),
          housingSchemeId: `scheme-${p % 50}`,
          reference: `RSH-${String(p).padStart(5, '0')}`,
          addressLine1: `${(p % 200) + 1} Mill Lane`,
          addressLine2: '',
          town: 'Leeds',
          postcode: `LS${(p % 28) + 1} ${(p % 9) + 1}AB`,
          landlordType: p % 3 === 0 ? 'private' : 'social',
          nation: p % 10 === 0 ? 'wales' : 'england',
          nextInspectionDate: p % 4 === 0 ? null : day(400 + (p % 300)),
          notes: '',
        },
      ]);
      records.push([
        'assessments',
        {
          ...meta(`a-${p}`, day(p % 420)),
          propertyId,
          inspectionDate: day(p % 420),
          inspector: 'Bench',
          schemeId: 'england-2005',
          source: 'entered',
          notes: '',
        },
      ]);
      for (let h = 0; h < 10; h += 1) {
        const n = p * 10 + h;
        const hazardId = `h-${n}`;
        const score = [12, 65, 240, 600, 1714, 2500][n % 6];
        const foundOn = day(60 + (n % 370));
        const resolved = n % 5 === 0;
        const reportedBy = ['inspection', 'inspection', 'resident', 'key-worker'][n % 4];
        records.push([
          'hazards',
          {
            ...meta(hazardId, foundOn),
            propertyId,
            assessmentId: reportedBy === 'inspection' ? `a-${p}` : null,
            hazardId: hazardIds[n % 29],
            location: 'Bedroom',
            description: '',
            foundOn,
            reportedBy,
            likelihood: null,
            spread: null,
            score,
            band: bandFor(score),
            category: categoryFor(bandFor(score)),
            status: resolved ? 'resolved' : 'open',
            escalatedOn: reportedBy === 'inspection' ? null : foundOn,
            resolvedOn: resolved ? day(60 + (n % 370) + 20) : null,
            awaabs: null,
            investigationEndedOn: null,
          },
        ]);
        for (let a = 0; a < 2; a += 1) {
          const done = resolved || a === 0;
          const actionId = `x-${n}-${a}`;
          records.push([
            'actions',
            {
              ...meta(actionId, foundOn),
              propertyId,
              hazardId,
              description: a === 0 ? 'Make safe' : 'Repair',
              assignee: 'Sam',
              contractor: 'Dry Homes Ltd',
              costPence: 10000 + n,
              raisedOn: foundOn,
              targetDate: day(60 + (n % 370) + 28),
              completedOn: done ? day(60 + (n % 370) + 14) : null,
              outcome: '',
              state: done ? 'completed' : 'open',
              notice: null,
            },
          ]);
          if (done && n % 25 === 0) {
            records.push([
              'evidence',
              {
                ...meta(`e-${n}-${a}`, foundOn),
                recordId: actionId,
                propertyId,
                kind: 'photo',
                originalName: 'photo.png',
                type: 'image/png',
                size: pixel.length,
                takenAt: null,
                sha256: digest,
                note: '',
                blob: new Blob([pixel], { type: 'image/png' }),
              },
            ]);
          }
        }
      }
    }
    await write(records);
  }
  db.close();
  return performance.now() - started;
}

/** Runs in the page: opens `<hazard-register>` and waits for the first page of properties. */
async function openRegister({ storageKey, today }) {
  await customElements.whenDefined('hazard-register');
  const started = performance.now();
  const element = document.createElement('hazard-register');
  element.setAttribute('storage-key', storageKey);
  element.setAttribute('today', today);
  document.body.append(element);
  await new Promise((resolve) => {
    const check = () =>
      element.shadowRoot?.querySelectorAll('.register-table tbody tr').length === 25 ? resolve() : setTimeout(check, 2);
    check();
  });
  const end = performance.now();
  return { ms: end - started, longTask: await window.longest(started, end) };
}

/** Runs in the page: filters the hazards list to open Category 1 and waits for the list to say so. */
async function filterHazards() {
  const root = document.querySelector('hazard-register').shadowRoot;
  const waitFor = (test) =>
    new Promise((resolve) => {
      const check = () => (test() ? resolve() : setTimeout(check, 2));
      check();
    });
  await waitFor(() =>
    [...root.querySelectorAll('.service-nav button')].some((b) => b.textContent.trim() === 'Hazards'),
  );
  [...root.querySelectorAll('.service-nav button')].find((b) => b.textContent.trim() === 'Hazards').click();
  const summary = () => root.querySelector('.pagination__summary')?.textContent ?? '';
  await waitFor(() => root.querySelector('#hazards-category') && summary() !== '');
  const started = performance.now();
  const select = (id, value) => {
    const s = root.querySelector(id);
    s.value = value;
    s.dispatchEvent(new Event('change'));
  };
  const before = summary();
  select('#hazards-category', '1');
  await waitFor(() => summary() !== before);
  const afterCategory = summary();
  select('#hazards-status', 'open');
  await waitFor(() => summary() !== afterCategory);
  const end = performance.now();
  return { ms: end - started, longTask: await window.longest(started, end), shown: summary() };
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };

/** Builds bench/register-page.ts for production into a temporary folder and serves it on a free port. */
async function buildAndServe() {
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'hhsrs-register-bench-build-'));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // The export and restore workers as module files beside the page, as the CDN build emits them.
    base: './',
    worker: { format: 'es' },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(root, 'bench/register-page.ts'), formats: ['es'], fileName: () => 'register-page.js' },
      rolldownOptions: { preserveEntrySignatures: 'allow-extension' },
    },
  });
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Register bench</title><script type="module" src="/register-page.js"></script></head><body></body></html>';
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    try {
      const body = readFileSync(join(outDir, path.replace(/\.\.+/g, '')));
      response.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

const stats = (runs) => {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  return {
    min: ms[0],
    median: ms[Math.floor(ms.length / 2)],
    max: ms.at(-1),
    longTask: Math.max(...runs.map((r) => r.longTask)),
  };
};
const show = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const line = (size, label, runs) => {
  const s = stats(runs);
  console.log(
    `register ${size} properties: ${label}: ${show(s.min)} / ${show(s.median)} / ${show(s.max)} (min / median / max of ${runs.length}); longest task ${show(s.longTask)}`,
  );
};

/** One size: generate, restart the browser (cold, as a user reopening it), then each operation `runs` times. */
async function benchSize(url, properties, runs) {
  const profile = mkdtempSync(join(tmpdir(), 'hhsrs-register-bench-profile-'));
  const { chromium } = await import('playwright-core');
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: false,
    });
  try {
    let context = await launch();
    let page = await context.newPage();
    page.setDefaultTimeout(900_000);
    await page.goto(url);
    await page.waitForFunction(() => window.benchParts);
    const made = await page.evaluate(generate, { properties, storageKey: STORAGE_KEY });
    console.log(
      `register ${properties} properties: generated ${properties * 10} hazards, ${properties * 20} actions, ${properties * 31 + 50 + (properties / 50) * 3} records with their audit entries in ${show(made)}`,
    );
    await context.close();
    context = await launch();
    page = await context.newPage();
    page.setDefaultTimeout(900_000);
    const opens = [];
    const filters = [];
    let shown = '';
    for (let run = 0; run <= runs; run += 1) {
      await page.goto(url);
      const opened = await page.evaluate(openRegister, { storageKey: STORAGE_KEY, today: TODAY });
      // The first open after a restart also upgrades the database when the toolkit is newer than it.
      if (run === 0)
        console.log(
          `register ${properties} properties: first open after the browser restarts: ${show(opened.ms)}; longest task ${show(opened.longTask)}`,
        );
      else opens.push(opened);
      const filtered = await page.evaluate(filterHazards);
      if (run > 0) filters.push(filtered);
      shown = filtered.shown;
    }
    line(properties, 'open to the first 25 properties', opens);
    line(properties, `filter hazards to open Category 1 (${shown})`, filters);
    const repeat = async (fn, ...args) => {
      const out = [];
      for (let run = 0; run < runs; run += 1)
        out.push(await page.evaluate(({ fn, args }) => window[fn](...args), { fn, args }));
      return out;
    };
    const today = await repeat('benchReport', STORAGE_KEY, TODAY, TODAY);
    line(
      properties,
      `compliance report for today, whole portfolio (${today[0].value.compliant} of ${today[0].value.properties} compliant)`,
      today,
    );
    const past = await repeat('benchReport', STORAGE_KEY, PAST, TODAY);
    line(
      properties,
      `compliance report for ${PAST}, whole portfolio (${past[0].value.compliant} of ${past[0].value.properties} compliant)`,
      past,
    );
    line(
      properties,
      'search properties by reference',
      await repeat(
        'benchSearch',
        STORAGE_KEY,
        `RSH-${String(Math.floor(properties * 0.9))
          .padStart(5, '0')
          .slice(0, 4)}`,
      ),
    );
    // The first address search of a register written without its words (as generated here) builds them.
    line(
      properties,
      'search properties by address words ("17 mill")',
      await repeat('benchSearch', STORAGE_KEY, '17 mill'),
    );
    line(
      properties,
      `hazards list page at ${properties * 8}`,
      await repeat('benchDeepPage', STORAGE_KEY, properties * 8),
    );
    const exports = await repeat('benchExport', STORAGE_KEY);
    line(properties, `backup export (${(exports[0].value / 1024 / 1024).toFixed(0)} MB)`, exports);
    line(properties, 'backup import (restore)', await repeat('benchRestore', STORAGE_KEY));
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/** Parses --sizes, --runs and --quick. */
export function registerBenchOptions(argv) {
  const value = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  return {
    sizes: (value('--sizes') ?? (quick ? '500' : '500,1000,5000')).split(',').map(Number),
    runs: Number(value('--runs') ?? (quick ? 2 : 3)),
  };
}

export async function runRegisterBench({ sizes, runs }) {
  const started = performance.now();
  const served = await buildAndServe();
  try {
    for (const size of sizes) await benchSize(served.url, size, runs);
  } finally {
    served.close();
  }
  console.log(`register bench took ${show(performance.now() - started)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await runRegisterBench(registerBenchOptions(process.argv.slice(2)));
