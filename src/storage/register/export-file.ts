import { StorageError } from '../repository.ts';
import type { ExportReply, ExportRequest } from './export-worker.ts';
import type { RegisterLocation } from './location.ts';
import type { ExportProgress } from './repository.ts';
import { runWorker, TrustedWorker } from './trusted-worker.ts';

/** An export the user cancelled: no file was made. */
export class ExportCancelledError extends Error {
  constructor() {
    super('The backup was cancelled. No file was made.');
  }
}

function startWorker(): Worker {
  const Worker = TrustedWorker;
  return new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Builds the register's backup file in a Web Worker, reporting progress. `signal` cancels: the worker
 * stops (it only reads, so nothing changes) and the promise rejects with an ExportCancelledError.
 */
export async function exportFile(
  location: RegisterLocation,
  owner: string,
  exportedAt: string,
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const name = await location.name();
  return runWorker<ExportProgress, ExportReply, Blob>(
    startWorker,
    { owner, name, exportedAt } satisfies ExportRequest,
    onProgress,
    {
      settle: (reply) => {
        if (reply.type === 'done') return reply.file;
        throw new StorageError('failed', `The backup could not be made: ${reply.message}`);
      },
      cancelled: () => new ExportCancelledError(),
      unstarted: () => new StorageError('failed', 'The backup could not be made: the page could not start its export.'),
    },
    signal,
  );
}
