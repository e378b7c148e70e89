import { DATABASE_NAME } from '../database.ts';
import { copySettings, dropOwner } from './backup.ts';
import {
  deleteDatabase,
  freshDatabaseName,
  openRegisterDatabase,
  withRestoreLock,
  type RegisterLocation,
} from './location.ts';
import type { RestoreResult } from './repository.ts';

/**
 * Restores into a new database and makes it the register only once `write` has put every record in it
 * (see register-location.ts). `write` gets the new database's name; a refusal, a failure or a cancel
 * deletes that database and leaves the register as it was. After the switch the old records are deleted:
 * the old database whole, or the register's records when it shared the main database.
 */
export function restoreFresh(
  location: RegisterLocation,
  owner: string,
  write: (name: string) => Promise<RestoreResult>,
): Promise<RestoreResult> {
  return withRestoreLock(owner, async () => {
    const name = freshDatabaseName();
    await location.stage(name);
    let result: RestoreResult;
    try {
      result = await write(name);
      if (result.ok) {
        const db = await openRegisterDatabase(name);
        try {
          await copySettings(await location.db(), db, owner);
        } finally {
          db.close();
        }
      }
    } catch (error) {
      await location.stage(false, name);
      throw error;
    }
    if (!result.ok) {
      await location.stage(false, name);
      return result;
    }
    const old = await location.switchTo(name);
    if (old === DATABASE_NAME) await dropOwner(await location.home(), owner);
    else {
      location.close();
      await deleteDatabase(old);
    }
    return result;
  });
}
