import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { byId, deepActiveElement, press, tabUntil, type } from '../../helpers/keyboard.ts';
import { addHazard, freshDatabase, officerFixture, q } from './fixture.ts';

/** Presses a key n times (a closed select and a radio group both move one option per arrow press). */
async function pressTimes(key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await press(key);
}

interface KeyboardHazard {
  search: string;
  /** Arrow-downs from "Choose" to the Table 1 row (5600 is 1, 180 is 7, 10 is 12, 1800 is 3). */
  likelihoodSteps: number;
  /** 1..4; reached by Space on Class I or arrow-downs from it. */
  mostLikely: 1 | 2 | 3 | 4;
  /** Arrow-downs from 0 % for each class that is not the most likely (Table 2: 4.6 is 6, 10 is 7, 21.5 is 8). */
  spreadSteps: number[];
  justification: string;
}

describe('<hhsrs-assessor mode="officer"> by keyboard alone', () => {
  beforeEach(freshDatabase);

  it('scores three hazards with the keyboard and shows the working for each', async function () {
    this.timeout(60000);
    const { view, root } = await officerFixture();
    await expectAccessible(view, 'empty assessment');

    await tabUntil(byId('details-address'));
    await type('Flat 2, 14 Mill Lane, Cardiff');
    await tabUntil(byId('details-nation-england'));
    await press('ArrowDown'); // arrows move within the radio group and select: Wales
    expect(q<HTMLInputElement>(root, '#details-nation-wales').checked).to.equal(true);
    await tabUntil(byId('details-date'));
    await type('02032026'); // dd mm yyyy as an officer in the UK types it
    await view.updateComplete;
    expect(q<HTMLInputElement>(root, '#details-date').value).to.match(/^2026-(03-02|02-03)$/);

    const hazards: KeyboardHazard[] = [
      // FACTS §1 worked example 1: L = 180, [0, 4.6, 21.5, 73.9] → 65.49 → 65, band G, Category 2
      {
        search: 'damp',
        likelihoodSteps: 7,
        mostLikely: 4,
        spreadSteps: [0, 6, 8],
        justification: 'Black mould on the bedroom ceiling.',
      },
      // FACTS §1 worked example 2: L = 10, [0, 10, 21.5, 68.5] → 1,713.5 → 1,714, band C, Category 1
      {
        search: 'cold',
        likelihoodSteps: 12,
        mostLikely: 4,
        spreadSteps: [0, 7, 8],
        justification: 'No fixed heating in the living room.',
      },
      // (46000 + 10000 + 6450 + 639) / 1800 = 35.05 → 35, band H, Category 2
      {
        search: 'fire',
        likelihoodSteps: 3,
        mostLikely: 4,
        spreadSteps: [6, 7, 8],
        justification: 'No smoke alarm on the landing.',
      },
    ];
    let presses = 0;
    for (const [index, hazard] of hazards.entries()) {
      presses += await tabUntil(byId('hazard-filter'), 400, true);
      await press('Control+a');
      await type(hazard.search);
      presses += await tabUntil((el) => el.hasAttribute('data-add'));
      await press('Enter');
      // The first hazard fetches the scoring part: its card, and focus, arrive with it.
      await waitUntil(() => root.querySelector(`#hazard-${index}-title`), 'the hazard was not added', {
        timeout: 20000,
      });
      await view.updateComplete;
      expect(deepActiveElement()?.id, 'focus moves to the new hazard').to.equal(`hazard-${index}-title`);
      await tabUntil(byId(`hazard-${index}-likelihood`));
      await pressTimes('ArrowDown', hazard.likelihoodSteps);
      await tabUntil(byId(`hazard-${index}-class-1`));
      if (hazard.mostLikely === 1) await press('Space');
      else await pressTimes('ArrowDown', hazard.mostLikely - 1);
      const others = [1, 2, 3, 4].filter((k) => k !== hazard.mostLikely);
      for (const [n, k] of others.entries()) {
        await tabUntil(byId(`hazard-${index}-spread-${k}`));
        await pressTimes('ArrowDown', hazard.spreadSteps[n]!);
      }
      await tabUntil(byId(`hazard-${index}-justification`));
      await type(hazard.justification);
      await view.updateComplete;
    }
    expect(presses).to.be.greaterThan(0);

    const working = [...root.querySelectorAll('[data-working]')].map((p) => p.textContent?.trim());
    expect(working).to.deep.equal([
      '(10000×0 + 1000×4.6 + 300×21.5 + 10×73.9) ÷ 180 = 65.49 → 65, band G, Category 2',
      '(10000×0 + 1000×10 + 300×21.5 + 10×68.5) ÷ 10 = 1,713.5 → 1,714, band C, Category 1',
      '(10000×4.6 + 1000×10 + 300×21.5 + 10×63.9) ÷ 1800 = 35.05 → 35, band H, Category 2',
    ]);
    // The summary ranks by score and counts by category.
    const rows = [...root.querySelectorAll('[part="summary"] tbody tr')].map(
      (tr) => tr.querySelector('td:nth-child(2)')?.textContent,
    );
    expect(rows).to.deep.equal(['2. Excess cold', '1. Damp and mould growth', '24. Fire']);
    expect(q(root, '[data-counts]').textContent).to.equal('1 Category 1 and 2 Category 2 hazards.');
    // Category 1 in Wales: a duty, and the Welsh tribunal.
    expect(q(root, '[part="summary"]').textContent).to.contain(
      'the authority must take the most appropriate course of action (s.5)',
    );
    expect(q(root, '[part="summary"]').textContent).to.contain('Residential Property Tribunal');
    await expectAccessible(view, 'three hazards scored');
  });

  it('shows an error summary that takes focus and links to each missing answer', async () => {
    const { view, root } = await officerFixture();
    await addHazard(root, 'fire', view);
    [...root.querySelectorAll<HTMLButtonElement>('.button')].find((b) => b.textContent === 'Check assessment')!.click();
    // The first check fetches the checking code: the error summary arrives with it.
    await waitUntil(() => root.querySelector('.error-summary'), 'nothing was checked', { timeout: 20000 });
    await view.updateComplete;
    expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
    const links = [...root.querySelectorAll('.error-summary a')].map((a) => a.textContent);
    expect(links).to.deep.equal([
      'Enter the address of the dwelling',
      'Select whether the dwelling is in England or Wales',
      'Enter the date the inspection began',
      'Choose the likelihood for 24. Fire',
      'Choose the most likely class of harm for 24. Fire',
      'Enter a justification for 24. Fire: what you saw and where',
    ]);
    expect(q(root, '#hazard-0-justification').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(view, 'errors shown');
    q<HTMLAnchorElement>(root, '.error-summary a[href="#hazard-0-likelihood"]').click();
    expect(deepActiveElement()?.id).to.equal('hazard-0-likelihood');
  });
});
