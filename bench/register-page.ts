// The register bench's page, built for production like the CDN files: the element, the repository and the
// report, with the longest main-thread task during each measured step.
import { bandFor, categoryFor, HAZARDS } from '../src/core/index.ts';
import { complianceReport, CHECKLIST_POLICY_DEFAULTS } from '../src/core/register/index.ts';
import '../src/elements/hazard-register/define.ts';
import { auditEntry } from '../src/storage/register/audit.ts';
import { openRegisterRepository } from '../src/storage/register/open.ts';

const tasks: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** The longest task that overlapped [from, to], in ms (0 when none took 50 ms or more). */
async function longest(from: number, to: number): Promise<number> {
  // Long-task entries are delivered after the task: give the observer a turn before reading them.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return tasks.filter((t) => t.end > from && t.start < to).reduce((max, t) => Math.max(max, t.end - t.start), 0);
}

/** Times `work`, returning its duration, the longest task during it and its result. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; longTask: number; value: T }> {
  const start = performance.now();
  const value = await work();
  const end = performance.now();
  return { ms: end - start, longTask: await longest(start, end), value };
}

const repository = (storageKey: string) => openRegisterRepository(storageKey);

Object.assign(window, {
  benchParts: { auditEntry, bandFor, categoryFor, hazardIds: HAZARDS.map((hazard) => hazard.id) },
  longest,
  async benchReport(storageKey: string, asOf: string, today: string) {
    const repo = await repository(storageKey);
    return timed(async () => {
      const data = await repo.reportData(null, asOf === today ? undefined : asOf);
      const result = complianceReport({ ...data, asOf, policy: CHECKLIST_POLICY_DEFAULTS });
      return { compliant: result.items[4]?.pass ?? 0, properties: result.propertyCount };
    });
  },
  async benchSearch(storageKey: string, search: string) {
    const repo = await repository(storageKey);
    return timed(async () => (await repo.listProperties({ search, sort: 'reference', offset: 0, limit: 25 })).total);
  },
  async benchDeepPage(storageKey: string, offset: number) {
    const repo = await repository(storageKey);
    return timed(async () => (await repo.listHazards({ offset, limit: 25 })).items.length);
  },
  async benchExport(storageKey: string) {
    // As the data screen makes it: in the export's worker, the file handed over as a Blob.
    const repo = await repository(storageKey);
    const run = await timed(() => repo.exportFile(() => undefined));
    (window as unknown as { lastBackup: Blob }).lastBackup = run.value;
    return { ms: run.ms, longTask: run.longTask, value: run.value.size };
  },
  async benchRestore(storageKey: string) {
    // As the data screen restores a chosen file: read, checked and written in the restore's worker.
    const repo = await repository(storageKey);
    const file = (window as unknown as { lastBackup: Blob }).lastBackup;
    return timed(async () => {
      const result = await repo.restoreFile(file, 'Bench', () => undefined);
      if (!result.ok) throw new Error(`restore refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
      return Object.values(result.counts).reduce((a, b) => a + b, 0);
    });
  },
});
