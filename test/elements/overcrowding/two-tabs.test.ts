import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import type { OvercrowdingCheck } from '../../../src/elements/overcrowding-check/overcrowding-check.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import { defaultRepository } from '../../../src/storage/open.ts';
import { StorageError, type DraftToSave, type StoredDraft } from '../../../src/storage/repository.ts';
import type { OvercrowdingDraft } from '../../../src/schema/overcrowding.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  button,
  checkArrived,
  click,
  fillHousehold,
  freshDatabase,
  overcrowdingFixture,
  personControls,
  q,
  setValue,
} from './fixture.ts';

// Two tabs are two elements with the same storage key: they share IndexedDB and hear each other's saves.
const KEY = 'two-tabs';

type Tab = Awaited<ReturnType<typeof overcrowdingFixture>>;

const nameIn = (tab: Tab) => personControls(tab.root, 0).name.value;
const text = (tab: Tab, selector: string) =>
  tab.root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Tab A saves "Version A", then tab B opens the same check. */
async function twoTabs(): Promise<{ a: Tab; b: Tab }> {
  const a = await overcrowdingFixture({ storageKey: KEY });
  await fillHousehold(a.el, a.root, [{ name: 'Version A', age: '40', sex: 'female' }], []);
  // Filling waits for the check's code, so an earlier save may hold only part of it: save the rest now, as a
  // tab does when it is hidden.
  dispatchEvent(new Event('pagehide'));
  await waitUntil(() => text(a, '[part="status"]').includes('Saved on this device'), 'tab A did not save');
  const b = await overcrowdingFixture({ storageKey: KEY });
  expect(nameIn(b)).to.equal('Version A');
  return { a, b };
}

/** A saves a change while B has one it has not saved yet (A typed first, so A's save lands first). */
async function conflict(a: Tab, b: Tab): Promise<void> {
  const saved = oneEvent(a.el, 'hhsrs-draft-saved');
  await setValue(a.el, personControls(a.root, 0).name, 'Version A, saved again');
  await setValue(b.el, personControls(b.root, 0).name, 'Version B, not yet saved');
  await saved;
  await waitUntil(() => b.root.querySelector('[role="alert"][data-conflict]'), 'the second tab was not told');
  await b.el.updateComplete;
}

async function stored(): Promise<{ key: string; name: string | undefined }[]> {
  const { repository } = await defaultRepository();
  const drafts = await repository.listDrafts(KEY);
  return drafts
    .map((d) => ({ key: d.key, name: (d.value as OvercrowdingDraft).people[0]?.name }))
    .sort((x, y) => x.key.localeCompare(y.key));
}

