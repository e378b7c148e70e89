import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import type { OvercrowdingCheck } from '../../../src/elements/overcrowding-check/overcrowding-check.ts';
import { defaultRepository } from '../../../src/storage/open.ts';
import {
  button,
  click,
  downloadedPdf,
  fillHousehold,
  findingText,
  freshDatabase,
  overcrowdingFixture,
  personControls,
  q,
  roomControls,
  setValue,
  tableRows,
  type PersonInput,
  type RoomInput,
} from './fixture.ts';

// A mother of 40 with a son of 15 and a daughter of 13 in a one-bedroom flat with a living room.
const family: PersonInput[] = [
  { name: 'Mum', age: '40', sex: 'female' },
  { name: 'Sam', age: '15', sex: 'male' },
  { name: 'Tia', age: '13', sex: 'female' },
];
const flat: RoomInput[] = [
  { name: 'Bedroom', use: 'bedroom', area: '10.22' },
  { name: 'Lounge', use: 'living', length: '3.5', width: '2.92' },
];

async function saved(root: ShadowRoot): Promise<void> {
  dispatchEvent(new Event('pagehide'));
  await waitUntil(
    () => q(root, '[part="status"]').textContent?.includes('Saved on this device'),
    'the draft was not saved',
  );
}

describe('<overcrowding-check> saving, printing and deleting', () => {
  beforeEach(freshDatabase);

  it('restores everything typed after a reload, wrong values and their errors included', async function () {
    this.timeout(30000);
    const first = await overcrowdingFixture();
    await fillHousehold(first.el, first.root, family, flat);
    await fillHousehold(first.el, first.root, [{ name: 'Gran', age: '200', sex: 'female' }], []);
    await saved(first.root);
    fixtureCleanup();

    const { el, root } = await overcrowdingFixture();
    expect([0, 1, 2, 3].map((n) => personControls(root, n).name.value)).to.deep.equal(['Mum', 'Sam', 'Tia', 'Gran']);
    expect(personControls(root, 3).age.value).to.equal('200');
    expect(root.getElementById(`${personControls(root, 3).age.id}-error`)?.textContent).to.contain(
      'Gran’s age must be 130 or less',
    );
    expect(roomControls(root, 1).length.value).to.equal('3.5');
    expect(roomControls(root, 1).width.value).to.equal('2.92');
    expect(personControls(root, 2).female.checked).to.equal(true);

    await click(el, button(root, 'Remove Gran'));
    // Sam (15) and Tia (13) may not share; Mum may share with Tia: two rooms are enough (s.325).
    expect(findingText(root, 'room')).to.contain('Met');
    // 3.5 m × 2.92 m is exactly 10.22 m² (110.007 sq ft): 2 under Table II, not 1½.
    expect(tableRows(root, 'Table II: each room to sleep in')[2]).to.deep.equal([
      'Lounge',
      '10.22 m² (110.01 sq ft)',
      '2 (110 sq ft or more)',
    ]);
    expect(findingText(root, 'verdict')).to.contain('Not overcrowded');
  });

  it('switches to feet without changing what was typed, and back again exactly', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(el, root, family, flat);
    const before = el.result;
    await click(el, q(root, '#units-imperial'));
    expect(el.getAttribute('units')).to.equal('imperial');
    const bedroom = roomControls(root, 0);
    expect(bedroom.area.value).to.equal('110.01');
    expect(root.getElementById(`${bedroom.area.id}-note`)?.textContent).to.contain('Converted from 10.22 m²');
    expect(q(root, 'label[for$="-area"]:not([for*="size"])').textContent).to.equal('Floor area (sq ft)');
    expect(roomControls(root, 1).length.value).to.equal('11.48');
    expect(el.result).to.deep.equal(before);
    expect(tableRows(root, 'Table II: each room to sleep in')[1]?.[1]).to.equal('110.01 sq ft (10.22 m²)');

    await setValue(el, roomControls(root, 0).area, '109');
    expect(findingText(root, 'space')).to.contain('1½ (90 to under 110 sq ft)');
    await click(el, q(root, '#units-metric'));
    expect(roomControls(root, 0).area.value).to.equal('10.13');
    expect(roomControls(root, 1).length.value).to.equal('3.5');
  });

  it('keeps its draft in the repository it is given, under <storage-key>/current', async function () {
    this.timeout(30000);
    const memory = new MemoryRepository();
    const el = await fixture<OvercrowdingCheck>(
      html`<overcrowding-check storage-key="given" .repository=${memory}></overcrowding-check>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('form'), 'the draft did not load');
    await fillHousehold(el, root, [family[0]!], []);
    dispatchEvent(new Event('pagehide'));
    await waitUntil(
      async () => (await memory.getDraft('given/current')) !== undefined,
      'the draft did not reach the repository',
    );
    const stored = await memory.getDraft<{ people: { name: string; age: string }[] }>('given/current');
    expect(stored?.value.people.map((p) => [p.name, p.age])).to.deep.equal([['Mum', '40']]);
    // A repository that keeps drafts in memory only is never reported as saving them.
    expect(q(root, '[part="status"]').textContent!.trim()).to.equal(
      'Not saved — kept in this page only. To keep the result, print it or download it as a PDF before you close the page.',
    );
    expect(root.textContent).not.to.contain('Saved on this device');
    expect(await (await defaultRepository()).repository.countUnder('given')).to.equal(0);
  });

  it('downloads a PDF with the verdict, the reasons and the figures', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    // The same family in one bedroom of 10.21 m² and a kitchen: overcrowded by both standards.
    await fillHousehold(el, root, family, [
      { name: 'Bedroom', use: 'bedroom', area: '10.21' },
      { name: 'Kitchen', use: 'kitchen', area: '6' },
    ]);
    const { text, info } = await downloadedPdf(el, root);
    const flatText = text.replace(/\s+/g, ' ');
    expect(info).to.match(/Title:\s+Overcrowding check/);
    expect(flatText).to.contain('Result: Overcrowded');
    expect(flatText).to.contain('The home is overcrowded: neither the room standard nor the space standard is met.');
    expect(flatText).to.contain('Mum (40) and Sam (15) are of opposite sexes, both aged 10 or over and not a couple');
    // s.326: 3 persons; Table I (1 room) 2; Table II 10.21 m² = 109.90 sq ft → 1½; permitted 1½.
    expect(flatText).to.contain('3 people counted, which is more than the 1½ permitted.');
    expect(flatText).to.contain('10.21 m² (109.90 sq ft)');
    expect(flatText).to.contain('1½ (90 to under 110 sq ft)');
    expect(flatText).to.contain('The household needs 3 bedrooms. The home has 1 bedroom.');
    expect(flatText).to.contain('hazard 11');
    expect(root.textContent).to.contain('Your PDF has been downloaded.');
  });
});
