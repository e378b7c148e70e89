import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { openDatabase, DATABASE_NAME } from '../../src/storage/database.ts';
import { IdbRepository } from '../../src/storage/idb-repository.ts';
import { MemoryRepository } from '../../src/storage/memory-repository.ts';
import { StorageError, toStorageError, type DraftRepository } from '../../src/storage/repository.ts';

const draft = (key: string, value: unknown) => ({ key, kind: 'assessment', title: 'Flat 2', value, schemaVersion: 1 });
const photo = (owner: string) => ({
  id: crypto.randomUUID(),
  owner,
  recordId: 'r1',
  kind: 'photo' as const,
  originalName: 'damp.jpg',
  type: 'image/jpeg',
  size: 3,
  takenAt: null,
  sha256: 'x',
  blob: new Blob(['abc']),
  createdAt: '2026-01-01T00:00:00Z',
});

const kinds: [string, () => Promise<DraftRepository>][] = [
  [
    'IndexedDB',
    async () => {
      await deleteDB(DATABASE_NAME);
      return new IdbRepository((closed) => openDatabase(closed));
    },
  ],
  ['memory', async () => new MemoryRepository()],
];

for (const [name, make] of kinds) {
  describe(`${name} repository`, () => {
    let repo: DraftRepository;
    beforeEach(async () => {
      repo = await make();
    });
    afterEach(async () => {
      if (repo instanceof IdbRepository) await repo.close();
    });

    it('saves a draft and reads back exactly what was typed, with a revision', async () => {
      const saved = await repo.saveDraft(
        draft('a/1', { address: '2 Mill Lane', ages: [2, 34] }),
        null,
        '2026-11-01T10:00:00Z',
      );
      expect(saved.revision).to.equal(1);
      const read = await repo.getDraft('a/1');
      expect(read?.value).to.deep.equal({ address: '2 Mill Lane', ages: [2, 34] });
      expect(read?.createdAt).to.equal('2026-11-01T10:00:00Z');
    });

    it('refuses a save made against an older revision, as a second tab would, and keeps the first', async () => {
      await repo.saveDraft(draft('a/1', 'first tab'), null, '2026-11-01T10:00:00Z');
      await repo.saveDraft(draft('a/1', 'first tab again'), 1, '2026-11-01T10:00:01Z');
      let error: unknown;
      try {
        await repo.saveDraft(draft('a/1', 'second tab'), 1, '2026-11-01T10:00:02Z');
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(StorageError);
      expect((error as StorageError).kind).to.equal('conflict');
      expect((error as StorageError).conflict).to.deep.equal({ reason: 'changed', at: '2026-11-01T10:00:01Z' });
      expect((await repo.getDraft('a/1'))?.value).to.equal('first tab again');
    });

    it('refuses to create a draft that another tab already created', async () => {
      await repo.saveDraft(draft('a/1', 'one'), null, '2026-11-01T10:00:00Z');
      let error: unknown;
      try {
        await repo.saveDraft(draft('a/1', 'two'), null, '2026-11-01T10:00:01Z');
      } catch (e) {
        error = e;
      }
      expect((error as StorageError).kind).to.equal('conflict');
    });

    it('lists drafts under a storage key only, newest first', async () => {
      await repo.saveDraft(draft('hhsrs-assessor:officer/1', 1), null, '2026-11-01T10:00:00Z');
      await repo.saveDraft(draft('hhsrs-assessor:officer/2', 2), null, '2026-11-02T10:00:00Z');
      await repo.saveDraft(draft('hhsrs-assessor:officer-2/3', 3), null, '2026-11-03T10:00:00Z');
      const list = await repo.listDrafts('hhsrs-assessor:officer');
      expect(list.map((d) => d.key)).to.deep.equal(['hhsrs-assessor:officer/2', 'hhsrs-assessor:officer/1']);
    });

    it('deletes everything under one storage key and nothing under another', async () => {
      await repo.saveDraft(draft('tenant/current', 1), null, '2026-11-01T10:00:00Z');
      await repo.putEvidence(photo('tenant'));
      await repo.saveDraft(draft('tenant-b/current', 2), null, '2026-11-01T10:00:00Z');
      await repo.putEvidence(photo('tenant-b'));
      expect(await repo.countUnder('tenant')).to.equal(2);
      await repo.deleteEverythingUnder('tenant');
      expect(await repo.countUnder('tenant')).to.equal(0);
      expect(await repo.countUnder('tenant-b')).to.equal(2);
      expect(await repo.listEvidence('tenant-b')).to.have.length(1);
    });

    it('deletes a single draft and a single piece of evidence', async () => {
      await repo.saveDraft(draft('a/1', 1), null, '2026-11-01T10:00:00Z');
      const item = photo('a');
      await repo.putEvidence(item);
      await repo.deleteDraft('a/1');
      await repo.deleteEvidence(item.id);
      expect(await repo.countUnder('a')).to.equal(0);
    });
  });
}

describe('toStorageError', () => {
  it('sorts a full disk as quota, keeping the browser’s error and no words for people', () => {
    const cause = new DOMException('full', 'QuotaExceededError');
    const error = toStorageError(cause);
    expect(error.kind).to.equal('quota');
    expect(error.cause).to.equal(cause);
    expect(error.fromBrowser).to.equal(true);
    expect(error.message).not.to.contain('export');
  });

  it('sorts a browser that stopped saving as unavailable, and passes a StorageError through', () => {
    expect(toStorageError(new DOMException('x', 'InvalidStateError')).kind).to.equal('unavailable');
    const own = new StorageError('conflict', 'c');
    expect(toStorageError(own)).to.equal(own);
    expect(toStorageError(new Error('boom')).kind).to.equal('failed');
  });
});
