import { expect, fixtureCleanup } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { defaultRepository } from '../../../src/storage/open.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { deepActiveElement, press } from '../../helpers/keyboard.ts';
import { button, click, fillHousehold, freshDatabase, overcrowdingFixture, q, type PersonInput } from './fixture.ts';

const family: PersonInput[] = [
  { name: 'Mum', age: '40', sex: 'female' },
  { name: 'Sam', age: '15', sex: 'male' },
];

async function saved(root: ShadowRoot): Promise<void> {
  dispatchEvent(new Event('pagehide'));
  await waitUntil(
    () => q(root, '[part="status"]').textContent?.includes('Saved on this device'),
    'the draft was not saved',
  );
}

const question = (root: ShadowRoot) => root.querySelector('[role="group"][aria-labelledby="confirm-delete-title"]');

describe('<overcrowding-check> "Delete my data"', () => {
  beforeEach(freshDatabase);

  it('asks first, and Cancel deletes nothing and puts focus back', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(el, root, family, [{ name: 'Bedroom', use: 'bedroom', area: '12' }]);
    await saved(root);
    const { repository } = await defaultRepository();

    const remove = button(root, 'Delete my data');
    expect(remove.getAttribute('aria-expanded')).to.equal('false');
    await click(el, remove);
    await el.updateComplete;
    expect(question(root)?.textContent).to.contain('Delete everything this tool saved?');
    expect(remove.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(button(root, 'Yes, delete it'), 'focus moves to the button that deletes');
    await expectAccessible(el, 'asking before deleting');

    await click(el, button(root, 'Cancel'));
    await el.updateComplete;
    expect(question(root)).to.equal(null);
    expect(root.activeElement).to.equal(remove, 'Cancel returns focus to "Delete my data"');
    expect(await repository.countUnder('test-overcrowding')).to.equal(1);
    expect(root.querySelectorAll('[part="person"]')).to.have.length(2);
  });

  it('deletes everything under its storage key once the user says yes, and nothing else', async function () {
    this.timeout(30000);
    const other = await overcrowdingFixture({ storageKey: 'other-check' });
    await fillHousehold(other.el, other.root, [{ name: 'Zed', age: '50', sex: 'male' }], []);
    await saved(other.root);
    fixtureCleanup();

    const { el, root } = await overcrowdingFixture();
    await fillHousehold(el, root, family, [{ name: 'Bedroom', use: 'bedroom', area: '12' }]);
    await saved(root);
    const { repository } = await defaultRepository();
    expect(await repository.countUnder('test-overcrowding')).to.equal(1);

    await click(el, button(root, 'Delete my data'));
    await click(el, button(root, 'Yes, delete it'));
    await waitUntil(
      () => root.textContent?.includes('Your answers have been deleted from this device.'),
      'no confirmation',
    );
    expect(await repository.countUnder('test-overcrowding')).to.equal(0);
    expect(await repository.countUnder('other-check')).to.equal(1);
    expect(root.querySelectorAll('[part="person"]')).to.have.length(0);
    expect(question(root)).to.equal(null);
    expect(el.result).to.equal(null);
    await el.updateComplete;
    expect(root.activeElement).to.equal(button(root, 'Delete my data'), 'focus is not lost when the question goes');

    // Nothing comes back: the empty form is not written until the user types again.
    fixtureCleanup();
    const again = await overcrowdingFixture();
    expect(again.root.querySelectorAll('[part="person"]')).to.have.length(0);
    expect(await repository.countUnder('test-overcrowding')).to.equal(0);
  });

  it('works from the keyboard: Enter asks, Escape cancels, Enter on "Yes, delete it" deletes', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(el, root, family, []);
    await saved(root);
    const { repository } = await defaultRepository();

    button(root, 'Delete my data').focus();
    await press('Enter');
    await el.updateComplete;
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Yes, delete it');
    await press('Escape');
    await el.updateComplete;
    expect(question(root)).to.equal(null);
    expect(deepActiveElement()?.id).to.equal('delete-data');

    await press('Enter');
    await el.updateComplete;
    await press('Enter');
    await waitUntil(
      () => root.textContent?.includes('Your answers have been deleted from this device.'),
      'no confirmation',
    );
    expect(await repository.countUnder('test-overcrowding')).to.equal(0);
  });
});
