import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { deepActiveElement, press, tabUntil, type } from '../../helpers/keyboard.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { findingText, freshDatabase, overcrowdingFixture, personControls, roomControls } from './fixture.ts';

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const isButton = (label: string) => (el: Element) => el.tagName === 'BUTTON' && text(el) === label;
const active = () => deepActiveElement() as HTMLElement;

describe('<overcrowding-check> with the keyboard only', () => {
  beforeEach(freshDatabase);

  it('takes a mother and her son of 11 from an empty form to a result', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();

    await tabUntil(isButton('Add a single parent with 1 child'));
    await press('Enter');
    await el.updateComplete;
    // The person cards' code may still be on its way: focus moves once the cards are drawn.
    await waitUntil(() => root.querySelector('[part="person"]'), 'the person cards never arrived', { timeout: 20000 });
    await waitUntil(
      () => active() === personControls(root, 0).age,
      'focus did not move to the first new person’s age',
      { timeout: 20000 },
    );
    await type('34');
    await press('Tab');
    expect(active()).to.equal(personControls(root, 0).female);
    await press('Space');
    await tabUntil((e) => e === personControls(root, 1).age);
    await type('11');
    await press('Tab');
    await press('ArrowRight');
    expect(personControls(root, 1).male.checked).to.equal(true);

    // Asking too early lists what is missing, and the summary takes focus.
    await tabUntil(isButton('Check overcrowding'));
    await press('Enter');
    await waitUntil(() => active()?.classList.contains('error-summary'), 'the error summary did not take focus');
    expect(text(active())).to.contain('Add at least one room');
    await press('Tab');
    await press('Enter');
    expect(active().id).to.equal('add-room', 'the error link goes to the button that adds a room');

    await press('Enter');
    await el.updateComplete;
    expect(active()).to.equal(roomControls(root, 0).name);
    await type('Bedroom');
    await press('Tab');
    await press('ArrowDown');
    expect(roomControls(root, 0).use.value).to.equal('bedroom');
    await tabUntil((e) => e === roomControls(root, 0).area);
    await type('10.22');

    await tabUntil((e) => e.id === 'add-room');
    await press('Enter');
    await el.updateComplete;
    await type('Lounge');
    await press('Tab');
    // Bedroom, Box room, then Living room: the uses that count come first.
    await press('ArrowDown');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(roomControls(root, 1).use.value).to.equal('living');
    await press('Tab');
    await press('ArrowRight');
    await el.updateComplete;
    expect(roomControls(root, 1).byDimensions.checked).to.equal(true);
    await tabUntil((e) => e === roomControls(root, 1).length);
    await type('4');
    await press('Tab');
    expect(active()).to.equal(roomControls(root, 1).width);
    await type('3');

    await tabUntil(isButton('Check overcrowding'));
    await press('Enter');
    await waitUntil(() => active()?.id === 'results-heading', 'focus did not move to the results');
    // s.325: a woman of 34 and a boy of 11 need separate rooms, and there are two (bedroom and living room).
    expect(findingText(root, 'room')).to.contain('Bedroom: Adult 1');
    expect(findingText(root, 'room')).to.contain('Lounge: Child 1');
    // s.326: 2 persons; Table I 2 rooms → 3; Table II 10.22 m² → 2 and 12 m² → 2; permitted 3.
    expect(findingText(root, 'space')).to.contain('2 people counted, and 3 permitted.');
    expect(findingText(root, 'verdict')).to.contain('Not overcrowded');
    await expectAccessible(el, 'results reached by keyboard');
  });
});
