import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { RegisterAction, RegisterAssessment, RegisterEvidence, RegisterHazard } from '../core/register/types.ts';
import type { StoredDraft, StoredEvidence } from './repository.ts';

/*
 * The shape of the toolkit's IndexedDB database, as types only: the modules that read and write it import
 * these, and database.ts (which opens and upgrades it) imports their code, without a circle.
 */

/**
 * Per-property compliance facts: the parts of a property's assessments, hazards, actions and evidence the
 * compliance report reads (core/register/types.ts), one record per property, without evidence files. The
 * report reads 5,000 of these instead of 150,000 records. Saves and deletions keep them in their own
 * transaction; any other write (restore, merge, deleting everything) marks every register's facts stale in
 * its transaction, and the next report rebuilds them once from the records.
 */
export interface PropertyFacts {
  propertyId: string;
  owner: string;
  assessments: RegisterAssessment[];
  hazards: RegisterHazard[];
  actions: RegisterAction[];
  evidence: (RegisterEvidence & { id: string })[];
}

export type FactsTable = 'assessments' | 'hazards' | 'actions' | 'evidence';

/**
 * Address search words, kept per property in the `propertySearch` store (database version 4) under a
 * multiEntry index of `[owner, word]`: finding "mill" among 5,000 properties reads the index entries that
 * start with it, not every property. Saves and deletions keep a property's words in their own transaction;
 * a write that changes properties without keeping them (restore, merge, deleting everything) marks them
 * stale in its transaction, and the next search rebuilds them once.
 */
export interface PropertySearch {
  propertyId: string;
  owner: string;
  words: [string, string][];
}

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
  audit: {
    key: string;
    value: RecordWithId;
    indexes: { byRecord: string; byAt: string; byOwnerAt: Key3; byOwnerStoreAt: Key4 };
  };
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
