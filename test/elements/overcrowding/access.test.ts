import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  all,
  button,
  click,
  fillHousehold,
  findingText,
  freshDatabase,
  overcrowdingFixture,
  q,
  type PersonInput,
  type RoomInput,
} from './fixture.ts';

const household: PersonInput[] = [
  { name: 'Aleksandra Wiśniewska-Kowalczyk', age: '41', sex: 'female' },
  { name: 'Bartholomew', age: '43', sex: 'male', partner: 'Aleksandra Wiśniewska-Kowalczyk' },
  { name: 'Cleo', age: '16', sex: 'female' },
  { name: 'Dara', age: '7', sex: 'male' },
  { name: 'Eli', age: '0', sex: 'male' },
];
const rooms: RoomInput[] = [
  { name: 'Front bedroom overlooking the garden', use: 'bedroom', area: '12.5' },
  { name: 'Attic', use: 'bedroom', area: '9', lowCeiling: '2.6' },
  { name: 'Living room', use: 'living', length: '4.2', width: '3.6' },
  { name: 'Kitchen', use: 'kitchen', area: '7' },
];

/** Nothing sticks out sideways: the page, the element and every table fit the width. */
function expectNoHorizontalOverflow(host: HTMLElement, root: ShadowRoot): void {
  expect(document.documentElement.scrollWidth, 'page').to.be.at.most(document.documentElement.clientWidth);
  expect(host.scrollWidth, 'element').to.be.at.most(host.clientWidth);
  for (const wrap of all(root, '.table-wrap'))
    expect(wrap.scrollWidth, `table ${wrap.querySelector('caption')?.textContent ?? ''}`).to.be.at.most(
      wrap.clientWidth,
    );
}

describe('<overcrowding-check> accessibility and narrow screens', () => {
  beforeEach(freshDatabase);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('passes axe when empty, part filled, with errors and with results', async function () {
    this.timeout(40000);
    const { el, root } = await overcrowdingFixture();
    await expectAccessible(el, 'empty');
    await click(el, button(root, 'Add a couple with 2 children'));
    await click(el, button(root, 'Add a room'));
    await expectAccessible(el, 'filled');
    await click(el, button(root, 'Check overcrowding'));
    expect(root.querySelector('.error-summary')).not.to.equal(null);
    await expectAccessible(el, 'errors');
    await click(el, button(root, 'Remove Adult 1'));
    await click(el, button(root, 'Remove Adult 2'));
    await click(el, button(root, 'Remove Child 1'));
    await click(el, button(root, 'Remove Child 2'));
    await click(el, button(root, 'Remove Room 1'));
    await click(el, q(root, '#hmo'));
    await fillHousehold(el, root, household, rooms);
    expect(findingText(root, 'hmo')).to.contain('Who may sleep there');
    await expectAccessible(el, 'results');
  });

  it('fits a 320 px screen with long names and every result showing', async function () {
    this.timeout(30000);
    await setViewport({ width: 320, height: 640 });
    const { el, root } = await overcrowdingFixture();
    await click(el, q(root, '#hmo'));
    await fillHousehold(el, root, household, rooms);
    expect(findingText(root, 'verdict')).to.contain('overcrowded');
    expectNoHorizontalOverflow(el, root);
    await click(el, button(root, 'Check overcrowding'));
    expectNoHorizontalOverflow(el, root);
  });
});
