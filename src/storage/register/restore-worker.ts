import { checkBackup, writeRestore } from './backup.ts';
import type { RestoreProgress } from './repository.ts';
import { openRegisterDatabase } from './location.ts';
import type { RestoreResult } from './repository.ts';

/*
 * Reads, checks and writes a backup file off the page's thread, so a large register restores without
 * freezing the page. It writes only into the restore's own new database; the page makes that the register
 * once this reports done (register-restore-file.ts), so stopping it midway changes nothing.
 */

/** What the page sends: the file and where to write it. */
export interface RestoreRequest {
  file: Blob;
  owner: string;
  name: string;
  who: string;
  at: string;
}
/** What the worker reports: progress, then a result or why the file could not be read. */
export type RestoreReply =
  | { type: 'progress'; progress: RestoreProgress }
  | { type: 'done'; result: RestoreResult }
  | { type: 'unreadable'; reason: 'not-json' | 'too-deep' }
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  postMessage(reply: RestoreReply): void;
  onmessage: ((event: MessageEvent<RestoreRequest>) => void) | null;
};

async function restore({ file, owner, name, who, at }: RestoreRequest): Promise<RestoreReply> {
  const report = (progress: RestoreProgress) => scope.postMessage({ type: 'progress', progress });
  report({ phase: 'reading', done: 0, total: 0 });
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch (error) {
    // JSON.parse throws a RangeError, not a SyntaxError, for text nested beyond what it can read.
    return { type: 'unreadable', reason: error instanceof SyntaxError ? 'not-json' : 'too-deep' };
  }
  report({ phase: 'checking', done: 0, total: 0 });
  const checked = await checkBackup(data);
  if (!checked.ok) return { type: 'done', result: checked };
  const db = await openRegisterDatabase(name);
  try {
    return { type: 'done', result: await writeRestore(db, owner, checked, who, at, report) };
  } finally {
    db.close();
  }
}

scope.onmessage = (event) => {
  restore(event.data).then(scope.postMessage, (error: unknown) =>
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
