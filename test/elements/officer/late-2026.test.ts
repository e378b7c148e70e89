import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import type { OfficerAssessment } from '../../../src/elements/hhsrs-assessor/officer/officer-assessment.ts';
import { pdfText } from '../../helpers/pdf.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { buttonNamed, downloadedPdf } from './downloads.ts';
import { fillWorkedExample } from './fill.ts';
import { addHazard, choose, freshDatabase, officerFixture, q, setValue } from './fixture.ts';

const EXAMPLE = '/demo/schemes/example-england-2026-shape.json';
const WHY = 'England changed the HHSRS for inspections begun on or after 22 June 2026';
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** England, inspection begun on 22 June 2026, one hazard added: no 2026 pack is loaded. */
async function lateInspection() {
  const { view, root } = await officerFixture();
  await setValue(root, '#details-address', '3 Quay Street', view);
  await choose(root, '#details-nation-england', view);
  await setValue(root, '#details-date', '2026-06-22', view);
  await addHazard(root, 'damp-and-mould-growth', view);
  return { view, root };
}

async function loadPackFromTheMessage(view: OfficerAssessment, root: ShadowRoot) {
  const text = await (await fetch(EXAMPLE)).text();
  // The message's own button opens this file input.
  const input = q<HTMLInputElement>(root, '#pack-file');
  expect(input.previousElementSibling?.textContent?.trim()).to.equal('Load the 2026 scheme pack');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'example-england-2026-shape.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  const read = () => root.querySelector('[data-packs], [data-pack-problems]');
  await waitUntil(read, 'the pack was not read', { timeout: 10000 });
  await view.updateComplete;
  expect(root.querySelector('[data-pack-problems]')?.textContent ?? '').to.equal('');
}

