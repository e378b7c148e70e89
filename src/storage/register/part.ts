import { StorageError } from '../repository.ts';

/**
 * A part of the register's storage code fetched the first time it is used (writing, backups, reports…).
 * Offline before it ever arrived, the user is told what to do rather than shown the browser's fetch error.
 */
export async function registerPart<M>(loading: Promise<M>): Promise<M> {
  try {
    return await loading;
  } catch (error) {
    throw new StorageError(
      'failed',
      'This part of the register could not load. Check your connection, then try again: nothing has been changed, and what you entered is still on this page.',
      { cause: error },
    );
  }
}
