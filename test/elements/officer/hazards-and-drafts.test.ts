import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { deepActiveElement } from '../../helpers/keyboard.ts';
import { fillWorkedExample } from './fill.ts';
import { addHazard, freshDatabase, officerFixture, q, setValue } from './fixture.ts';

const buttonNamed = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent?.replace(/\s+/g, ' ').trim() === text,
  )!;
const cardOrder = (root: ShadowRoot) =>
  [...root.querySelectorAll('.hazard-card')].map((c) => c.getAttribute('data-hazard'));

describe('<hhsrs-assessor mode="officer"> hazards and drafts', () => {
  beforeEach(freshDatabase);

  it('filters the 29 hazards by name or number, and adds each once', async () => {
    const { view, root } = await officerFixture();
    expect(root.querySelectorAll('[data-add]')).to.have.length(29);
    await setValue(root, '#hazard-filter', 'fall', view);
    expect([...root.querySelectorAll('[data-add]')].map((b) => b.getAttribute('data-add'))).to.deep.equal([
      'falls-associated-with-baths',
      'falling-on-level-surfaces',
      'falling-on-stairs',
      'falling-between-levels',
      'structural-collapse-and-falling-elements',
    ]);
    await setValue(root, '#hazard-filter', '24', view);
    expect([...root.querySelectorAll('[data-add]')].map((b) => b.getAttribute('data-add'))).to.deep.equal(['fire']);
    await setValue(root, '#hazard-filter', 'zzz', view);
    expect(root.textContent).to.contain('No hazard matches that.');
    await setValue(root, '#hazard-filter', '', view);
    await addHazard(root, 'fire', view);
    expect(root.querySelector('[data-add="fire"]')).to.equal(null);
    expect(root.querySelectorAll('[data-add]')).to.have.length(28);
  });

  it('reorders hazards, keeping focus on the moved one, and undoes a removal without losing anything typed', async () => {
    const { view, root } = await officerFixture();
    for (const id of ['lead', 'noise', 'fire']) {
      await addHazard(root, id, view);
    }
    await setValue(root, '#hazard-1-justification', 'Traffic noise through single glazing.', view);
    buttonNamed(root, 'Move down 14. Noise').click();
    await view.updateComplete;
    expect(cardOrder(root)).to.deep.equal(['lead', 'fire', 'noise']);
    expect(deepActiveElement()?.id).to.equal('hazard-2-title');
    buttonNamed(root, 'Remove 14. Noise').click();
    await view.updateComplete;
    expect(cardOrder(root)).to.deep.equal(['lead', 'fire']);
    expect(deepActiveElement()?.id).to.equal('undo-remove');
    buttonNamed(root, 'Undo').click();
    await view.updateComplete;
    expect(cardOrder(root)).to.deep.equal(['lead', 'fire', 'noise']);
    expect(q<HTMLTextAreaElement>(root, '#hazard-2-justification').value).to.equal(
      'Traffic noise through single glazing.',
    );
  });

  it('lists drafts to open, duplicate and delete, asking before deleting', async () => {
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await view.draft.flush();
    const firstKey = view.draft.key;
    buttonNamed(root, 'Start a new assessment').click();
    await waitUntil(() => view.draft.key !== firstKey, 'new assessment opened', { timeout: 20000 });
    await setValue(root, '#details-address', '3 Harbour View', view);
    await view.draft.flush();
    await waitUntil(() => root.querySelectorAll('.drafts li').length === 2, 'two drafts listed', { timeout: 20000 });
    q<HTMLElement>(root, 'details summary').click();
    await view.updateComplete;
    await expectAccessible(view, 'drafts listed');

    buttonNamed(root, 'Open Flat 2, 14 Mill Lane — MILL-14-2').click();
    await waitUntil(() => view.assessment.details.address === 'Flat 2, 14 Mill Lane', 'draft opened', {
      timeout: 20000,
    });
    buttonNamed(root, 'Duplicate Flat 2, 14 Mill Lane — MILL-14-2').click();
    await waitUntil(() => root.querySelectorAll('.drafts li').length === 3, 'the copy is listed', { timeout: 20000 });
    expect(view.draft.key).to.not.equal(firstKey);
    expect(view.assessment.hazards).to.have.length(1);

    buttonNamed(root, 'Delete 3 Harbour View').click();
    // The question comes with the code that deletes, fetched on first use.
    await waitUntil(() => root.querySelector('#confirm-delete'), 'the question was not asked', { timeout: 20000 });
    await view.updateComplete;
    expect(deepActiveElement()?.id).to.equal('confirm-delete');
    await expectAccessible(view, 'delete confirmation');
    buttonNamed(root, 'Yes, delete it').click();
    await waitUntil(() => root.querySelectorAll('.drafts li').length === 2, 'deleted', { timeout: 20000 });
    const titles = (await view.draft.repository!.listDrafts('test-officer')).map((d) => d.title);
    expect(titles).to.deep.equal(['Flat 2, 14 Mill Lane — MILL-14-2', 'Flat 2, 14 Mill Lane — MILL-14-2']);
  });
});
