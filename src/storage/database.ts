import { openDB } from 'idb';
import type { Database, HhsrsDatabase, WriteTransaction } from './database-schema.ts';
import { StorageError } from './repository.ts';

export const DATABASE_NAME = 'hhsrs-toolkit';
export const DATABASE_VERSION = 4;

export type { Database, HhsrsDatabase, WriteTransaction } from './database-schema.ts';

type Facts = typeof import('./register/facts.ts');

const blockedListeners = new Set<() => void>();
/** True while an old tab blocks the upgrade; remembered, since an element may arrive after the event. */
let blockedNow = false;

/**
 * Called when an old tab holds the database open at an older version and blocks an upgrade (at once if it
 * already does). Told whichever of the page's opens is blocked: the browser queues the others behind it without
 * a word, so an element waiting on another's open still learns why it waits.
 */
export function onDatabaseBlocked(listener: () => void): () => void {
  blockedListeners.add(listener);
  if (blockedNow) listener();
  return () => blockedListeners.delete(listener);
}

/**
 * Opens the one database of the origin. Each version's upgrade runs in turn, so a browser that skipped a
 * release still arrives at the current shape. An old tab holding an older version blocks an upgrade: we
 * say so (to every onDatabaseBlocked listener) rather than wait silently, and we close our own connection when
 * a newer tab asks. A register restored from a backup has a database of its own (`name`, see
 * register/location.ts) with the same stores.
 */
export async function openDatabase(
  onClosed?: () => void,
  version = DATABASE_VERSION,
  name = DATABASE_NAME,
): Promise<Database> {
  const facts = await factsForUpgrade(name);
  return openDB<HhsrsDatabase>(name, version, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore('drafts', { keyPath: 'key' });
        db.createObjectStore('housingSchemes', { keyPath: 'id' });
        const properties = db.createObjectStore('properties', { keyPath: 'id' });
        properties.createIndex('byHousingScheme', 'housingSchemeId');
        properties.createIndex('byReference', 'reference');
        db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('byProperty', 'propertyId');
        const hazards = db.createObjectStore('hazards', { keyPath: 'id' });
        hazards.createIndex('byProperty', 'propertyId');
        hazards.createIndex('byStatus', 'status');
        hazards.createIndex('byCategory', 'category');
        const actions = db.createObjectStore('actions', { keyPath: 'id' });
        actions.createIndex('byHazard', 'hazardId');
        actions.createIndex('byProperty', 'propertyId');
        actions.createIndex('byTargetDate', 'targetDate');
        const evidence = db.createObjectStore('evidence', { keyPath: 'id' });
        evidence.createIndex('byOwner', 'owner');
        evidence.createIndex('byRecord', 'recordId');
        const audit = db.createObjectStore('audit', { keyPath: 'id' });
        audit.createIndex('byRecord', 'recordId');
        audit.createIndex('byAt', 'at');
        db.createObjectStore('schemePacks', { keyPath: 'id' });
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('meta', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        // The hazard register pages, filters and sorts 50,000 entries on these, per storage key; a
        // null in a key part (no housing scheme, not yet scored) leaves the record out of that index.
        transaction.objectStore('housingSchemes').createIndex('byOwnerName', ['owner', 'name', 'id']);
        const properties = transaction.objectStore('properties');
        properties.createIndex('byOwnerReference', ['owner', 'reference', 'id']);
        properties.createIndex('byOwnerPostcode', ['owner', 'postcode', 'id']);
        properties.createIndex('byOwnerSchemeReference', ['owner', 'housingSchemeId', 'reference', 'id']);
        properties.createIndex('byOwnerNextInspection', ['owner', 'nextInspectionDate', 'id']);
        transaction.objectStore('assessments').createIndex('byOwnerInspection', ['owner', 'inspectionDate', 'id']);
        const hazards = transaction.objectStore('hazards');
        hazards.createIndex('byOwnerFound', ['owner', 'foundOn', 'id']);
        hazards.createIndex('byOwnerStatusFound', ['owner', 'status', 'foundOn', 'id']);
        hazards.createIndex('byOwnerCategoryFound', ['owner', 'category', 'foundOn', 'id']);
        hazards.createIndex('byOwnerStatusCategoryFound', ['owner', 'status', 'category', 'foundOn', 'id']);
        const actions = transaction.objectStore('actions');
        actions.createIndex('byOwnerStateTarget', ['owner', 'state', 'targetDate', 'id']);
        transaction.objectStore('audit').createIndex('byOwnerAt', ['owner', 'at', 'id']);
        // Replaced by the owner-led indexes above. Every index slows every write, and a restore writes
        // 150,000 records.
        properties.deleteIndex('byReference');
        hazards.deleteIndex('byStatus');
        hazards.deleteIndex('byCategory');
        actions.deleteIndex('byTargetDate');
        actions.deleteIndex('byProperty');
        transaction.objectStore('audit').deleteIndex('byAt');
      }
      if (oldVersion < 3) {
        // A report for a past day reads only the property changes made since, off this index.
        transaction.objectStore('audit').createIndex('byOwnerStoreAt', ['owner', 'store', 'at', 'id']);
        db.createObjectStore('registerFacts', { keyPath: 'propertyId' }).createIndex('byOwner', 'owner');
        // Without their code (offline), no facts are marked fresh: the register builds them at its first read.
        if (facts) await facts.buildAllFacts(transaction as unknown as WriteTransaction);
      }
      // A test builds an older version's database through the same code to check the upgrade from it.
      if (oldVersion < 4 && version >= 4) {
        // Built from the properties at the first search (no fresh mark yet), not here: an upgrade holds up
        // every tab until it ends.
        const search = db.createObjectStore('propertySearch', { keyPath: 'propertyId' });
        search.createIndex('byOwner', 'owner');
        search.createIndex('byWord', 'words', { multiEntry: true });
      }
    },
    blocked() {
      blockedNow = true;
      blockedListeners.forEach((listener) => listener());
    },
    blocking(_current, _next, event) {
      // A newer version of the toolkit (or a deletion) wants the database: step aside so it can run.
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
  }).then(
    (db) => {
      blockedNow = false;
      return db;
    },
    (error: unknown) => {
      throw new StorageError(
        'unavailable',
        'This browser will not let the page store data (it may be in private mode).',
        { cause: error },
      );
    },
  );
}

/**
 * The code that builds the register's facts, fetched only for a database older than version 3 (an upgrade
 * cannot wait for a fetch): new and current databases, and so every element's first screen, never need it.
 */
async function factsForUpgrade(name: string): Promise<Facts | undefined> {
  const found =
    typeof indexedDB.databases === 'function' ? await indexedDB.databases().catch(() => undefined) : undefined;
  // A browser that cannot list its databases gets the code, as every browser did before.
  const existing = found ? found.find((db) => db.name === name)?.version : 1;
  if (existing === undefined || existing >= 3) return undefined;
  return import('./register/facts.ts').catch(() => undefined);
}
