import { DATABASE_NAME, DATABASE_VERSION, openDatabase, type Database } from '../database.ts';

/*
 * Where a register's records are. A register starts in the page's database (`hhsrs-toolkit`, beside the
 * drafts). A restore writes into a database of its own and, only once every record is in, points the main
 * database's `meta` at it in one small write, then deletes the old records (or the old database). So the
 * register is readable and unchanged throughout, and a tab closed mid-restore leaves the old register as it
 * was: the half-written database is named in `meta` as staging and deleted the next time the register opens.
 */

/** The main database's `meta` key naming the database that holds a register (absent: the main database). */
export const locationKey = (owner: string) => `register-database:${owner}`;
/** The main database's `meta` key naming a restore's database while it is being written. */
export const stagingKey = (owner: string) => `register-staging:${owner}`;
/** Held while a restore writes, so another tab's clean-up never deletes a restore that is still running. */
const lockName = (owner: string) => `hhsrs-toolkit-restore:${owner}`;

/** A name for a restore's database. */
export const freshDatabaseName = () => `${DATABASE_NAME}-register-${crypto.randomUUID()}`;

/** Opens a register database by name; closes itself when another tab deletes or upgrades it. */
export function openRegisterDatabase(name: string, onClosed?: () => void): Promise<Database> {
  return openDatabase(onClosed, DATABASE_VERSION, name);
}

/** Deletes a database, once every connection to it has closed (each closes itself when asked). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Runs `work` while holding the register's restore lock; without Web Locks, just runs it. */
export function withRestoreLock<T>(owner: string, work: () => Promise<T>): Promise<T> {
  if (!navigator.locks) return work();
  return navigator.locks.request(lockName(owner), () => work());
}

/** One register's database, found through the main database's `meta` on each use. */
export class RegisterLocation {
  private named: { name: string; connection: Promise<Database> } | undefined;
  private cleaned: Promise<void> | undefined;

  constructor(
    readonly home: () => Promise<Database>,
    private readonly owner: string,
  ) {}

  /** The database the register is in now. */
  async db(): Promise<Database> {
    const home = await this.home();
    this.cleaned ??= this.cleanUp(home).catch(() => undefined);
    await this.cleaned;
    const name = (await home.get('meta', locationKey(this.owner)))?.value as string | undefined;
    if (name === undefined) return home;
    if (this.named?.name !== name) {
      this.close();
      const forget = () => {
        if (this.named === named) this.named = undefined;
      };
      const named = { name, connection: openRegisterDatabase(name, forget) };
      this.named = named;
    }
    return this.named.connection;
  }

  /** The name of the database the register is in now. */
  async name(): Promise<string> {
    return (await this.db()).name;
  }

  /** Closes the connection to a register database of its own, if one is open. */
  close(): void {
    const named = this.named;
    this.named = undefined;
    named?.connection.then(
      (db) => db.close(),
      () => undefined,
    );
  }

  /** Deletes a restore's database left by a tab closed mid-restore, unless a restore is running now. */
  private async cleanUp(home: Database): Promise<void> {
    const staging = (await home.get('meta', stagingKey(this.owner)))?.value as string | undefined;
    if (staging === undefined) return;
    const clean = async () => {
      await deleteDatabase(staging);
      await home.delete('meta', stagingKey(this.owner));
    };
    if (!navigator.locks) return clean();
    await navigator.locks.request(lockName(this.owner), { ifAvailable: true }, (lock) => (lock ? clean() : undefined));
  }

  /**
   * Marks `name` as a restore's database being written, so a closed tab's leftover is found; `false` undoes
   * it (the restore failed or was cancelled) after deleting the database.
   */
  async stage(name: string | false, previous?: string): Promise<void> {
    const home = await this.home();
    if (name !== false) return void (await home.put('meta', { key: stagingKey(this.owner), value: name }));
    if (previous !== undefined) await deleteDatabase(previous);
    await home.delete('meta', stagingKey(this.owner));
  }

  /** Points the register at its restored database, in one write. Returns the name of the one it replaced. */
  async switchTo(name: string): Promise<string> {
    const home = await this.home();
    const old = await this.name();
    const tx = home.transaction('meta', 'readwrite');
    await tx.store.put({ key: locationKey(this.owner), value: name });
    await tx.store.delete(stagingKey(this.owner));
    await tx.done;
    return old;
  }
}

/** A new connection to the database a register is in now (for tools and tests that read it directly). */
export async function openRegisterOf(owner: string): Promise<Database> {
  const home = await openDatabase();
  const name = (await home.get('meta', locationKey(owner)))?.value as string | undefined;
  if (name === undefined) return home;
  home.close();
  return openRegisterDatabase(name);
}
