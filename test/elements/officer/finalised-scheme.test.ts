import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import type { HhsrsAssessor } from '../../../src/elements/hhsrs-assessor/hhsrs-assessor.ts';
import type { OfficerAssessment } from '../../../src/elements/hhsrs-assessor/officer/officer-assessment.ts';
import { schemeFromPack } from '../../../src/schema/scheme-values.ts';
import { pdfText } from '../../helpers/pdf.ts';
import { buttonNamed, downloadedPdf } from './downloads.ts';
import { finalise } from './finalise-fill.ts';
import { addHazard, choose, freshDatabase, partsLoaded, q, setValue } from './fixture.ts';

const EXAMPLE = '/demo/schemes/example-england-2026-shape.json';
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function officerWith(src: string | undefined) {
  const host = await fixture<HhsrsAssessor>(
    html`<hhsrs-assessor mode="officer" storage-key="test-officer" scheme-src=${src ?? ''}></hhsrs-assessor>`,
  );
  const view = host.shadowRoot!.querySelector('hhsrs-officer-assessment') as OfficerAssessment;
  await waitUntil(() => view.draft.value && view.draft.status !== 'loading', 'the draft did not load', {
    timeout: 20000,
  });
  await partsLoaded(view);
  return { view, root: view.shadowRoot! };
}

describe('<hhsrs-assessor mode="officer"> a finalised assessment keeps the scheme it was scored under', () => {
  beforeEach(freshDatabase);

  it('stays Category 1 on screen and in its PDF after a conflicting pack with the same id is stored and loaded', async function () {
    this.timeout(90000);
    const { view, root } = await officerWith(EXAMPLE);
    await waitUntil(() => root.querySelector('[data-packs]'), 'the pack did not load', { timeout: 20000 });
    await setValue(root, '#details-address', 'Flat 2, 14 Mill Lane', view);
    await choose(root, '#details-nation-england', view);
    await setValue(root, '#details-date', '2026-07-01', view);
    await setValue(root, '#details-occupiers', '34', view);
    await addHazard(root, 'indoor-air-pollutants', view);
    // The example pack: (10000×0 + 1000×10 + 300×21.5 + 10×68.5) ÷ 10 = 1,713.5 → 1,714, band High, its Category 1.
    await setValue(root, '#hazard-0-likelihood', '10', view);
    await choose(root, '#hazard-0-class-4', view);
    await setValue(root, '#hazard-0-spread-2', '10', view);
    await setValue(root, '#hazard-0-spread-3', '21.5', view);
    await setValue(root, '#hazard-0-justification', 'Gas fire with no flue.', view);
    await finalise(view, root, 'Aled Officer');
    expect(flat(q(root, '[data-document]').textContent!)).to.contain('1 Category 1 and 0 Category 2 hazards.');

    // A pack with the same id and version whose High band starts at 2,000 would make 1,714 Medium, Category 2.
    const pack = await (await fetch(EXAMPLE)).json();
    pack.bands = [
      { band: 'High', min: 2000, max: null },
      { band: 'Medium', min: 100, max: 1999 },
      { band: 'Low', min: 0, max: 99 },
    ];
    const conflicting = URL.createObjectURL(new Blob([JSON.stringify(pack)], { type: 'application/json' }));
    // Stored over the one it was scored under (as an older version could), and loaded again by the page.
    await view.draft.repository!.saveSchemePack(schemeFromPack(pack));
    fixtureCleanup();
    const again = await officerWith(conflicting);
    await waitUntil(() => again.root.querySelector('[data-document]'), 'the page did not open', { timeout: 20000 });
    await waitUntil(
      () => again.root.textContent!.includes('Scheme pack “') || again.root.querySelector('[data-pack-problems]'),
      'the conflicting pack was not read',
      { timeout: 20000 },
    );
    const stored = await again.view.draft.repository!.listSchemePacks();
    expect(
      stored.map((s) => s.bands[0]!.min),
      'the conflicting pack is the one stored',
    ).to.deep.equal([2000]);
    await again.view.updateComplete;
    const shown = flat(q(again.root, '[data-document]').textContent!);
    expect(shown).to.contain('1 Category 1 and 0 Category 2 hazards.');
    expect(shown).to.contain('band High');
    const { text } = await pdfText(await downloadedPdf(buttonNamed(again.root, 'Download PDF')));
    expect(flat(text)).to.contain('1 Category 1 and 0 Category 2 hazards.');
    expect(flat(text)).to.contain('band High');

    // The conflicting pack is in force for anything not yet finalised: a new revision is scored under it.
    buttonNamed(again.root, 'Make changes as a new revision').click();
    await waitUntil(() => again.root.querySelector('[data-working]'), 'the new revision is not editable', {
      timeout: 20000,
    });
    expect(q(again.root, '[data-working]').textContent).to.contain('1,714, band Medium, Category 2');
  });
});
