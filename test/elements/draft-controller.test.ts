import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.ts';
import { LitElement } from 'lit';
import { DraftController } from '../../src/elements/controllers/draft-controller.ts';
import { MemoryRepository } from '../../src/storage/memory-repository.ts';
import { readPending, stashPending } from '../../src/storage/drafts/pending.ts';
import { defaultRepository } from '../../src/storage/open.ts';
import { toStorageError, type DraftRepository, type StoredDraft } from '../../src/storage/repository.ts';

/** The smallest host: one text value saved as a draft. */
class DraftHost extends LitElement {
  readonly draft = new DraftController<string>(this, {
    kind: 'note',
    schemaVersion: 1,
    title: (v) => v,
    revive: (v) => (typeof v === 'string' ? v : undefined),
  });
  override render() {
    return html`${this.draft.value}`;
  }
}
customElements.define('draft-host-test', DraftHost);

async function twoTabs() {
  const repository = new MemoryRepository();
  const a = await fixture<DraftHost>(html`<draft-host-test></draft-host-test>`);
  const b = await fixture<DraftHost>(html`<draft-host-test></draft-host-test>`);
  for (const tab of [a, b]) {
    await tab.draft.connect(repository);
    await tab.draft.open('notes/current', '');
  }
  return { a, b, repository };
}

describe('DraftController across tabs', () => {
  it('notices another tab saving a draft this tab has never saved', async () => {
    const { a, b } = await twoTabs();
    b.draft.update('typed in B');
    a.draft.update('typed in A');
    await a.draft.flush();
    await waitUntil(() => b.draft.status === 'conflict', 'B was not told', { timeout: 20000 });
  });

  it('on the user’s word, saves this tab’s version over the other, losing neither silently', async () => {
    const { a, b, repository } = await twoTabs();
    a.draft.update('from A');
    await a.draft.flush();
    b.draft.update('from B');
    await b.draft.flush();
    expect(b.draft.status).to.equal('conflict');
    expect((await repository.getDraft('notes/current'))?.value).to.equal('from A');
    await b.draft.overwriteWithMine();
    expect(b.draft.status).to.equal('saved');
    expect((await repository.getDraft('notes/current'))?.value).to.equal('from B');
  });
});

describe('DraftController when the page closes mid-edit', () => {
  afterEach(() => localStorage.clear());

  it('stashes what was typed synchronously on pagehide, before any asynchronous write can finish', async () => {
    const { a } = await twoTabs();
    a.draft.update('typed just before closing');
    dispatchEvent(new Event('pagehide'));
    expect(readPending('notes/current')).to.deep.equal({ value: 'typed just before closing', revision: null });
  });

  it('recovers a stashed change on the next open and saves it', async () => {
    const repository = new MemoryRepository();
    stashPending('notes/current', { value: 'recovered words', revision: null });
    const tab = await fixture<DraftHost>(html`<draft-host-test></draft-host-test>`);
    await tab.draft.connect(repository);
    await tab.draft.open('notes/current', '');
    expect(tab.draft.value).to.equal('recovered words');
    expect(tab.draft.notice).to.contain('recovered');
    await tab.draft.flush();
    expect((await repository.getDraft('notes/current'))?.value).to.equal('recovered words');
    expect(readPending('notes/current')).to.equal(undefined);
  });

  it('asks which to keep when the draft moved on elsewhere after the stashed change was made', async () => {
    const repository = new MemoryRepository();
    await repository.saveDraft(
      { key: 'notes/current', kind: 'note', title: 'x', value: 'saved elsewhere later', schemaVersion: 1 },
      null,
      '2026-11-01T00:00:00Z',
    );
    stashPending('notes/current', { value: 'typed before closing', revision: null });
    const tab = await fixture<DraftHost>(html`<draft-host-test></draft-host-test>`);
    await tab.draft.connect(repository);
    await tab.draft.open('notes/current', '');
    expect(tab.draft.status).to.equal('conflict');
    expect(tab.draft.value).to.equal('typed before closing');
    await tab.draft.useSavedVersion();
    expect(tab.draft.value).to.equal('saved elsewhere later');
    expect(readPending('notes/current')).to.equal(undefined);
  });

  it('counts and deletes stashed changes with the rest of the storage key', async () => {
    const repository = new MemoryRepository();
    stashPending('notes/current', { value: 'x', revision: null });
    stashPending('other/current', { value: 'y', revision: null });
    expect(await repository.countUnder('notes')).to.equal(1);
    await repository.deleteEverythingUnder('notes');
    expect(await repository.countUnder('notes')).to.equal(0);
    expect(readPending('other/current')).to.not.equal(undefined);
  });
});

/** A host whose reviver is asynchronous, as when the schema that checks a saved draft loads on demand. */
class LazyReviveHost extends LitElement {
  readonly draft = new DraftController<string>(this, {
    kind: 'note',
    schemaVersion: 1,
    title: (v) => v,
    revive: async (v) => (await Promise.resolve(typeof v === 'string' ? v.trim() : undefined)) || undefined,
  });
  override render() {
    return html`${this.draft.value}`;
  }
}
customElements.define('lazy-revive-host-test', LazyReviveHost);