describe('<overcrowding-check> in two tabs', () => {
  beforeEach(freshDatabase);

  it('tells a tab with unsaved changes that the other tab saved, and "Keep mine" keeps both versions', async function () {
    this.timeout(30000);
    const { a, b } = await twoTabs();
    await conflict(a, b);
    expect(text(b, '[data-conflict]')).to.contain('This check was changed in another tab');
    expect(text(b, '[data-conflict]')).to.contain('Your changes here are not saved yet');
    expect(nameIn(b)).to.equal('Version B, not yet saved', 'nothing typed is lost while the user decides');
    await expectAccessible(b.el, 'two-tab conflict');

    await click(b.el, button(b.root, 'Keep mine'));
    await waitUntil(
      () =>
        text(b, '#announcement') ===
        'Your version is saved. The version from the other tab is also kept on this device.',
      'not kept',
    );
    await b.el.updateComplete;
    expect(b.root.querySelector('[data-conflict]')).to.equal(null);
    expect(b.root.activeElement?.id).to.equal('title', 'focus goes to the heading, not lost with the banner');

    // Mine is the current draft; the other tab's version is set aside under the storage key, not lost.
    const drafts = await stored();
    expect(drafts.map((d) => d.name)).to.deep.equal(['Version B, not yet saved', 'Version A, saved again']);
    expect(drafts[0]?.key).to.equal(`${KEY}/current`);
    expect(drafts[1]?.key).to.match(/^two-tabs\/from-other-tab-\d+$/);

    // Tab A had nothing unsaved, so it now shows the version that was kept, and says so.
    await waitUntil(() => nameIn(a) === 'Version B, not yet saved', 'the other tab was not refreshed');
    expect(text(a, '[data-notice]')).to.contain(
      'This check was changed in another tab or window. You are now seeing the latest version.',
    );

    // "Delete my data" deletes the set-aside version too.
    await click(b.el, button(b.root, 'Delete my data'));
    await click(b.el, button(b.root, 'Yes, delete it'));
    await waitUntil(
      () => b.root.textContent?.includes('Your answers have been deleted from this device.'),
      'not deleted',
    );
    expect(await (await defaultRepository()).repository.countUnder(KEY)).to.equal(0);
  });

  it('"Use the other version" shows what the other tab saved and carries on saving from there', async function () {
    this.timeout(30000);
    const { a, b } = await twoTabs();
    await conflict(a, b);
    await click(b.el, button(b.root, 'Use the other version'));
    await waitUntil(() => nameIn(b) === 'Version A, saved again', 'the other version was not shown');
    await b.el.updateComplete;
    expect(b.root.querySelector('[data-conflict]')).to.equal(null);
    expect(text(b, '#announcement')).to.equal('You are now seeing the version from the other tab.');
    expect(await stored()).to.deep.equal([{ key: `${KEY}/current`, name: 'Version A, saved again' }]);

    const next = oneEvent(b.el, 'hhsrs-draft-saved');
    await setValue(b.el, personControls(b.root, 0).name, 'Version B, typed afterwards');
    await next;
    expect(b.root.querySelector('[data-conflict]')).to.equal(null);
    expect(await stored()).to.deep.equal([{ key: `${KEY}/current`, name: 'Version B, typed afterwards' }]);
  });

  it('refreshes an idle tab when the other tab saves, in the units it was saved in, with a notice', async function () {
    this.timeout(30000);
    const { a, b } = await twoTabs();
    expect(b.root.querySelector('[data-notice]')).to.equal(null);
    const saved = oneEvent(a.el, 'hhsrs-draft-saved');
    await setValue(a.el, personControls(a.root, 0).name, 'Changed in tab A');
    await click(a.el, q(a.root, '#units-imperial'));
    await saved;
    await waitUntil(() => nameIn(b) === 'Changed in tab A', 'the idle tab was not refreshed');
    await waitUntil(() => b.el.getAttribute('units') === 'imperial', 'the idle tab kept its old units');
    expect(text(b, '[data-notice]')).to.contain('You are now seeing the latest version.');
    expect(b.root.querySelector('[data-conflict]')).to.equal(null);
  });

  it('changes nothing when the other version cannot be set aside, and leaves the choice open', async function () {
    this.timeout(30000);
    // Storage that is full for anything but the draft itself.
    class NoRoomForACopy extends MemoryRepository {
      override async saveDraft<T>(
        draft: DraftToSave<T>,
        expectedRevision: number | null,
        now: string,
      ): Promise<StoredDraft<T>> {
        if (draft.key !== `${KEY}/current`) throw new StorageError('quota', 'out of space');
        return super.saveDraft(draft, expectedRevision, now);
      }
    }
    const repository = new NoRoomForACopy();
    const open = async () => {
      const el = await fixture<OvercrowdingCheck>(
        html`<overcrowding-check storage-key=${KEY} .repository=${repository}></overcrowding-check>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the draft did not load');
      await checkArrived(el);
      return { el, root: el.shadowRoot! };
    };
    const a = await open();
    const first = oneEvent(a.el, 'hhsrs-draft-saved');
    await fillHousehold(a.el, a.root, [{ name: 'Version A', age: '40', sex: 'female' }], []);
    await first;
    const b = await open();
    await conflict(a, b);

    await click(b.el, button(b.root, 'Keep mine'));
    await waitUntil(
      () => text(b, '#announcement').startsWith('Your latest changes could not be saved'),
      'the failure was not announced',
    );
    expect(b.root.querySelector('[data-conflict]'), 'the choice is still open').to.not.equal(null);
    expect(nameIn(b)).to.equal('Version B, not yet saved');
    expect((await repository.getDraft<OvercrowdingDraft>(`${KEY}/current`))?.value.people[0]?.name).to.equal(
      'Version A, saved again',
    );
  });
});
