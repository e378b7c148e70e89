import { expect, fixtureCleanup } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { emptyOvercrowdingDraft, OVERCROWDING_LIMITS } from '../../../src/schema/overcrowding-values.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import type { OvercrowdingDraft } from '../../../src/schema/overcrowding.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { captureDownloads } from '../../helpers/downloads.ts';
import { button, freshDatabase, overcrowdingFixture, personControls, q, roomControls, setValue } from './fixture.ts';

const KEY = 'test-overcrowding';
const status = (root: ShadowRoot) => q(root, '[part="status"]').textContent!.trim();
const savedNow = (root: ShadowRoot) => status(root).startsWith('Saved on this device at ');

const measure = (text = '') => ({ text, unit: 'metric' as const });
function household(name: string): OvercrowdingDraft {
  return {
    ...emptyOvercrowdingDraft(),
    people: [{ id: 'p1', name, age: '40', sex: 'female', partnerId: '' }],
    rooms: [
      {
        id: 'r1',
        name: 'Front bedroom',
        use: 'bedroom',
        size: 'area',
        area: measure('12'),
        length: measure(),
        width: measure(),
        lowCeiling: measure(),
      },
    ],
  };
}

/** A record put straight into IndexedDB, as an earlier version (or a damaged disk) left it. */
async function stored(value: unknown): Promise<Record<string, unknown>> {
  const record = {
    key: `${KEY}/current`,
    kind: 'overcrowding',
    title: 'Overcrowding check',
    value,
    revision: 3,
    createdAt: '2025-03-01T09:00:00Z',
    updatedAt: '2025-03-01T10:00:00Z',
    schemaVersion: 1,
  };
  const db = await openDatabase();
  await db.put('drafts', record as never);
  db.close();
  return record;
}

async function read(key: string): Promise<{ value: unknown } | undefined> {
  const db = await openDatabase();
  const found = (await db.get('drafts', key)) as { value: unknown } | undefined;
  db.close();
  return found;
}

describe('<overcrowding-check> never loses a record', function () {
  this.timeout(30_000);
  beforeEach(freshDatabase);

  for (const card of ['person', 'room'] as const) {
    const over = OVERCROWDING_LIMITS.name + 1;
    it(`at ${over} characters in a ${card}'s name, says so, drops nothing and saves once shortened`, async () => {
      await stored(household('Mum'));
      const { el, root } = await overcrowdingFixture({ storageKey: KEY });
      const field = (card === 'person' ? personControls(root, 0) : roomControls(root, 0)).name;
      // Words, as a real description would be: one unbroken string would widen the result tables instead.
      const long = `${'Nan who stays '.repeat(20).slice(0, OVERCROWDING_LIMITS.name)}x`;
      await setValue(el, field, long);
      await waitUntil(() => status(root).startsWith('Not saved'), 'the status did not say the answers are not saved', {
        timeout: 5000,
      });
      expect(field.value).to.equal(long);
      expect(q(root, `#${field.id}-count`).textContent!.trim()).to.equal('You have 1 character too many');
      expect(status(root)).to.equal(
        `Not saved: the name of ${card} 1 is 1 character too long. Shorten it to save your answers.`,
      );
      await expectAccessible(el, `${card} name one character too long`);

      await setValue(el, field, long.slice(1));
      await waitUntil(() => savedNow(root), 'the shortened name was not saved', { timeout: 20000 });
      fixtureCleanup();
      const again = await overcrowdingFixture({ storageKey: KEY });
      const reopened = card === 'person' ? personControls(again.root, 0) : roomControls(again.root, 0);
      expect(reopened.name.value).to.equal(long.slice(1));
    });
  }

  it('opens a check saved before names had a limit, with a name longer than the limit', async () => {
    const longName = 'Grandmother who stays most weeks '.repeat(10);
    await stored(household(longName));
    const { root } = await overcrowdingFixture({ storageKey: KEY });
    expect(personControls(root, 0).name.value).to.equal(longName);
    expect(root.querySelector('[data-unreadable]')).to.equal(null);
  });

  it('keeps a saved check it cannot read aside, says what could not be read, and exports it as it was', async () => {
    const record = await stored({ ...household('Mum'), people: 'Mum and two children' });
    const { el, root } = await overcrowdingFixture({ storageKey: KEY });
    await waitUntil(() => root.querySelector('[data-unreadable]'), 'no banner for the unreadable check');
    const banner = q(root, '[data-unreadable]');
    expect(banner.textContent).to.contain('Answers saved before could not be read');
    expect(banner.textContent).to.contain('people');
    await expectAccessible(el, 'unreadable check banner');

    const downloads = captureDownloads();
    try {
      button(root, 'Export the unreadable record as it is').click();
      expect(downloads.blobs).to.have.length(1);
      expect(JSON.parse(await downloads.blobs[0]!.text())).to.deep.equal(record);
    } finally {
      downloads.restore();
    }

    const asideKey = banner.dataset['unreadable']!;
    button(root, 'Add a person').click();
    await waitUntil(() => savedNow(root), 'the new answers were not saved', { timeout: 20000 });
    expect((await read(asideKey))?.value).to.deep.equal(record);

    button(root, 'Delete the unreadable record').click();
    await el.updateComplete;
    const question = q(root, '[data-confirm-unreadable]').textContent;
    expect(question).to.contain('If you have not exported it, it will be lost.');
    await expectAccessible(el, 'asking before deleting the unreadable check');
    button(root, 'Yes, delete it').click();
    await waitUntil(() => !root.querySelector('[data-unreadable]'), 'the banner stayed after deleting');
    expect(await read(asideKey)).to.equal(undefined);
  });
});
