import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import type { OvercrowdingCheck } from '../../../src/elements/overcrowding-check/overcrowding-check.ts';
import { SCREENS } from '../../../src/elements/overcrowding-check/screens.ts';
import { emptyOvercrowdingDraft, type OvercrowdingDraft } from '../../../src/schema/overcrowding.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import {
  button,
  checkArrived,
  click,
  fillHousehold,
  findingText,
  freshDatabase,
  personControls,
  roomControls,
} from './fixture.ts';

/**
 * The form is the first screen; the rest of the check (reading what was typed, the law, the results) and the
 * schema that reads a saved check are fetched when first needed. When a fetch fails, as it does on a dropped
 * connection, the user is told, keeps everything typed or saved, and can try again.
 *
 * The element fetches with import(), which a test cannot make fail; so each test makes the next fetch of one
 * entry of the element's screen table fail, as a dropped connection would; the fetch after that loads the
 * real module.
 */
function failingOnce(entry: { load: () => Promise<unknown> }): void {
  const load = entry.load;
  entry.load = () => {
    entry.load = load;
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
}

function element(storageKey: string, repository?: MemoryRepository): OvercrowdingCheck {
  const el = document.createElement('overcrowding-check');
  el.setAttribute('storage-key', storageKey);
  if (repository) el.repository = repository;
  document.body.append(el);
  return el;
}

const alertIn = (root: ShadowRoot, selector: string) =>
  root.querySelector(`${selector} [role="alert"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<overcrowding-check> parts that arrive when first needed', () => {
  beforeEach(freshDatabase);

  it('says when the results cannot load, keeps what was typed, and shows the results on "Try again"', async function () {
    this.timeout(30000);
    failingOnce(SCREENS.report);
    const el = element('arriving-results');
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('form'), 'the form did not show');
    await fillHousehold(
      el,
      root,
      [{ name: 'Ada', age: '30', sex: 'female' }],
      [{ name: 'Bedroom', use: 'bedroom', area: '12' }],
    );

    expect(alertIn(root, '[part="results"]')).to.contain(
      'This part of the page could not load. Check your connection, then try again.',
    );
    expect(personControls(root, 0).name.value).to.equal('Ada');
    expect(roomControls(root, 0).area.value).to.equal('12');
    expect(el.result).to.equal(null);

    await click(el, button(root, 'Try again'));
    await waitUntil(
      () => findingText(root, 'verdict').includes('Not overcrowded'),
      'the results did not show after trying again',
    );
    expect(root.querySelector('[part="results"] [role="alert"]')).to.equal(null);
    expect(el.result?.overcrowded).to.equal(false);
    el.remove();
  });

  it('says when the people\'s cards cannot load, keeps the household added, and shows the cards on "Try again"', async function () {
    this.timeout(30000);
    const memory = new MemoryRepository();
    failingOnce(SCREENS.cards);
    const el = element('arriving-cards', memory);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('form'), 'the form did not show');
    button(root, 'Add a couple').click();
    await waitUntil(() => alertIn(root, 'form'), 'the failure was not shown');

    expect(alertIn(root, 'form')).to.contain(
      'This part of the page could not load. Check your connection, then try again.',
    );
    await waitUntil(
      async () => (await memory.getDraft<OvercrowdingDraft>('arriving-cards/current'))?.value.people.length === 2,
      'the couple was not saved',
    );

    button(root, 'Try again').click();
    await waitUntil(
      () => root.querySelectorAll('[part="person"]').length === 2,
      'the cards did not show after trying again',
    );
    await el.updateComplete;
    expect(personControls(root, 0).name.value).to.equal('Adult 1');
    expect(personControls(root, 1).name.value).to.equal('Adult 2');
    expect(root.activeElement, "focus waits for the first new person's age").to.equal(personControls(root, 0).age);
    expect(root.querySelector('form [role="alert"]')).to.equal(null);
    el.remove();
  });

  it('keeps a saved check unread and untouched when the code to read it cannot load, and opens it on "Try again"', async function () {
    this.timeout(30000);
    const memory = new MemoryRepository();
    const draft: OvercrowdingDraft = {
      ...emptyOvercrowdingDraft(),
      people: [{ id: 'p1', name: 'Saved person', age: '41', sex: 'male', partnerId: '' }],
    };
    await memory.saveDraft(
      { key: 'arriving-saved/current', kind: 'overcrowding', title: 'Saved', value: draft, schemaVersion: 1 },
      null,
      '2026-01-01T10:00:00Z',
    );
    failingOnce(SCREENS.saved);
    const el = element('arriving-saved', memory);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[role="alert"]'), 'the failure was not shown');

    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('Nothing you have entered is lost.');
    expect(root.querySelector('form')).to.equal(null, 'no empty form in place of the saved check');
    expect((await memory.getDraft('arriving-saved/current'))?.value).to.deep.equal(draft);

    await click(el, button(root, 'Try again'));
    await waitUntil(() => root.querySelector('form'), 'the saved check did not open after trying again');
    await checkArrived(el);
    expect(personControls(root, 0).name.value).to.equal('Saved person');
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    el.remove();
  });
});
