import { expect, fixtureCleanup } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { emptyOvercrowdingDraft } from '../../../src/schema/overcrowding-values.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  downloadedPdf,
  fillHousehold,
  freshDatabase,
  overcrowdingFixture,
  q,
  setValue,
  type PersonInput,
} from './fixture.ts';

const KEY = 'test-overcrowding';
const status = (root: ShadowRoot) => q(root, '[part="status"]').textContent!.trim();
/** The "which home" summary list above the result, as [label, value] pairs. */
const homeRows = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part="home"] > div')].map((row) => [
    row.querySelector('dt')?.textContent?.trim(),
    row.querySelector('dd')?.textContent?.trim(),
  ]);
const family: PersonInput[] = [
  { name: 'Mum', age: '40', sex: 'female' },
  { name: 'Sam', age: '15', sex: 'male' },
];

describe('<overcrowding-check> says which home it is about', function () {
  this.timeout(60_000);
  beforeEach(freshDatabase);
  afterEach(fixtureCleanup);

  it('keeps the address and reference with the saved check, and prints them first in the PDF', async () => {
    const { el, root } = await overcrowdingFixture({ storageKey: KEY });
    const address = q<HTMLInputElement>(root, 'input#address');
    const reference = q<HTMLInputElement>(root, 'input#reference');
    expect(root.querySelector('label[for="address"]')?.textContent?.trim()).to.equal('Address');
    expect(root.querySelector('label[for="reference"]')?.textContent?.trim()).to.equal('Reference (optional)');
    await setValue(el, address, 'Flat 3, 9 Canal Street, Anytown AN4 5GH');
    await setValue(el, reference, 'OC-2026-118');
    await fillHousehold(el, root, family, [
      { name: 'Bedroom', use: 'bedroom', area: '10.21' },
      { name: 'Living room', use: 'living', area: '14' },
    ]);
    await waitUntil(() => status(root).startsWith('Saved on this device at '), 'not saved', { timeout: 20000 });
    await expectAccessible(el, 'the home and its result');

    // The result on screen names the home.
    expect(homeRows(root)).to.deep.equal([
      ['Address', 'Flat 3, 9 Canal Street, Anytown AN4 5GH'],
      ['Reference', 'OC-2026-118'],
    ]);

    // Reopened, as the next visit would: the same home.
    fixtureCleanup();
    const again = await overcrowdingFixture({ storageKey: KEY });
    expect(q<HTMLInputElement>(again.root, 'input#address').value).to.equal('Flat 3, 9 Canal Street, Anytown AN4 5GH');
    expect(q<HTMLInputElement>(again.root, 'input#reference').value).to.equal('OC-2026-118');

    // The PDF says which home before anything else.
    const { text } = await downloadedPdf(again.el, again.root);
    const flat = text.replace(/\s+/g, ' ');
    const at = flat.indexOf('Address Flat 3, 9 Canal Street, Anytown AN4 5GH');
    expect(at, 'the address in the PDF').to.be.greaterThan(-1);
    expect(flat).to.contain('Reference OC-2026-118');
    expect(at).to.be.lessThan(flat.indexOf('Result:'));
  });

  it('says the address was not given rather than printing a blank, and opens checks saved before it was asked', async () => {
    // A check saved by an earlier version has no home at all.
    const db = await openDatabase();
    await db.put('drafts', {
      key: `${KEY}/current`,
      kind: 'overcrowding',
      title: 'Overcrowding check',
      value: emptyOvercrowdingDraft(),
      revision: 1,
      createdAt: '2025-03-01T09:00:00Z',
      updatedAt: '2025-03-01T10:00:00Z',
      schemaVersion: 1,
    } as never);
    db.close();
    const { el, root } = await overcrowdingFixture({ storageKey: KEY });
    expect(q<HTMLInputElement>(root, 'input#address').value).to.equal('');
    await fillHousehold(el, root, family, [
      { name: 'Bedroom', use: 'bedroom', area: '10.21' },
      { name: 'Living room', use: 'living', area: '14' },
    ]);
    expect(homeRows(root)).to.deep.equal([['Address', 'Not given']]);
  });

  it('holds the save, and says why, while the address is longer than 300 characters', async () => {
    const { el, root } = await overcrowdingFixture({ storageKey: KEY });
    await setValue(el, q<HTMLInputElement>(root, 'input#address'), 'A'.repeat(301));
    await waitUntil(() => status(root).startsWith('Not saved'), 'the save was not held', { timeout: 20000 });
    expect(status(root)).to.equal('Not saved: the address is 1 character too long. Shorten it to save your answers.');
    expect(q(root, '#address-count').textContent!.trim()).to.equal('You have 1 character too many');
    await setValue(el, q<HTMLInputElement>(root, 'input#address'), 'A'.repeat(300));
    await waitUntil(() => status(root).startsWith('Saved on this device at '), 'not saved once it fits', {
      timeout: 20000,
    });
  });
});
