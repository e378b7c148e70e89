import { expect } from '@open-wc/testing';
import type { TenantCheck } from '../../../src/elements/hhsrs-assessor/tenant/tenant-check.ts';
import { clickButton, dampFlatToCheck, freshDatabase, mount, openRepository, title } from './tenant-fixture.ts';

/** The labels of the ticked radios and checkboxes on the page shown. */
function ticked(el: TenantCheck): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]
    .filter((input) => input.checked)
    .map((input) => el.shadowRoot!.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? input.id);
}

describe('<hhsrs-tenant-check> going Back', () => {
  beforeEach(freshDatabase);

  it('shows the saved answer ticked on every question it goes back through', async () => {
    const el = await mount(await openRepository());
    await dampFlatToCheck(el);
    expect(title(el)).to.equal('Check your answers');
    // Each page from the last answered question back to the first, with what the tenant chose there.
    const expected: [string, string[]][] = [];
    const seen: [string, string[]][] = [];
    const answers = [
      ['England'],
      ['The council'],
      ['A child under 5'],
      ['Damp or mould'],
      ['Black or green mould on walls, ceilings, furniture or clothes', 'Damp patches or wet walls'],
      ['Large areas, or it keeps coming back after cleaning'],
      ['More than 6 months ago'],
      ['Bedroom', 'Bathroom or toilet'],
      ['No, not yet'],
    ];
    for (const chosen of [...answers].reverse()) {
      await clickButton(el, 'Back');
      expected.push([title(el), [...chosen].sort()]);
      seen.push([title(el), ticked(el).sort()]);
    }
    expect(seen).to.deep.equal(expected);
  });

  it('shows the saved answer on each question when it goes back and forward again', async () => {
    const el = await mount(await openRepository());
    await dampFlatToCheck(el);
    const shown: Record<string, string[]> = {};
    // Back to the first question, noting each answer, then forward with Continue and back once more:
    // the same inputs are reused from one question to the next, and each must show its own answer.
    while (title(el) !== 'Where is your home?') {
      await clickButton(el, 'Back');
      shown[title(el)] = ticked(el).sort();
    }
    const pages = Object.keys(shown);
    expect(pages).to.have.length(9);
    for (const _ of pages.slice(1)) {
      await clickButton(el, 'Continue');
      expect(ticked(el).sort(), title(el)).to.deep.equal(shown[title(el)]);
    }
    for (const _ of pages.slice(1)) {
      await clickButton(el, 'Back');
      expect(ticked(el).sort(), title(el)).to.deep.equal(shown[title(el)]);
    }
  });
});
