import { openDatabase, type Database } from '../database.ts';
import { IdbRegisterRepository } from './idb-repository.ts';
import type { RegisterRepository } from './repository.ts';
import { StorageError } from '../repository.ts';

let connection: Promise<Database> | undefined;

/** The page's register connection, opened on first use and again whenever the browser closed it. */
function connect(): Promise<Database> {
  connection ??= openDatabase(() => (connection = undefined)).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

/**
 * The register kept in the page's IndexedDB database under `storageKey`. A register cannot run on memory
 * alone (it would lose a portfolio on reload), so a browser that refuses storage gets a StorageError saying so.
 */
export async function openRegisterRepository(storageKey: string): Promise<RegisterRepository> {
  const repository = new IdbRegisterRepository(connect, storageKey);
  try {
    await repository.getSetting('who');
  } catch (error) {
    throw new StorageError(
      'unavailable',
      'This browser is not letting the page store data (it may be in private mode), so the register cannot be kept here. Open it in a normal browser window.',
      { cause: error },
    );
  }
  return repository;
}
