// Hazard register at scale: 5,000 properties, 50,000 hazard entries, 100,000 actions in a real browser's
// IndexedDB, then the times a manager waits for. One figure a line.
// Alone: node bench/register.bench.mjs [scale, default 1]; from bench/run.mjs: runRegisterBench(browser, baseUrl).
import { fileURLToPath } from 'node:url';

const STORAGE_KEY = 'bench-register';

/** Runs in the page: writes the portfolio straight into the stores, in large transactions. */
async function generate({ scale, storageKey }) {
  const { openDatabase, DATABASE_NAME } = await import('/src/storage/database.ts');
  const { HAZARDS, bandFor, categoryFor } = await import('/src/core/index.ts');
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = resolve;
    request.onerror = reject;
  });
  const db = await openDatabase();
  const started = performance.now();
  const now = '2026-03-02T09:00:00.000Z';
  const meta = (id) => ({ id, owner: storageKey, createdAt: now, updatedAt: now, schemaVersion: 1, revision: 1 });
  const day = (n) => new Date(Date.UTC(2025, 0, 1) + n * 86400000).toISOString().slice(0, 10);
  const counts = { properties: 5000 * scale, hazardsPerProperty: 10, actionsPerHazard: 2 };
  const schemes = Array.from({ length: 50 }, (_, i) => ({ ...meta(`scheme-${i}`), name: `Scheme ${String(i + 1).padStart(2, '0')}`, commissioner: 'County Council', notes: '' }));
  const write = async (store, records) => {
    const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
    for (const record of records) tx.store.put(record);
    await tx.done;
  };
  await write('housingSchemes', schemes);
  await db.put('settings', { key: `${storageKey}/who`, value: 'Bench' });
  const pixel = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', pixel)), (b) => b.toString(16).padStart(2, '0')).join('');
  for (let start = 0; start < counts.properties; start += 500) {
    const properties = [], assessments = [], hazards = [], actions = [], evidence = [];
    for (let p = start; p < Math.min(start + 500, counts.properties); p += 1) {
      const propertyId = `p-${p}`;
      properties.push({
        ...meta(propertyId), housingSchemeId: `scheme-${p % 50}`, reference: `RSH-${String(p).padStart(5, '0')}`, addressLine1: `${p % 200 + 1} Mill Lane`,
        addressLine2: '', town: 'Leeds', postcode: `LS${(p % 28) + 1} ${(p % 9) + 1}AB`, landlordType: p % 3 === 0 ? 'private' : 'social', nation: p % 10 === 0 ? 'wales' : 'england',
        nextInspectionDate: p % 4 === 0 ? null : day(400 + (p % 300)), notes: '',
      });
      assessments.push({ ...meta(`a-${p}`), propertyId, inspectionDate: day(p % 420), inspector: 'Bench', schemeId: 'england-2005', source: 'entered', notes: '' });
      for (let h = 0; h < counts.hazardsPerProperty; h += 1) {
        const n = p * counts.hazardsPerProperty + h;
        const hazardId = `h-${n}`;
        const score = [12, 65, 240, 600, 1714, 2500][n % 6];
        const band = bandFor(score);
        const foundOn = day(n % 430);
        const resolved = n % 5 === 0;
        const reportedBy = ['inspection', 'inspection', 'resident', 'key-worker'][n % 4];
        hazards.push({
          ...meta(hazardId), propertyId, assessmentId: reportedBy === 'inspection' ? `a-${p}` : null, hazardId: HAZARDS[n % 29].id, location: 'Bedroom', description: '',
          foundOn, reportedBy, likelihood: null, spread: null, score, band, category: categoryFor(band), status: resolved ? 'resolved' : 'open',
          escalatedOn: reportedBy === 'inspection' ? null : foundOn, resolvedOn: resolved ? day((n % 430) + 20) : null, awaabs: null, investigationEndedOn: null,
        });
        for (let a = 0; a < counts.actionsPerHazard; a += 1) {
          const done = resolved || a === 0;
          const actionId = `x-${n}-${a}`;
          actions.push({
            ...meta(actionId), propertyId, hazardId, description: a === 0 ? 'Make safe' : 'Repair', assignee: 'Sam', contractor: 'Dry Homes Ltd', costPence: 10000 + n,
            raisedOn: foundOn, targetDate: day((n % 430) + 28), completedOn: done ? day((n % 430) + 14) : null, outcome: '', state: done ? 'completed' : 'open', notice: null,
          });
          if (done && n % 25 === 0) {
            evidence.push({ ...meta(`e-${n}-${a}`), recordId: actionId, propertyId, kind: 'photo', originalName: 'photo.png', type: 'image/png', size: pixel.length, takenAt: null, sha256: digest, note: '', blob: new Blob([pixel], { type: 'image/png' }) });
          }
        }
      }
    }
    await write('properties', properties);
    await write('assessments', assessments);
    await write('hazards', hazards);
    await write('actions', actions);
    await write('evidence', evidence);
  }
  db.close();
  return { ms: performance.now() - started, properties: counts.properties, hazards: counts.properties * 10, actions: counts.properties * 20 };
}

/** Runs in the page: opens `<hazard-register>` and waits for the first page of properties. */
async function openRegister({ storageKey }) {
  await import('/src/elements/hazard-register/define.ts');
  const started = performance.now();
  const element = document.createElement('hazard-register');
  element.setAttribute('storage-key', storageKey);
  element.setAttribute('today', '2026-03-02');
  document.body.append(element);
  await new Promise((resolve) => {
    const check = () => (element.shadowRoot?.querySelectorAll('.register-table tbody tr').length === 25 ? resolve() : setTimeout(check, 5));
    check();
  });
  return performance.now() - started;
}

