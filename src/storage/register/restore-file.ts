import type { RestoreProgress } from './repository.ts';
import type { RegisterLocation } from './location.ts';
import { restoreFresh } from './restore.ts';
import type { RestoreResult } from './repository.ts';
import { StorageError } from '../repository.ts';
import type { RestoreReply, RestoreRequest } from './restore-worker.ts';
import { runWorker, TrustedWorker } from './trusted-worker.ts';

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
  return restoreFresh(location, owner, (name) =>
    runWorker<RestoreProgress, RestoreReply, RestoreResult>(
      startWorker,
      { file, owner, name, who, at } satisfies RestoreRequest,
      onProgress,
      {
        settle: (reply) => {
          if (reply.type === 'done') return reply.result;
          if (reply.type === 'unreadable') throw new UnreadableBackupError(reply.reason);
          throw new StorageError('failed', `The backup could not be restored: ${reply.message}`);
        },
        cancelled: () => new RestoreCancelledError(),
        unstarted: () =>
          new StorageError('failed', 'The backup could not be restored: the page could not start its restore.'),
      },
      signal,
    ),
  );
}
