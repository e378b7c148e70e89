import { UNREADABLE_KIND } from './drafts/keys.ts';
import type { Scheme } from '../core/scheme/types.ts';

/**
 * What the elements need from storage, and nothing about how it is kept. The IndexedDB repository is the
 * real one; the memory twin serves stories, and any browser that refuses to store (private mode).
 */

export interface StoredDraft<T = unknown> {
  /** `${storageKey}/${draftId}`: everything an element saves sits under its storage key. */
  key: string;
  /** What kind of draft: 'assessment', 'tenant-check', 'overcrowding'. */
  kind: string;
  /** A line for the list of drafts, e.g. the property address. */
  title: string;
  value: T;
  /** Goes up by one with every save; a save against an older revision is a conflict (another tab). */
  revision: number;
  createdAt: string;
  updatedAt: string;
  schemaVersion: number;
}

/** The record kept at `asideKey` by `setAside`: `value` is the whole stored record as it was found. */
export function asideRecord(key: string, raw: unknown, now: string): StoredDraft {
  return {
    key,
    kind: UNREADABLE_KIND,
    title: '',
    value: raw,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    schemaVersion: 0,
  };
}

export interface DraftToSave<T = unknown> {
  key: string;
  kind: string;
  title: string;
  value: T;
  schemaVersion: number;
}

export interface StoredEvidence {
  id: string;
  /** The storage key (or register record id) the file belongs to, for "delete my data". */
  owner: string;
  /** The record it is evidence for (a hazard, an action, a draft item). */
  recordId: string;
  kind: 'photo' | 'invoice' | 'inspection-note' | 'document';
  originalName: string;
  type: string;
  size: number;
  takenAt: string | null;
  sha256: string;
  blob: Blob;
  createdAt: string;
}

export interface DraftRepository {
  /** False for the in-memory fallback: what is saved is lost when the page closes. */
  readonly persistent: boolean;
  getDraft<T>(key: string): Promise<StoredDraft<T> | undefined>;
  listDrafts(prefix: string): Promise<StoredDraft[]>;
  /** Saves when the stored revision equals `expectedRevision` (null: must not exist yet); else throws a conflict. */
  saveDraft<T>(draft: DraftToSave<T>, expectedRevision: number | null, now: string): Promise<StoredDraft<T>>;
  deleteDraft(key: string): Promise<void>;
  /**
   * Moves the record at `key`, exactly as stored, to `asideKey` (kind 'unreadable'), in one step: a draft this
   * version cannot read is kept for the user to export, and the next save at `key` cannot overwrite it.
   */
  setAside(key: string, asideKey: string, now: string): Promise<StoredDraft | undefined>;
  putEvidence(evidence: StoredEvidence): Promise<void>;
  listEvidence(owner: string): Promise<StoredEvidence[]>;
  deleteEvidence(id: string): Promise<void>;
  /** Deletes every draft, evidence item and setting under a storage key — and nothing else. */
  deleteEverythingUnder(storageKey: string): Promise<void>;
  /** Counts what is stored under a storage key (to prove deletion and to show storage use). */
  countUnder(storageKey: string): Promise<number>;
  /** Scheme packs a council loaded (FACTS §7), so scoring under them works offline and old work re-opens under them. */
  saveSchemePack(scheme: Scheme): Promise<void>;
  /** Every stored pack that still validates; a pack damaged in storage is left out rather than used. */
  listSchemePacks(): Promise<Scheme[]>;
}

export type StorageErrorKind = 'quota' | 'conflict' | 'blocked' | 'unavailable' | 'failed';

/**
 * Why a save met a newer version: `changed` or `deleted` in another tab or window (at `at`, when known), or
 * `recovered`: changes brought back after the page closed were made on a version since changed elsewhere.
 */
export interface ConflictDetail {
  reason: 'changed' | 'deleted' | 'recovered';
  at?: string;
}

/**
 * A save or load that did not happen, as a value: its `kind`, the browser's error as `cause`, and for a
 * conflict its `conflict` detail. The message is for developers; each element puts the kind in its own words.
 */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  readonly conflict: ConflictDetail | undefined;
  /** Made from the browser's own error by `toStorageError`: the view must choose words for its kind. */
  readonly fromBrowser: boolean;

  constructor(
    kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown; conflict?: ConflictDetail; fromBrowser?: boolean },
  ) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
    this.conflict = options?.conflict;
    this.fromBrowser = options?.fromBrowser ?? false;
  }
}

/** A save against a newer version of the draft, or against one deleted since (`current` undefined). */
export function conflictError(current: { updatedAt: string } | undefined): StorageError {
  return current
    ? new StorageError('conflict', `draft changed elsewhere at ${current.updatedAt}`, {
        conflict: { reason: 'changed', at: current.updatedAt },
      })
    : new StorageError('conflict', 'draft deleted elsewhere', { conflict: { reason: 'deleted' } });
}

/** Sorts a browser error into what the user can do about it: free space, export, or try again. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = `${name || 'unknown error'}${error instanceof Error && error.message ? `: ${error.message}` : ''}`;
  const unavailable = name === 'InvalidStateError' || name === 'UnknownError';
  const kind: StorageErrorKind = name === 'QuotaExceededError' ? 'quota' : unavailable ? 'unavailable' : 'failed';
  return new StorageError(kind, `storage ${kind}: ${detail}`, { cause: error, fromBrowser: true });
}

/** Drafts and evidence keys live under `${storageKey}/`; the storage key itself may also be a key. */
export function isUnder(key: string, storageKey: string): boolean {
  return key === storageKey || key.startsWith(`${storageKey}/`);
}
