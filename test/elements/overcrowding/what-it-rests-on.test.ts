import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import type { OvercrowdingCheck } from '../../../src/elements/overcrowding-check/overcrowding-check.ts';
import { overcrowdingDraftSchema } from '../../../src/schema/overcrowding.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  all,
  button,
  checkArrived,
  click,
  downloadedPdf,
  fillHousehold,
  findingText,
  freshDatabase,
  overcrowdingFixture,
  personControls,
  q,
  roomControls,
  type PersonInput,
} from './fixture.ts';

const brother: PersonInput = { name: 'Tom', age: '12', sex: 'male' };
const sister: PersonInput = { name: 'Ann', age: '12', sex: 'female' };
const status = (root: ShadowRoot, id: string) =>
  (root.querySelector(`[part~="finding-${id}"] .finding__status strong`)?.textContent ?? '').trim();

describe('<overcrowding-check> which rooms count (s.325(2)(b), s.326(2)(b))', () => {
  beforeEach(freshDatabase);

  it('asks what each room is used as with the examples, grouped as counting, may count (you decide) or not counting', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    await click(el, button(root, 'Add a room'));
    const { use } = roomControls(root, 0);
    const groups = [...use.querySelectorAll('optgroup')].map((group) => [
      group.label,
      [...group.querySelectorAll('option')].map((o) => o.text),
    ]);
    expect(groups).to.deep.equal([
      ['Counts as a room to sleep in', ['Bedroom', 'Box room', 'Living room', 'Dining room', 'Study']],
      ['May count: you decide', ['Kitchen-diner']],
      [
        'Does not count',
        [
          'Kitchen',
          'Bathroom or toilet',
          'Hall or landing',
          'Store room or utility room',
          'Another room that is not a bedroom or living room',
        ],
      ],
    ]);
    expect(q(root, `#${use.id}-hint`).textContent).to.contain(
      'a dining room, study or box room usually does. A large kitchen-diner may count.',
    );
    await expectAccessible(el, 'room use with its examples');
  });

  it('counts a dining room as a room to sleep in, so a brother and sister of 12 can sleep apart; a hall does not', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(
      el,
      root,
      [brother, sister],
      [
        { name: 'Bedroom', use: 'bedroom', area: '12' },
        { name: 'Dining room', use: 'dining', area: '12' },
      ],
    );
    expect(status(root, 'room')).to.equal('Met');
    expect(findingText(root, 'room')).to.contain('Dining room: Tom');
    const dining = roomControls(root, 1);
    dining.use.value = 'hall';
    dining.use.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(status(root, 'room')).to.equal('Not met');
    expect(el.result?.room.roomsAvailable).to.equal(1);
  });

  it('asks whether a kitchen-diner counts, says what to do when unanswered, and says the result depends on the answer', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(
      el,
      root,
      [brother, sister],
      [
        { name: 'Bedroom', use: 'bedroom', area: '12' },
        { name: 'Kitchen-diner', use: 'kitchen-diner', area: '18' },
      ],
    );
    const card = roomControls(root, 1).card;
    expect(card.querySelector('legend.label')?.textContent).to.equal(
      'Is Kitchen-diner big enough to be used as a living room or bedroom in homes in this area?',
    );
    await click(el, button(root, 'Check overcrowding'));
    await waitUntil(() => root.querySelector('.error-summary'), 'no error summary');
    expect(card.querySelector('.error-message')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Select whether Kitchen-diner counts as a room to sleep in',
    );
    expect(el.result).to.equal(null);
    await expectAccessible(el, 'kitchen-diner not yet decided');

    await click(el, card.querySelector<HTMLInputElement>('input[id$="-counts-yes"]')!);
    expect(status(root, 'room')).to.equal('Met');
    expect(findingText(root, 'verdict')).to.contain(
      'This result depends on your answer that Kitchen-diner counts as a room to sleep in.',
    );
    await click(el, card.querySelector<HTMLInputElement>('input[id$="-counts-no"]')!);
    expect(status(root, 'room')).to.equal('Not met');
    expect(findingText(root, 'verdict')).to.contain(
      'This result depends on your answer that Kitchen-diner does not count as a room to sleep in.',
    );
    await expectAccessible(el, 'kitchen-diner decided');
  });

  it('opens a draft saved before the finer uses, its "other" room still not counted and nothing asked again', async function () {
    this.timeout(30000);
    const memory = new MemoryRepository();
    const measure = (text: string) => ({ text, unit: 'metric' as const });
    // The shape of a version 1 draft from before: no `counts`, uses from the first list.
    const old = {
      version: 1,
      units: 'metric',
      hmo: false,
      people: [
        { id: 'p1', name: 'Tom', age: '12', sex: 'male', partnerId: '' },
        { id: 'p2', name: 'Ann', age: '12', sex: 'female', partnerId: '' },
      ],
      rooms: [
        {
          id: 'r1',
          name: 'Bedroom',
          use: 'bedroom',
          size: 'area',
          area: measure('12'),
          length: measure(''),
          width: measure(''),
          lowCeiling: measure(''),
        },
        {
          id: 'r2',
          name: 'Box',
          use: 'other',
          size: 'area',
          area: measure('6'),
          length: measure(''),
          width: measure(''),
          lowCeiling: measure(''),
        },
      ],
    };
    const parsed = overcrowdingDraftSchema.safeParse(old);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    await memory.saveDraft(
      { key: 'old-uses/current', kind: 'overcrowding', title: 'Saved', value: old, schemaVersion: 1 },
      null,
      '2026-01-01T10:00:00Z',
    );
    const el = document.createElement('overcrowding-check') as OvercrowdingCheck;
    el.setAttribute('storage-key', 'old-uses');
    el.repository = memory;
    document.body.append(el);
    const root = el.shadowRoot!;
    await waitUntil(
      () => root.querySelector('[part~="finding-room"]'),
      'the saved check did not open with its result',
      { timeout: 20000 },
    );
    await checkArrived(el);
    expect(roomControls(root, 1).use.value).to.equal('other');
    expect(status(root, 'room')).to.equal('Not met');
    expect(all(root, '.error-message')).to.have.length(0);
    el.remove();
  });
});

