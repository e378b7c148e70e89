import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { DATABASE_NAME } from '../../src/storage/database.ts';
import { defaultRepository, onDatabaseBlocked } from '../../src/storage/open.ts';
import { openRegisterRepository } from '../../src/storage/register/open.ts';
import { waitUntil } from '../helpers/wait.ts';

/** An "old tab": a connection at version 1, as the first release made it, that ignores requests to close. */
function oldTab(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const store = (name: string, indexes: Record<string, string> = {}, keyPath = 'id') => {
        const created = db.createObjectStore(name, { keyPath });
        for (const [index, path] of Object.entries(indexes)) created.createIndex(index, path);
      };
      store('drafts', {}, 'key');
      store('housingSchemes');
      store('properties', { byHousingScheme: 'housingSchemeId', byReference: 'reference' });
      store('assessments', { byProperty: 'propertyId' });
      store('hazards', { byProperty: 'propertyId', byStatus: 'status', byCategory: 'category' });
      store('actions', { byHazard: 'hazardId', byProperty: 'propertyId', byTargetDate: 'targetDate' });
      store('evidence', { byOwner: 'owner', byRecord: 'recordId' });
      store('audit', { byRecord: 'recordId', byAt: 'at' });
      store('schemePacks');
      store('settings', {}, 'key');
      store('meta', {}, 'key');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('an old tab blocking the database upgrade', () => {
  beforeEach(() => deleteDB(DATABASE_NAME));

  it('is reported to the officer’s drafts even when the register’s open is the one the browser holds first', async () => {
    const old = await oldTab();
    let told = 0;
    const stop = onDatabaseBlocked(() => told++);
    // The register (on the same page) opens first; the browser reports "blocked" only to the first open it
    // queues, and holds the drafts' open behind it without a word. The old tab hearing the version change
    // shows the register's open is at the head of the queue before the drafts' open is made.
    const registerAsked = new Promise((resolve) => {
      old.onversionchange = resolve;
    });
    const register = openRegisterRepository('old-tab');
    await registerAsked;
    const drafts = defaultRepository();
    await waitUntil(() => told > 0, 'the drafts were not told that an old tab blocks the upgrade');
    // An element that arrives now is told at once.
    let late = false;
    const stopLate = onDatabaseBlocked(() => {
      late = true;
    });
    expect(late).to.equal(true);
    old.close();
    const [registerRepository, opened] = await Promise.all([register, drafts]);
    expect(await registerRepository.getSetting('who')).to.equal(undefined);
    expect(await opened.repository.countUnder('old-tab')).to.equal(0);
    // Once the upgrade has run, an element arriving later is not told of a block that has gone.
    let stale = false;
    const stopStale = onDatabaseBlocked(() => {
      stale = true;
    });
    expect(stale).to.equal(false);
    for (const stopListening of [stop, stopLate, stopStale]) stopListening();
  });
});
