import { BACKUP_FORMAT } from '../../schema/register.ts';
import type { Database } from '../database.ts';
import { readAll } from './backup.ts';
import { bytesToBase64 } from './base64.ts';
import type { ExportProgress, RestoreTable } from './repository.ts';

/** Records turned into text between progress reports (and joined into one part of the file). */
const CHUNK = 1000;

/**
 * The register's backup file, built as the parts of a Blob rather than one string: the same JSON as
 * `JSON.stringify(exportBackup(…))`, record by record, so a large register never needs one string of its
 * whole size and progress can be reported as it goes. Runs in the export's Web Worker (export-worker.ts).
 */
export async function backupFile(
  db: Database,
  owner: string,
  exportedAt: string,
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<Blob> {
  const { evidence, policy, ...records } = await readAll(db, owner, (table) =>
    onProgress({ phase: 'reading', table, done: 0, total: 0 }),
  );
  const tables = Object.entries(records) as [RestoreTable, readonly object[]][];
  const total = tables.reduce((sum, [, list]) => sum + list.length, 0) + evidence.length;
  let done = 0;
  const parts: string[] = [
    JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt, storageKey: owner }).slice(0, -1),
  ];
  const list = async (table: RestoreTable, items: readonly unknown[], text: (item: never) => Promise<string>) => {
    parts.push(`,${JSON.stringify(table)}:[`);
    for (let from = 0; from < items.length; from += CHUNK) {
      onProgress({ phase: 'writing', table, done, total });
      const chunk = items.slice(from, from + CHUNK);
      parts.push((from === 0 ? '' : ',') + (await Promise.all(chunk.map((item) => text(item as never)))).join(','));
      done += chunk.length;
    }
    parts.push(']');
  };
  for (const [table, items] of tables) await list(table, items, async (item) => JSON.stringify(item));
  parts.push(`,"policy":${JSON.stringify(policy)}`);
  await list('evidence', evidence, async ({ blob, ...meta }: (typeof evidence)[number]) =>
    JSON.stringify({ ...meta, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) }),
  );
  parts.push('}');
  onProgress({ phase: 'writing', done, total });
  return new Blob(parts, { type: 'application/json' });
}
