import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { others } from '../../../src/elements/overcrowding-check/messages.ts';
import { en, type OvercrowdingMessages } from '../../../src/elements/overcrowding-check/screens/report/messages.ts';
import type { OvercrowdingCheck } from '../../../src/elements/overcrowding-check/overcrowding-check.ts';
import { OVERCROWDING_DRAFT_VERSION, type OvercrowdingDraft } from '../../../src/schema/overcrowding.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import { StorageError, type DraftToSave, type StoredDraft } from '../../../src/storage/repository.ts';
import { button, click, freshDatabase, personControls, setValue } from './fixture.ts';

/**
 * Ready for Welsh: with a pseudo-translation as the "cy" catalogue (every message wrapped in ⟦ ⟧), no
 * text the element shows may be left unwrapped, except figures and what the user typed. A string that
 * is not in the catalogue shows up here by name.
 */

// `locale` is not words but the Intl locale the figures are written in.
const UNTRANSLATED: ReadonlySet<string> = new Set(['locale']);

function pseudo(): Partial<OvercrowdingMessages> {
  const wrap = (text: string) => `⟦${text}⟧`;
  const entries = Object.entries(en)
    .filter(([key]) => !UNTRANSLATED.has(key))
    .map(([key, message]) => [
      key,
      typeof message === 'function'
        ? (...args: never[]) => wrap((message as (...a: never[]) => string)(...args))
        : wrap(message),
    ]);
  return Object.fromEntries(entries) as Partial<OvercrowdingMessages>;
}

const metres = (text: string) => ({ text, unit: 'metric' as const });
const feet = (text: string) => ({ text, unit: 'imperial' as const });
const blank = metres('');

// Everything the form can show: a couple, a teenager, a child and a baby; rooms by area and by length ×
// width, one typed in feet (shown converted), a low ceiling in a licensed HMO, a kitchen.
const NAMES = ['Mum', 'Dad', 'Sami', 'Lena', 'Baby', 'Front bedroom', 'Attic', 'Lounge', 'Kitchen'];
const draft: OvercrowdingDraft = {
  version: OVERCROWDING_DRAFT_VERSION,
  units: 'metric',
  hmo: true,
  people: [
    { id: 'mum', name: 'Mum', age: '38', sex: 'female', partnerId: 'dad' },
    { id: 'dad', name: 'Dad', age: '40', sex: 'male', partnerId: 'mum' },
    { id: 'son', name: 'Sami', age: '15', sex: 'male', partnerId: '' },
    { id: 'girl', name: 'Lena', age: '5', sex: 'female', partnerId: '' },
    { id: 'baby', name: 'Baby', age: '0', sex: 'male', partnerId: '' },
  ],
  rooms: [
    {
      id: 'b1',
      name: 'Front bedroom',
      use: 'bedroom',
      size: 'area',
      area: feet('120'),
      length: blank,
      width: blank,
      lowCeiling: blank,
    },
    {
      id: 'b2',
      name: 'Attic',
      use: 'bedroom',
      size: 'dimensions',
      area: blank,
      length: metres('3'),
      width: metres('2.5'),
      lowCeiling: metres('1.2'),
    },
    {
      id: 'lr',
      name: 'Lounge',
      use: 'living',
      size: 'area',
      area: metres('14'),
      length: blank,
      width: blank,
      lowCeiling: blank,
    },
    {
      id: 'k',
      name: 'Kitchen',
      use: 'kitchen',
      size: 'area',
      area: metres('6'),
      length: blank,
      width: blank,
      lowCeiling: blank,
    },
  ],
};

/** Text in the element's shadow root that is neither a catalogue message, a figure, nor typed by the user. */
function unwrapped(el: OvercrowdingCheck): string[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const figure = /^[\d.,½:()–-]*$/.test(text);
    if (!figure && !NAMES.includes(text) && !/^⟦.*⟧$/s.test(text)) found.push(text);
  }
  return found;
}

async function saved<R extends MemoryRepository>(repository: R): Promise<R> {
  await repository.saveDraft(
    { key: 'words/current', kind: 'overcrowding', title: 'Saved', value: draft, schemaVersion: 1 },
    null,
    '2026-01-01T10:00:00Z',
  );
  return repository;
}

