import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredDraft, StoredEvidence } from './repository.ts';
import { StorageError } from './repository.ts';

export const DATABASE_NAME = 'hhsrs-toolkit';
export const DATABASE_VERSION = 1;

/** Register records are typed by their zod schemas; the database only needs their keys and indexes. */
type RecordWithId = { id: string } & Record<string, unknown>;

export interface HhsrsDatabase extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  housingSchemes: { key: string; value: RecordWithId };
  properties: { key: string; value: RecordWithId; indexes: { byHousingScheme: string; byReference: string } };
  assessments: { key: string; value: RecordWithId; indexes: { byProperty: string } };
  hazards: { key: string; value: RecordWithId; indexes: { byProperty: string; byStatus: string; byCategory: number } };
  actions: { key: string; value: RecordWithId; indexes: { byHazard: string; byProperty: string; byTargetDate: string } };
  evidence: { key: string; value: StoredEvidence; indexes: { byOwner: string; byRecord: string } };
  audit: { key: string; value: RecordWithId; indexes: { byRecord: string; byAt: string } };
  schemePacks: { key: string; value: RecordWithId };
  settings: { key: string; value: { key: string; value: unknown } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export type Database = IDBPDatabase<HhsrsDatabase>;

/**
 * Opens the one database of the origin. Each version's upgrade runs in turn, so a browser that skipped a
 * release still arrives at the current shape. An old tab holding an older version blocks an upgrade: we
 * say so rather than wait silently, and we close our own connection when a newer tab asks.
 */
export function openDatabase(onBlockedByOtherTab?: () => void, onClosed?: () => void): Promise<Database> {
  return openDB<HhsrsDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
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