describe('DraftController with a reviver that loads on demand', () => {
  afterEach(() => localStorage.clear());

  it('opens the saved draft, not the fresh one, once the reviver has answered', async () => {
    const repository = new MemoryRepository();
    await repository.saveDraft(
      { key: 'notes/lazy', kind: 'note', title: 't', value: '  saved earlier ', schemaVersion: 1 },
      null,
      new Date().toISOString(),
    );
    const host = await fixture<LazyReviveHost>(html`<lazy-revive-host-test></lazy-revive-host-test>`);
    await host.draft.connect(repository);
    await host.draft.open('notes/lazy', 'fresh');
    expect(host.draft.value).to.equal('saved earlier');
    expect(host.draft.status).to.equal('saved');
  });

  it('recovers a change stashed as the page closed through the same reviver', async () => {
    const repository = new MemoryRepository();
    stashPending('notes/lazy-pending', { value: ' typed before closing ', revision: null });
    const host = await fixture<LazyReviveHost>(html`<lazy-revive-host-test></lazy-revive-host-test>`);
    await host.draft.connect(repository);
    await host.draft.open('notes/lazy-pending', 'fresh');
    expect(host.draft.value).to.equal('typed before closing');
    await host.draft.flush();
    expect((await repository.getDraft('notes/lazy-pending'))?.value).to.equal('typed before closing');
  });
});

/** A note of at most 20 characters; a value that is not a string cannot be read. */
class TypedStateHost extends LitElement {
  readonly draft = new DraftController<string>(this, {
    kind: 'note',
    schemaVersion: 1,
    title: (v) => v,
    revive: (v) => (typeof v === 'string' ? v : undefined),
    explain: (v) => [{ path: '', message: `expected text, got ${typeof v}` }],
    overLimits: (v) => (v.length > 20 ? [{ field: 'note', over: v.length - 20 }] : []),
  });
  override render() {
    return html`${this.draft.value}`;
  }
}
customElements.define('typed-state-host-test', TypedStateHost);

/** The browser refusing a write because the disk is full, as IndexedDB reports it. */
class FullRepository extends MemoryRepository {
  override async saveDraft<T>(): Promise<StoredDraft<T>> {
    throw toStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  }
}

async function typedHost(repository: DraftRepository, key = 'typed/current'): Promise<TypedStateHost> {
  const host = await fixture<TypedStateHost>(html`<typed-state-host-test></typed-state-host-test>`);
  await host.draft.connect(repository);
  await host.draft.open(key, '');
  return host;
}

describe('DraftController states, as values for the views to word', () => {
  beforeEach(() => localStorage.clear());

  it('goes unsaved → saving → saved in IndexedDB, and the save state says saved', async () => {
    const host = await typedHost((await defaultRepository()).repository, `typed/${crypto.randomUUID()}`);
    host.draft.update('a note');
    expect(host.draft.saveState).to.equal('unsaved');
    const writing = host.draft.flush();
    expect(host.draft.saveState).to.equal('saving');
    await writing;
    expect(host.draft.saveState).to.equal('saved');
    expect(host.draft.error).to.equal(undefined);
  });

  it('fails with kind "quota" when the disk is full, keeping the value', async () => {
    const host = await typedHost(new FullRepository());
    host.draft.update('a note');
    await host.draft.flush();
    expect(host.draft.saveState).to.equal('failed');
    expect(host.draft.error?.kind).to.equal('quota');
    expect(host.draft.value).to.equal('a note');
  });

  it('is memory-only, never saved, where the browser keeps drafts in memory', async () => {
    const host = await typedHost(new MemoryRepository());
    host.draft.update('a note');
    await host.draft.flush();
    expect(host.draft.status).to.equal('saved');
    expect(host.draft.saveState).to.equal('memory-only');
  });

  it('is too-long, with the field and by how much, and writes nothing until it fits', async () => {
    const repository = new MemoryRepository();
    const host = await typedHost(repository);
    host.draft.update('x'.repeat(21));
    await host.draft.flush();
    expect(host.draft.saveState).to.equal('too-long');
    expect(host.draft.overLimits).to.deep.equal([{ field: 'note', over: 1 }]);
    expect(await repository.getDraft('typed/current')).to.equal(undefined);
  });

  it('notices "recovered" for changes stashed as the page closed', async () => {
    stashPending('typed/current', { value: 'typed before closing', revision: null });
    const host = await typedHost(new MemoryRepository());
    expect(host.draft.notice).to.equal('recovered');
  });

  it('notices "changed-in-another-tab" when an idle copy is refreshed, and is a typed conflict when busy', async () => {
    const repository = new MemoryRepository();
    const a = await typedHost(repository);
    const b = await typedHost(repository);
    a.draft.update('from A');
    await a.draft.flush();
    await waitUntil(() => b.draft.notice === 'changed-in-another-tab', 'B was not refreshed', { timeout: 20000 });
    b.draft.update('from B, unsaved');
    a.draft.update('from A again');
    await a.draft.flush();
    await waitUntil(() => b.draft.status === 'conflict', 'B was not told', { timeout: 20000 });
    expect(b.draft.error?.conflict?.reason).to.equal('changed');
  });

  it('lists a stored draft it cannot read as unreadable, with why, and keeps it aside untouched', async () => {
    const repository = new MemoryRepository();
    await repository.saveDraft(
      { key: 'typed/current', kind: 'note', title: 't', value: 42, schemaVersion: 1 },
      null,
      '2026-11-01T00:00:00Z',
    );
    const host = await typedHost(repository);
    expect(host.draft.unreadable).to.have.length(1);
    expect(host.draft.unreadable[0]!.problems).to.deep.equal([{ path: '', message: 'expected text, got number' }]);
    expect((host.draft.unreadable[0]!.raw as StoredDraft).value).to.equal(42);
    expect(host.draft.value).to.equal('');
  });
});