describe('<overcrowding-check> a couple (s.325, FACTS §5)', () => {
  beforeEach(freshDatabase);

  it('refuses a partner under 16 on that person’s card and in the error summary', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(
      el,
      root,
      [
        { name: 'Dan', age: '17', sex: 'male' },
        { name: 'Eve', age: '15', sex: 'female', partner: 'Dan' },
      ],
      [{ name: 'Bedroom', use: 'bedroom', area: '12' }],
    );
    const eve = personControls(root, 1);
    const message =
      'Eve is under 16, so cannot be one of a couple. Choose "Not part of a couple here" for Eve, or correct their age';
    expect(eve.card.querySelector('.error-message')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      `Error: ${message}`,
    );
    expect(eve.partner.getAttribute('aria-invalid')).to.equal('true');
    expect(el.result).to.equal(null);
    await click(el, button(root, 'Check overcrowding'));
    await waitUntil(() => root.querySelector('.error-summary'), 'no error summary');
    expect(q(root, '.error-summary').textContent).to.contain(message);
    await expectAccessible(el, 'partner under 16');
  });

  it('says in words when the room standard is met only by parting the couple, on screen and in the PDF', async function () {
    this.timeout(60000);
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(
      el,
      root,
      [
        { name: 'Mum', age: '40', sex: 'female' },
        { name: 'Dad', age: '42', sex: 'male', partner: 'Mum' },
        { name: 'Son', age: '12', sex: 'male' },
        { name: 'Daughter', age: '12', sex: 'female' },
      ],
      [
        { name: 'Front bedroom', use: 'bedroom', area: '12' },
        { name: 'Back bedroom', use: 'bedroom', area: '12' },
      ],
    );
    const words = 'Met if the couple Mum and Dad sleep apart: Mum with Daughter, Dad with Son.';
    expect(status(root, 'room')).to.equal('Met if the couple sleep apart');
    expect(findingText(root, 'room')).to.contain(words);
    expect(findingText(root, 'verdict')).to.contain('This rests on Mum and Dad, a couple, sleeping apart.');
    await expectAccessible(el, 'met by parting a couple');

    // -layout wraps lines: the words are compared with the spaces collapsed.
    const pdf = (await downloadedPdf(el, root)).text.replace(/\s+/g, ' ');
    expect(pdf).to.contain(words);
    expect(pdf).to.contain('Result: Met if the couple sleep apart');
  });
});
