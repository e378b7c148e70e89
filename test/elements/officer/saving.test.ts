import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { assessmentFile } from '../../../src/schema/assessment-values.ts';
import { type HhsrsDraftSavedEvent, HhsrsScoreChangeEvent } from '../../../src/elements/events.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { fillWorkedExample } from './fill.ts';
import { freshDatabase, officerFixture, q, setValue } from './fixture.ts';

async function importText(
  view: { updateComplete: Promise<unknown> },
  root: ShadowRoot,
  text: string,
  name = 'assessment.json',
) {
  const before = root.querySelector('[data-import-problems]')?.textContent;
  const input = q<HTMLInputElement>(root, '#import-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => {
    const now = root.querySelector('[data-import-problems]')?.textContent;
    return (now && now !== before) || root.textContent?.includes('Imported');
  }, 'import did not finish');
  await view.updateComplete;
}

describe('<hhsrs-assessor mode="officer"> saving and files', () => {
  beforeEach(freshDatabase);

  it('restores the draft exactly after a reload', async () => {
    const first = await officerFixture();
    await fillWorkedExample(first.view, first.root);
    await first.view.draft.flush();
    const before = structuredClone(first.view.assessment);
    expect(before.hazards).to.have.length(1);
    fixtureCleanup();

    const second = await officerFixture();
    expect(second.view.assessment).to.deep.equal(before);
    expect(q<HTMLInputElement>(second.root, '#details-address').value).to.equal('Flat 2, 14 Mill Lane');
    expect(q<HTMLSelectElement>(second.root, '#hazard-0-likelihood').value).to.equal('180');
    expect(q<HTMLTextAreaElement>(second.root, '#hazard-0-justification').value).to.equal(
      'Black mould on the bedroom ceiling, 1.5 m².',
    );
    expect(q(second.root, '[data-working]').textContent).to.contain('= 65.49 → 65, band G, Category 2');
  });

  it('writes what was just typed when the page is hidden, before the save delay', async () => {
    const { view, root } = await officerFixture();
    await setValue(root, '#details-address', '7 Quay Street', view);
    expect(view.draft.status).to.equal('unsaved');
    dispatchEvent(new Event('pagehide'));
    await waitUntil(() => view.draft.status === 'saved', 'not saved on pagehide', { timeout: 250 });
    const stored = await view.draft.repository!.getDraft<{ details: { address: string } }>(view.draft.key!);
    expect(stored?.value.details.address).to.equal('7 Quay Street');
  });

  it('announces each save and each change of score with typed events', async () => {
    const { host, view, root } = await officerFixture();
    const saved = oneEvent(host, 'hhsrs-draft-saved');
    const events: HhsrsScoreChangeEvent[] = [];
    host.addEventListener('hhsrs-score-change', (e) => events.push(e));
    await fillWorkedExample(view, root);
    await view.updateComplete;
    const event = events[events.length - 1]!;
    expect(event).to.be.instanceOf(HhsrsScoreChangeEvent);
    expect(event.schemeId).to.equal('england-2005');
    expect(event.hazards).to.deep.equal([
      { hazardId: 'damp-and-mould-growth', hazardNumber: 1, score: 65, rawScore: 11789 / 180, band: 'G', category: 2 },
    ]);
    expect(((await saved) as unknown as HhsrsDraftSavedEvent).persistent).to.equal(true);
  });

  it('refuses an invalid file, lists each problem with its path, and changes nothing', async () => {
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await view.draft.flush();
    const before = structuredClone(view.assessment);
    const draftsBefore = await view.draft.repository!.listDrafts('test-officer');
    const bad = JSON.parse(assessmentFile(before, '2026-11-01T00:00:00Z'));
    bad.assessment.hazards[0].mostLikelyClass = 5;
    bad.assessment.details.inspectionDate = '2 March 2026';
    delete bad.assessment.details.address;
    await importText(view, root, JSON.stringify(bad));
    const problems = [...root.querySelectorAll('[data-import-problems] li')].map((li) => li.textContent);
    expect(problems).to.include.members([
      'assessment.details.address: is missing (expected string)',
      'assessment.details.inspectionDate: must be a date written YYYY-MM-DD',
      'assessment.hazards[0].mostLikelyClass: must be one of 1, 2, 3, 4',
    ]);
    expect(view.assessment).to.deep.equal(before);
    expect(await view.draft.repository!.listDrafts('test-officer')).to.deep.equal(draftsBefore);
    await expectAccessible(view, 'import problems listed');

    await importText(view, root, '{"format": "hhsrs-assessment/1", "assessment": ');
    expect(root.querySelector('[data-import-problems] li')?.textContent).to.match(
      /^\(the whole file\): is not valid JSON/,
    );
    expect(view.assessment).to.deep.equal(before);
  });

  it('imports a valid file as a new assessment, leaving the open one as it was', async () => {
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await view.draft.flush();
    const original = structuredClone(view.assessment);
    await importText(
      view,
      root,
      assessmentFile({ ...original, details: { ...original.details, address: '9 Dock Road' } }, '2026-11-01T00:00:00Z'),
    );
    expect(view.assessment.details.address).to.equal('9 Dock Road');
    expect(view.assessment.id).to.not.equal(original.id);
    await view.draft.flush();
    const titles = (await view.draft.repository!.listDrafts('test-officer')).map((d) => d.title).sort();
    expect(titles).to.deep.equal(['9 Dock Road — MILL-14-2', 'Flat 2, 14 Mill Lane — MILL-14-2']);
  });
});

describe('<hhsrs-assessor mode="officer"> in two tabs', () => {
  beforeEach(freshDatabase);

  it('tells the second tab its draft changed elsewhere and keeps both versions', async () => {
    const a = await officerFixture();
    await setValue(a.root, '#details-address', 'Version A', a.view);
    await a.view.draft.flush();
    const b = await officerFixture();
    expect(b.view.draft.key).to.equal(a.view.draft.key);
    await setValue(b.root, '#details-address', 'Version B, not yet saved', b.view);
    await setValue(a.root, '#details-address', 'Version A, saved again', a.view);
    await a.view.draft.flush();
    await waitUntil(() => b.view.draft.status === 'conflict', 'the second tab was not told');
    // What to do next is fetched when the conflict happens.
    await waitUntil(() => b.root.querySelector('[data-conflict]'), 'the choice did not arrive', { timeout: 20000 });
    expect(q(b.root, '[data-conflict]').textContent).to.contain('changed in another tab or window');
    await expectAccessible(b.view, 'two-tab conflict');
    [...b.root.querySelectorAll<HTMLButtonElement>('[data-conflict] button')]
      .find((x) => x.textContent === 'Keep mine as a new assessment')!
      .click();
    await waitUntil(() => b.view.draft.status === 'saved');
    const titles = (await b.view.draft.repository!.listDrafts('test-officer')).map((d) => d.title).sort();
    expect(titles).to.deep.equal(['Version A, saved again', 'Version B, not yet saved']);
  });

  it('refreshes a tab with no unsaved changes when the other tab saves', async () => {
    const a = await officerFixture();
    await setValue(a.root, '#details-address', 'First', a.view);
    await a.view.draft.flush();
    const b = await officerFixture();
    await setValue(a.root, '#details-address', 'Second', a.view);
    await a.view.draft.flush();
    await waitUntil(() => b.view.assessment.details.address === 'Second', 'the idle tab was not refreshed');
    await b.view.updateComplete;
    expect(q<HTMLInputElement>(b.root, '#details-address').value).to.equal('Second');
    expect(b.root.textContent).to.contain('updated in another tab or window');
  });
});
