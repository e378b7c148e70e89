import { backupFile } from './export-text.ts';
import { openRegisterDatabase } from './location.ts';
import type { ExportProgress } from './repository.ts';

/*
 * Reads the register and builds its backup file off the page's thread, so a large register exports without
 * freezing the page. It only reads; the page hands the file to the user as a download (export-file.ts).
 */

/** What the page sends: whose register, in which database, and the time the backup is stamped with. */
export interface ExportRequest {
  owner: string;
  name: string;
  exportedAt: string;
}
/** What the worker reports: progress, then the file or why it could not be made. */
export type ExportReply =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; file: Blob }
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  postMessage(reply: ExportReply): void;
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
};

async function exportRegister({ owner, name, exportedAt }: ExportRequest): Promise<ExportReply> {
  const db = await openRegisterDatabase(name);
  try {
    const file = await backupFile(db, owner, exportedAt, (progress) =>
      scope.postMessage({ type: 'progress', progress }),
    );
    return { type: 'done', file };
  } finally {
    db.close();
  }
}

scope.onmessage = (event) => {
  exportRegister(event.data).then(scope.postMessage, (error: unknown) =>
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
