import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredDraft, StoredEvidence } from './repository.ts';
import { factsFreshKey, factsFromRecords, type FactsTable, type PropertyFacts } from './register-facts.ts';
import type { PropertySearch } from './register-search.ts';
import { StorageError } from './repository.ts';

export const DATABASE_NAME = 'hhsrs-toolkit';
export const DATABASE_VERSION = 4;

/** Register records are typed by their zod schemas; the database only needs their keys and indexes. */
type RecordWithId = { id: string } & Record<string, unknown>;
/** Version 2 register indexes lead with the register's storage key (`owner`) and end with the id. */
type Key3 = [string, string, string];
type Key4 = [string, string, string | number, string];

export interface HhsrsDatabase extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  housingSchemes: { key: string; value: RecordWithId; indexes: { byOwnerName: Key3 } };
  properties: {
    key: string;
    value: RecordWithId;
    indexes: {
      byHousingScheme: string;
      /** Version 1 only: deleted in version 2. */
      byReference: string;
      byOwnerReference: Key3;
      byOwnerPostcode: Key3;
      byOwnerSchemeReference: Key4;
      byOwnerNextInspection: Key3;
    };
  };
  assessments: { key: string; value: RecordWithId; indexes: { byProperty: string; byOwnerInspection: Key3 } };
  hazards: {
    key: string;
    value: RecordWithId;
    indexes: {
      byProperty: string;
      /** Version 1 only: deleted in version 2. */
      byStatus: string;
      /** Version 1 only: deleted in version 2. */
      byCategory: number;
      byOwnerFound: Key3;
      byOwnerStatusFound: Key4;
      byOwnerCategoryFound: Key4;
      byOwnerStatusCategoryFound: [string, string, number, string, string];
    };
  };
  actions: {
    key: string;
    value: RecordWithId;
    /** byProperty and byTargetDate: version 1 only, deleted in version 2. */
    indexes: { byHazard: string; byProperty: string; byTargetDate: string; byOwnerStateTarget: Key4 };
  };
  evidence: { key: string; value: StoredEvidence; indexes: { byOwner: string; byRecord: string } };
  /** byAt: version 1 only, deleted in version 2. */
  audit: { key: string; value: RecordWithId; indexes: { byRecord: string; byAt: string; byOwnerAt: Key3; byOwnerStoreAt: Key4 } };
  /** Version 3: what the compliance report reads of each property's records (register-facts.ts). */
  registerFacts: { key: string; value: PropertyFacts; indexes: { byOwner: string } };
  /** Version 4: each property's address words, for finding a property by any of them (register-search.ts). */
  propertySearch: { key: string; value: PropertySearch; indexes: { byOwner: string; byWord: [string, string] } };
  schemePacks: { key: string; value: RecordWithId };
  settings: { key: string; value: { key: string; value: unknown } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export type Database = IDBPDatabase<HhsrsDatabase>;
export type WriteTransaction = IDBPTransaction<HhsrsDatabase, ArrayLike<StoreNames<HhsrsDatabase>>, 'readwrite'>;

/** Version 3 upgrade: every register's compliance facts from the records it already has. */
async function buildFacts(transaction: WriteTransaction): Promise<void> {
  const tables: FactsTable[] = ['assessments', 'hazards', 'actions', 'evidence'];
  const byOwner = new Map<string, { [T in FactsTable]: object[] }>();
  for (const table of tables) {
    for (const record of (await transaction.objectStore(table).getAll()) as unknown as { owner: string }[]) {
      let records = byOwner.get(record.owner);
      if (!records) byOwner.set(record.owner, (records = { assessments: [], hazards: [], actions: [], evidence: [] }));
      records[table].push(record);
    }
  }
  const owners = new Set([...byOwner.keys(), ...((await transaction.objectStore('properties').getAll()) as unknown as { owner: string }[]).map((p) => p.owner)]);
  for (const owner of owners) {
    const facts = factsFromRecords(owner, byOwner.get(owner) ?? { assessments: [], hazards: [], actions: [], evidence: [] });
    for (const item of facts) await transaction.objectStore('registerFacts').put(item);
    await transaction.objectStore('meta').put({ key: factsFreshKey(owner), value: true });
  }
}

/**
 * Opens the one database of the origin. Each version's upgrade runs in turn, so a browser that skipped a
 * release still arrives at the current shape. An old tab holding an older version blocks an upgrade: we
 * say so rather than wait silently, and we close our own connection when a newer tab asks. A register restored
 * from a backup has a database of its own (`name`, see register-location.ts) with the same stores.
 */
export function openDatabase(
  onBlockedByOtherTab?: () => void,
  onClosed?: () => void,
  version = DATABASE_VERSION,
  name = DATABASE_NAME,
): Promise<Database> {
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
        await buildFacts(transaction as unknown as WriteTransaction);
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
      onBlockedByOtherTab?.();
    },
    blocking(_current, _next, event) {
      // A newer version of the toolkit (or a deletion) wants the database: step aside so it can run.
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
  }).catch((error: unknown) => {
    throw new StorageError('unavailable', 'This browser will not let the page store data (it may be in private mode).', { cause: error });
  });
}