/** Runs in the page: filters the hazards list to open Category 1 and waits for the table to change. */
async function filterHazards() {
  const root = document.querySelector('hazard-register').shadowRoot;
  [...root.querySelectorAll('.service-nav button')].find((b) => b.textContent.trim() === 'Hazards').click();
  const waitFor = (test) => new Promise((resolve) => { const check = () => (test() ? resolve() : setTimeout(check, 2)); check(); });
  const summary = () => root.querySelector('.pagination__summary')?.textContent ?? '';
  await waitFor(() => summary().includes('of 50,000') || summary().includes('hazards'));
  const started = performance.now();
  const select = (id, value) => { const s = root.querySelector(id); s.value = value; s.dispatchEvent(new Event('change')); };
  const before = summary();
  select('#hazards-category', '1');
  await waitFor(() => summary() !== before && root.querySelectorAll('.register-table tbody tr').length > 0);
  const afterCategory = summary();
  select('#hazards-status', 'open');
  await waitFor(() => summary() !== afterCategory);
  return { ms: performance.now() - started, shown: summary() };
}

/** Runs in the page: the repository's indexed queries on their own, including a page deep in the list. */
async function queries({ storageKey }) {
  const { openRegisterRepository } = await import('/src/storage/register-open.ts');
  const repository = await openRegisterRepository(storageKey);
  const time = async (work) => { const t = performance.now(); await work(); return performance.now() - t; };
  return {
    overdue: await time(() => repository.listActions({ overdueOn: '2026-03-02', offset: 0, limit: 25 })),
    deepPage: await time(() => repository.listHazards({ offset: 40000, limit: 25 })),
    search: await time(() => repository.listProperties({ search: 'RSH-049', sort: 'reference', offset: 0, limit: 25 })),
  };
}

/** Runs in the page: the whole-portfolio compliance report, reading included. */
async function report({ storageKey }) {
  const { openRegisterRepository } = await import('/src/storage/register-open.ts');
  const { complianceReport, CHECKLIST_POLICY_DEFAULTS } = await import('/src/core/register/index.ts');
  const repository = await openRegisterRepository(storageKey);
  const started = performance.now();
  const data = await repository.reportData(null, '2026-03-02');
  const read = performance.now() - started;
  const result = complianceReport({ ...data, asOf: '2026-03-02', policy: CHECKLIST_POLICY_DEFAULTS });
  return { ms: performance.now() - started, read, compliant: result.items[4].pass, properties: result.propertyCount };
}

/** Runs in the page: a full backup to JSON text, then restoring that text over the register. */
async function backup({ storageKey }) {
  const { openRegisterRepository } = await import('/src/storage/register-open.ts');
  const repository = await openRegisterRepository(storageKey);
  let started = performance.now();
  const text = JSON.stringify(await repository.exportBackup());
  const exportMs = performance.now() - started;
  started = performance.now();
  const result = await repository.restoreBackup(JSON.parse(text), 'Bench');
  const importMs = performance.now() - started;
  if (!result.ok) throw new Error(`restore refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return { exportMs, importMs, bytes: text.length, records: Object.values(result.counts).reduce((a, b) => a + b, 0) };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const n = (value) => value.toLocaleString('en-GB');

/** Generates the portfolio in `browser` against the Vite server at `baseUrl` and prints the figures. */
export async function runRegisterBench(browser, baseUrl, scale = 1) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${baseUrl}/demo/council.css`);
    await page.setContent('<!doctype html><html lang="en"><head><title>Register bench</title></head><body></body></html>');
    page.setDefaultTimeout(600_000);
    const made = await page.evaluate(generate, { scale, storageKey: STORAGE_KEY });
    console.log(`register generate: ${seconds(made.ms)} (${n(made.properties)} properties, ${n(made.hazards)} hazard entries, ${n(made.actions)} actions)`);
    console.log(`register open (first page of properties): ${(await page.evaluate(openRegister, { storageKey: STORAGE_KEY })).toFixed(0)} ms`);
    const filtered = await page.evaluate(filterHazards);
    console.log(`register filter hazards to open Category 1 (two index filters, page rendered): ${filtered.ms.toFixed(0)} ms (${filtered.shown})`);
    const q = await page.evaluate(queries, { storageKey: STORAGE_KEY });
    console.log(`register query overdue actions / hazards page at 40,000 / property search: ${q.overdue.toFixed(0)} / ${q.deepPage.toFixed(0)} / ${q.search.toFixed(0)} ms`);
    const r = await page.evaluate(report, { storageKey: STORAGE_KEY });
    console.log(`register compliance report, whole portfolio: ${seconds(r.ms)} (reading ${seconds(r.read)}; ${n(r.compliant)} of ${n(r.properties)} compliant)`);
    const b = await page.evaluate(backup, { storageKey: STORAGE_KEY });
    console.log(`register backup export: ${seconds(b.exportMs)} (${(b.bytes / 1024 / 1024).toFixed(1)} MB JSON, ${n(b.records)} records)`);
    console.log(`register backup import (validate and replace): ${seconds(b.importMs)}`);
  } finally {
    await page.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { createServer } = await import('vite');
  const { chromium } = await import('playwright-core');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const server = await createServer({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    headless: true,
  });
  try {
    await runRegisterBench(browser, `http://127.0.0.1:${server.httpServer.address().port}`, Number(process.argv[2] ?? 1));
  } finally {
    await browser.close();
    await server.close();
  }
}
