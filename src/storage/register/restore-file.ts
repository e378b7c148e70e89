import type { RestoreProgress } from './repository.ts';
import type { RegisterLocation } from './location.ts';
import { restoreFresh } from './restore.ts';
import type { RestoreResult } from './repository.ts';
import { StorageError } from '../repository.ts';
import type { RestoreReply, RestoreRequest } from './restore-worker.ts';

/** A file that is not a backup at all: not JSON, or nested deeper than the browser can read. */
export class UnreadableBackupError extends Error {
  constructor(readonly reason: 'not-json' | 'too-deep') {
    super(reason === 'not-json' ? 'The file is not JSON.' : 'The file is nested too deeply to read.');
  }
}

/** A restore the user cancelled: the register is as it was. */
export class RestoreCancelledError extends Error {
  constructor() {
    super('The restore was cancelled. Nothing has changed.');
  }
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}
let policy: { createScriptURL(url: string): unknown } | undefined;

/**
 * `Worker` for the line below, taking its script's URL through a Trusted Types policy: a page whose CSP has
 * `require-trusted-types-for 'script'` refuses a plain URL. The policy lets through only the restore worker,
 * which Vite builds from the `new Worker(new URL(…))` form and gives a same-origin URL.
 */
class TrustedWorker extends globalThis.Worker {
  constructor(url: URL, options: WorkerOptions) {
    const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    const href = url.href;
    policy ??= trustedTypes?.createPolicy('hhsrs-toolkit-worker', {
      createScriptURL: (given) => {
        if (given !== href) throw new TypeError(`Only the restore worker may be started, not ${given}`);
        return given;
      },
    });
    super((policy?.createScriptURL(href) ?? href) as string, options);
  }
}

function startWorker(): Worker {
  const Worker = TrustedWorker;
  return new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Restores a backup file in a Web Worker into a new database, which becomes the register only when complete.
 * `signal` cancels: the worker stops and its database is deleted, leaving the register as it was.
 */
export function restoreFile(
  location: RegisterLocation,
  owner: string,
  file: Blob,
  who: string,
  at: string,
  onProgress: (progress: RestoreProgress) => void,
  signal?: AbortSignal,
): Promise<RestoreResult> {
  return restoreFresh(
    location,
    owner,
    (name) =>
      new Promise<RestoreResult>((resolve, reject) => {
        if (signal?.aborted) return reject(new RestoreCancelledError());
        const worker = startWorker();
        const finish = () => {
          worker.terminate();
          signal?.removeEventListener('abort', cancel);
        };
        const cancel = () => {
          finish();
          reject(new RestoreCancelledError());
        };
        signal?.addEventListener('abort', cancel, { once: true });
        worker.onmessage = ({ data }: MessageEvent<RestoreReply>) => {
          if (data.type === 'progress') return onProgress(data.progress);
          finish();
          if (data.type === 'done') resolve(data.result);
          else if (data.type === 'unreadable') reject(new UnreadableBackupError(data.reason));
          else reject(new StorageError('failed', `The backup could not be restored: ${data.message}`));
        };
        worker.onerror = () => {
          finish();
          reject(new StorageError('failed', 'The backup could not be restored: the page could not start its restore.'));
        };
        worker.postMessage({ file, owner, name, who, at } satisfies RestoreRequest);
      }),
  );
}