async function welsh(repository: MemoryRepository): Promise<OvercrowdingCheck> {
  const el = await fixture<OvercrowdingCheck>(
    html`<overcrowding-check lang="cy" storage-key="words" .repository=${repository}></overcrowding-check>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="finding-hmo"]'), 'the saved check did not load', {
    timeout: 20000,
  });
  // The person cards arrive with their own code; a user waits for them before typing.
  await waitUntil(() => el.shadowRoot!.querySelector('[part="person"]'), 'the people were not shown', {
    timeout: 20000,
  });
  await el.updateComplete;
  return el;
}

/** Saving fails as a full disk does; the storage layer's own English must not reach the page. */
class FullDisk extends MemoryRepository {
  full = false;
  override async saveDraft<T>(
    draft: DraftToSave<T>,
    expectedRevision: number | null,
    now: string,
  ): Promise<StoredDraft<T>> {
    if (this.full) throw new StorageError('quota', 'English words from the storage layer');
    return super.saveDraft(draft, expectedRevision, now);
  }
}

describe('<overcrowding-check> words, ready for Welsh', () => {
  let before: Partial<OvercrowdingMessages> | undefined;
  beforeEach(async () => {
    await freshDatabase();
    before = others.cy;
    others.cy = pseudo();
  });
  afterEach(() => {
    if (before) others.cy = before;
    else delete others.cy;
  });

  it('shows only catalogue words with results, converted figures and an HMO', async function () {
    this.timeout(30000);
    const el = await welsh(await saved(new MemoryRepository()));
    expect(el.shadowRoot!.textContent).to.contain('⟦Converted from 120 ⟦sq ft⟧.');
    expect(unwrapped(el)).to.deep.equal([]);
  });

  it('shows only catalogue words in errors, the delete question and the announcement', async function () {
    this.timeout(30000);
    const el = await welsh(await saved(new MemoryRepository()));
    const root = el.shadowRoot!;
    await click(el, button(root, '⟦Add a person⟧'));
    await setValue(el, personControls(root, 5).age, 'ten');
    await click(el, button(root, '⟦Check overcrowding⟧'));
    await waitUntil(() => root.querySelector('.error-summary'), 'no error summary');
    await click(el, button(root, '⟦Delete my data⟧'));
    expect(unwrapped(el)).to.deep.equal([]);
    await click(el, button(root, '⟦Yes, delete it⟧'));
    await waitUntil(
      () => root.textContent?.includes('⟦Your answers have been deleted from this device.⟧'),
      'not deleted',
    );
    expect(unwrapped(el)).to.deep.equal([]);
  });

  it('shows only catalogue words when a save fails', async function () {
    this.timeout(30000);
    const disk = await saved(new FullDisk());
    disk.full = true;
    const el = await welsh(disk);
    const root = el.shadowRoot!;
    await setValue(el, personControls(root, 0).name, 'Mum');
    await waitUntil(() => root.querySelector('[data-save-failed]'), 'the failure was not shown');
    await el.updateComplete;
    expect(root.querySelector('[data-save-failed]')?.textContent).to.contain('⟦This device is out of storage space');
    expect(unwrapped(el)).to.deep.equal([]);
  });

  it('shows only catalogue words in the two-tab conflict and the refresh notice', async function () {
    this.timeout(30000);
    const repository = await saved(new MemoryRepository());
    const a = await welsh(repository);
    const b = await welsh(repository);
    const aSaved = new Promise((resolve) => a.addEventListener('hhsrs-draft-saved', resolve, { once: true }));
    await setValue(a, personControls(a.shadowRoot!, 0).name, 'Mum');
    await setValue(b, personControls(b.shadowRoot!, 1).name, 'Dad');
    await aSaved;
    await waitUntil(() => b.shadowRoot!.querySelector('[data-conflict]'), 'no conflict');
    await b.updateComplete;
    expect(unwrapped(b)).to.deep.equal([]);
    await click(b, button(b.shadowRoot!, '⟦Keep mine⟧'));
    await waitUntil(() => a.shadowRoot!.querySelector('[data-notice]'), 'the idle tab was not refreshed');
    await a.updateComplete;
    expect(unwrapped(a)).to.deep.equal([]);
    expect(unwrapped(b)).to.deep.equal([]);
  });
});
