import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import type { HhsrsAssessor } from '../../../src/elements/hhsrs-assessor/hhsrs-assessor.ts';
import type { OfficerAssessment } from '../../../src/elements/hhsrs-assessor/officer/officer-assessment.ts';
import { ENGLAND_2005 } from '../../../src/core/index.ts';
import { schemeFromPack, toSchemePack } from '../../../src/schema/scheme-values.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { addHazard, choose, freshDatabase, officerFixture, q, setValue } from './fixture.ts';

const EXAMPLE = '/demo/schemes/example-england-2026-shape.json';

async function withSchemeSrc(src: string) {
  const host = await fixture<HhsrsAssessor>(
    html`<hhsrs-assessor mode="officer" storage-key="test-officer" scheme-src=${src}></hhsrs-assessor>`,
  );
  const view = host.shadowRoot!.querySelector('hhsrs-officer-assessment') as OfficerAssessment;
  await waitUntil(() => view.draft.value, 'the draft did not load');
  return { view, root: view.shadowRoot! };
}

async function packFile(view: OfficerAssessment, root: ShadowRoot, text: string) {
  const before = root.querySelector('[data-pack-problems]')?.textContent;
  const input = q<HTMLInputElement>(root, '#pack-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'pack.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(
    () => {
      const now = root.querySelector('[data-pack-problems]')?.textContent;
      return (now && now !== before) || root.querySelector('[data-packs]');
    },
    'the pack was not read',
    { timeout: 20000 },
  );
  await view.updateComplete;
}

describe('<hhsrs-assessor mode="officer"> scheme packs (FACTS §7)', () => {
  beforeEach(freshDatabase);

  it('loads the example 2026-shape pack from scheme-src and scores an English July 2026 inspection under its bands', async () => {
    const { view, root } = await withSchemeSrc(EXAMPLE);
    // The first pack fetches the code that reads packs (and zod) as well as the pack itself.
    await waitUntil(() => root.querySelector('[data-packs]'), 'the pack did not load', { timeout: 20000 });
    await choose(root, '#details-nation-england', view);
    await setValue(root, '#details-date', '2026-07-01', view);
    expect(q(root, '[data-scheme]').getAttribute('data-scheme')).to.equal('example-england-2026-shape');
    expect(root.textContent).to.contain('example, not official figures');
    // The hazard list is the pack's 21, not the 2005 29.
    expect(root.querySelectorAll('[data-add]')).to.have.length(21);
    await addHazard(root, 'indoor-air-pollutants', view);
    // (10000×0 + 1000×10 + 300×21.5 + 10×68.5) ÷ 10 = 1,713.5 → 1,714: the pack's High band, its Category 1.
    await setValue(root, '#hazard-0-likelihood', '10', view);
    await choose(root, '#hazard-0-class-4', view);
    await setValue(root, '#hazard-0-spread-2', '10', view);
    await setValue(root, '#hazard-0-spread-3', '21.5', view);
    expect(q(root, '[data-working]').textContent).to.contain('= 1,713.5 → 1,714, band High, Category 1');
    expect(q(root, '#hazard-0-class-4').parentElement!.textContent).to.contain('Moderate');
    expect(view.assessment.schemeId).to.equal('example-england-2026-shape');
    expect(view.assessment.schemeVersion).to.equal('example.1');
    await expectAccessible(view, 'scored under a loaded pack');
  });

  it('keeps a loaded pack for later visits, and re-opens work under the scheme it was scored with', async () => {
    const first = await withSchemeSrc(EXAMPLE);
    await waitUntil(() => first.root.querySelector('[data-packs]'));
    await choose(first.root, '#details-nation-england', first.view);
    await setValue(first.root, '#details-date', '2026-07-01', first.view);
    await first.view.draft.flush();
    const second = await officerFixture(); // no scheme-src this time
    expect(second.view.assessment.schemeId).to.equal('example-england-2026-shape');
    expect(q(second.root, '[data-scheme]').getAttribute('data-scheme')).to.equal('example-england-2026-shape');
  });

  it('refuses a corrupted pack loaded from a file, listing its problems, and scores nothing under it', async () => {
    const { view, root } = await officerFixture();
    const pack = await (await fetch(EXAMPLE)).json();
    pack.bands[0].min = 'a thousand';
    pack.category1Bands = ['Very high'];
    delete pack.hazards[3].name;
    await packFile(view, root, JSON.stringify(pack));
    const problems = [...root.querySelectorAll('[data-pack-problems] li')].map((li) => li.textContent);
    expect(problems).to.include.members([
      'hazards[3].name: is missing (expected string)',
      'bands[0].min: must be a number; got text "a thousand"',
    ]);
    expect(root.querySelector('[data-packs]')).to.equal(null);
    expect(await view.draft.repository!.listSchemePacks()).to.deep.equal([]);
    await expectAccessible(view, 'pack refused');
    await packFile(view, root, '{ not json');
    expect(root.querySelector('[data-pack-problems] li')?.textContent).to.match(
      /^\(the whole file\): is not valid JSON/,
    );
  });

  it('refuses a pack named england-2005 with no Category 1 bands, and one stored earlier does not change any score', async () => {
    const { view, root } = await officerFixture();
    const impostor = { ...toSchemePack(ENGLAND_2005), version: 'tampered', category1Bands: [] };
    await packFile(view, root, JSON.stringify(impostor));
    const problems = [...root.querySelectorAll('[data-pack-problems] li')].map((li) => li.textContent);
    expect(problems).to.deep.equal([
      'id: uses the id “england-2005” of the built-in scheme (HHSRS 2005 (England before 22 June 2026; Wales)); a scheme pack may not replace the law as built in',
    ]);
    expect(await view.draft.repository!.listSchemePacks()).to.deep.equal([]);
    await expectAccessible(view, 'built-in id refused');
    // A pack an older version stored is not used either: the 2005 scheme as built in scores the inspection.
    await view.draft.repository!.saveSchemePack(schemeFromPack(impostor));
    const again = await officerFixture();
    await choose(again.root, '#details-nation-england', again.view);
    await setValue(again.root, '#details-date', '2025-03-01', again.view);
    await addHazard(again.root, 'damp-and-mould-growth', again.view);
    // Reg 6: likelihood 1 in 56, spread 0/10/21.5/68.5 → (0 + 10000 + 6450 + 685) ÷ 56 = 305.98 → 306… band E;
    // 1 in 3 → 5711.7 → 5,712, band A, Category 1 (reg 8).
    await setValue(again.root, '#hazard-0-likelihood', '3', again.view);
    await choose(again.root, '#hazard-0-class-4', again.view);
    await setValue(again.root, '#hazard-0-spread-2', '10', again.view);
    await setValue(again.root, '#hazard-0-spread-3', '21.5', again.view);
    expect(q(again.root, '[data-working]').textContent).to.contain('band A, Category 1');
    expect(again.view.assessment.schemeVersion).to.equal(ENGLAND_2005.version);
  });

  it('says so when the scheme-src cannot be fetched', async () => {
    const { root } = await withSchemeSrc('/demo/schemes/missing.json');
    await waitUntil(() => root.querySelector('[data-pack-problems]'), 'no problem shown');
    expect(root.querySelector('[data-pack-problems]')!.textContent).to.contain(
      'could not be loaded (the server answered 404)',
    );
  });
});