describe('<hhsrs-assessor mode="officer"> an English inspection begun on or after 22 June 2026 (FACTS §7)', () => {
  beforeEach(freshDatabase);

  it('says once why it cannot be scored, offers the pack to load, and keeps the findings typed', async () => {
    const { view, root } = await lateInspection();
    const message = q(root, '[data-scheme-2026]');
    expect(message.textContent).to.contain(WHY);
    expect(message.textContent).to.contain('Load the 2026 scheme pack');
    expect(message.textContent).to.contain('You can still record your findings without a score');
    expect(buttonNamed(root, 'Load the 2026 scheme pack')).to.exist;
    // One load action, not a second “Load a scheme pack” beside it.
    expect(() => buttonNamed(root, 'Load a scheme pack')).to.throw();
    const printed = [...root.querySelectorAll('.print-only')].map((el) => occurrences(el.textContent ?? '', WHY));
    const onScreen = occurrences(root.textContent ?? '', WHY) - printed.reduce((a, b) => a + b, 0);
    expect(onScreen, 'the reason is said once on screen').to.equal(1);
    // Sources give 22 June and 23 June: the check-which-scheme warning stays.
    expect(q(root, '[data-scheme-warning]').textContent).to.contain('Check which scheme applies');

    // No 2005 Table 1 or Table 2 inputs, and the card does not ask for details already given.
    const card = q(root, '[data-hazard="damp-and-mould-growth"]');
    for (const id of ['#hazard-0-likelihood', '#hazard-0-class', '#hazard-0-spread-1', '#hazard-0-spread-2']) {
      expect(root.querySelector(id), id).to.equal(null);
    }
    expect(card.textContent).to.not.contain('Give the nation and the date');
    const reference = card.querySelector('[data-not-scored]')!.textContent;
    expect(reference).to.contain('Not scored — 2026 scheme not loaded');
    expect(reference).to.contain('under “Scoring scheme” above');

    await setValue(root, '#hazard-0-justification', 'Black mould across the bedroom ceiling, about 2 m².', view);
    expect(card.textContent).to.not.contain('Incomplete');
    expect(q(root, '[data-not-scored-summary]').textContent).to.contain(
      '1. Damp and mould growth: not scored — 2026 scheme not loaded',
    );
    expect(q(root, '[part="summary"]').textContent).to.not.contain('incomplete');
    await expectAccessible(view, 'English inspection from 22 June 2026 without a pack');

    // Checking does not ask for figures the page does not offer: the findings are complete.
    buttonNamed(root, 'Check assessment').click();
    const said = () =>
      root.querySelector('.error-summary') || root.textContent?.includes('The assessment is complete.');
    await waitUntil(said, 'the check said nothing', { timeout: 5000 });
    expect(root.querySelector('.error-summary')?.textContent ?? '').to.equal('');

    await view.draft.flush();
    const again = await officerFixture();
    expect(q<HTMLTextAreaElement>(again.root, '#hazard-0-justification').value).to.equal(
      'Black mould across the bedroom ceiling, about 2 m².',
    );
    expect(again.view.assessment.schemeId).to.equal(null);
    expect(again.root.querySelector('#hazard-0-likelihood')).to.equal(null);
  });

  it('prints the same: each hazard not scored, the reason, and no 2005 inputs', async function () {
    this.timeout(30000);
    const { view, root } = await lateInspection();
    await setValue(root, '#hazard-0-justification', 'Black mould across the bedroom ceiling.', view);
    const { text } = await pdfText(await downloadedPdf(buttonNamed(root, 'Download PDF')));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).to.contain('1. Damp and mould growth: not scored — 2026 scheme not loaded');
    expect(flat).to.contain('Not scored — 2026 scheme not loaded.');
    expect(flat).to.contain(WHY);
    expect(flat).to.contain('Black mould across the bedroom ceiling.');
    expect(flat).to.not.contain('Likelihood');
    expect(flat).to.not.contain('Spread of harm');
  });

  it('still scores an English inspection begun on 21 June 2026 under the 2005 tables', async () => {
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root, 'england', '2026-06-21');
    // Reg 6: L = 180, spread 0/4.6/21.5/73.9 → 65.49 → 65, band G.
    expect(q(root, '[data-working]').textContent).to.contain('65.49 → 65');
    expect(root.querySelector('[data-scheme-2026]')).to.equal(null);
    expect(view.assessment.schemeId).to.equal('england-2005');
  });

  it('shows the inputs under the 2026 pack once it is loaded from the message', async () => {
    const { view, root } = await lateInspection();
    await setValue(root, '#hazard-0-justification', 'Black mould across the bedroom ceiling.', view);
    await loadPackFromTheMessage(view, root);
    expect(root.querySelector('[data-scheme-2026]')).to.equal(null);
    expect(root.querySelector('[data-not-scored]')).to.equal(null);
    // The pack's Table 1 and its harm classes are offered now.
    await setValue(root, '#hazard-0-likelihood', '10', view);
    await choose(root, '#hazard-0-class-4', view);
    await setValue(root, '#hazard-0-spread-2', '10', view);
    await setValue(root, '#hazard-0-spread-3', '21.5', view);
    expect(q(root, '[data-working]').textContent).to.contain('band High');
    expect(view.assessment.schemeId).to.equal('example-england-2026-shape');
    expect(q<HTMLTextAreaElement>(root, '#hazard-0-justification').value).to.equal(
      'Black mould across the bedroom ceiling.',
    );
  });

  it('asks a card for the nation and the date only while one of them is missing', async () => {
    const { view, root } = await officerFixture();
    await choose(root, '#details-nation-england', view);
    await addHazard(root, 'damp-and-mould-growth', view);
    expect(q(root, '[data-hazard="damp-and-mould-growth"]').textContent).to.contain('Give the nation and the date');
    await setValue(root, '#details-date', '2026-07-01', view);
    expect(q(root, '[data-hazard="damp-and-mould-growth"]').textContent).to.not.contain('Give the nation and the date');
  });
});
