import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../helpers/keyboard.ts';
import { fillWorkedExample } from './fill.ts';
import { addHazard, freshDatabase, officerFixture, q } from './fixture.ts';

/** True when nothing inside is wider than the element: no sideways scrolling, nothing cut off. */
function fits(host: HTMLElement): boolean {
  const view = host.shadowRoot!.querySelector('hhsrs-officer-assessment')!;
  const limit = host.getBoundingClientRect().right + 0.5;
  return [...view.shadowRoot!.querySelectorAll('*')].every(
    (el) => el.getBoundingClientRect().right <= limit || el.closest('.table-wrap'),
  );
}

describe('<hhsrs-assessor mode="officer"> layout and focus', () => {
  beforeEach(freshDatabase);
  afterEach(() => document.documentElement.style.removeProperty('zoom'));

  for (const [label, width, zoom] of [
    ['320 px wide', 320, '1'],
    ['200 % zoom on a 640 px window', 640, '2'],
  ] as const) {
    it(`lays out without sideways scrolling at ${label}`, async () => {
      const { host, view, root } = await officerFixture();
      host.style.width = `${width}px`;
      host.style.display = 'block';
      document.documentElement.style.setProperty('zoom', zoom);
      await fillWorkedExample(view, root);
      await addHazard(root, 'fire', view);
      expect(fits(host), 'an element is wider than the page').to.equal(true);
      host.style.removeProperty('width');
    });
  }

  it('keeps focus in the field being typed in while the draft saves and re-renders', async () => {
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    q<HTMLTextAreaElement>(root, '#hazard-0-justification').focus();
    await sendKeys({ type: ' Also behind the wardrobe.' });
    await waitUntil(() => view.draft.status === 'saved', 'not saved', { timeout: 20000 });
    await view.updateComplete;
    expect(deepActiveElement()?.id).to.equal('hazard-0-justification');
    expect(view.assessment.hazards[0]!.justification).to.match(/Also behind the wardrobe\.$/);
  });
});
