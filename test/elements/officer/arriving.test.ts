import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { emulateMedia } from '@web/test-runner-commands';
import { OnDemand } from '../../../src/elements/controllers/on-demand.ts';
import type { OfficerAssessment } from '../../../src/elements/hhsrs-assessor/officer/officer-assessment.ts';
import { buttonNamed } from './downloads.ts';
import { freshDatabase, officerFixture, partsLoaded, q, setValue } from './fixture.ts';

/**
 * A new assessment's first screen is the details form and the hazard list; the scheme tables, the scoring and
 * hazard cards, and finalising, are fetched when first needed. When a fetch fails, as on a dropped connection, the officer is
 * told, keeps everything typed, and can try again.
 *
 * The element fetches with import(), which a test cannot make fail; so each test hands the element, before it
 * connects, a part whose first fetch fails and whose next one runs the element's own.
 */
type Part = 'scoring' | 'finalising' | 'choosing' | 'conflict';
type Parts = { parts: Record<Part, OnDemand<unknown>> };

function failingOnce(view: OfficerAssessment, part: Part): void {
  const parts = (view as unknown as Parts).parts;
  const real = parts[part];
  let tries = 0;
  parts[part] = new OnDemand(view, async () => {
    tries += 1;
    if (tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return real.fetch();
  });
}

async function officerWith(storageKey: string, failing: Part): Promise<{ view: OfficerAssessment; root: ShadowRoot }> {
  const view = document.createElement('hhsrs-officer-assessment');
  view.storageKey = storageKey;
  failingOnce(view, failing);
  document.body.append(view);
  const root = view.shadowRoot!;
  await waitUntil(() => root.querySelector('h1'), 'the assessment did not open', { timeout: 20000 });
  return { view, root };
}

const alertText = (root: ShadowRoot) =>
  root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<hhsrs-assessor mode="officer"> parts that arrive when first needed', () => {
  beforeEach(freshDatabase);

  it('says when the hazard cards cannot load, keeps what was typed and the hazard added, and shows them on "Try again"', async function () {
    this.timeout(30000);
    const { view, root } = await officerWith('arriving-scoring', 'scoring');
    await setValue(root, '#details-address', '3 Quay Street', view);
    q<HTMLButtonElement>(root, '[data-add="fire"]').click();
    await waitUntil(() => alertText(root), 'the failure was not shown', { timeout: 20000 });

    expect(alertText(root)).to.contain(
      'This part of the page could not load. Check your connection, then try again. Nothing you have entered is lost.',
    );
    expect(q<HTMLInputElement>(root, '#details-address').value).to.equal('3 Quay Street');
    expect(view.assessment.hazards.map((h) => h.hazardId)).to.deep.equal(['fire']);
    expect(root.querySelector('[data-hazard="fire"]')).to.equal(null);

    buttonNamed(root, 'Try again').click();
    await waitUntil(
      () => root.querySelector('[data-hazard="fire"]'),
      'the hazard card did not show after trying again',
      { timeout: 20000 },
    );
    expect(alertText(root)).to.equal('');
    view.remove();
  });

  it('says when finalising cannot load, changes nothing, and finalises as usual once "Try again" has fetched it', async function () {
    this.timeout(30000);
    const { view, root } = await officerWith('arriving-finalising', 'finalising');
    buttonNamed(root, 'Finalise').click();
    await waitUntil(() => alertText(root), 'the failure was not shown', { timeout: 20000 });

    expect(alertText(root)).to.contain('This part of the page could not load.');
    expect(root.querySelector('#finalise-name')).to.equal(null);
    expect(view.assessment.finalised).to.equal(undefined);

    buttonNamed(root, 'Try again').click();
    await waitUntil(() => !alertText(root), 'the failure was still shown after trying again', { timeout: 20000 });
    await partsLoaded(view);
    buttonNamed(root, 'Finalise').click();
    await view.updateComplete;
    // An empty assessment is not complete: Finalise says what is missing, as it always does.
    expect(root.querySelector('.error-summary')?.textContent).to.contain('Enter the address of the dwelling');
    view.remove();
  });

  it('says when the scheme cannot be worked out for want of its code, keeps the record unscored, and records the scheme on "Try again"', async function () {
    this.timeout(30000);
    const { view, root } = await officerWith('arriving-choosing', 'choosing');
    q<HTMLInputElement>(root, '#details-nation-wales').click();
    await setValue(root, '#details-date', '2026-03-02', view);
    await waitUntil(() => alertText(root), 'the failure was not shown', { timeout: 20000 });

    expect(alertText(root)).to.contain('This part of the page could not load.');
    expect(q<HTMLInputElement>(root, '#details-date').value).to.equal('2026-03-02');
    expect(view.assessment.schemeId, 'no scheme is recorded before it is worked out').to.equal(null);

    buttonNamed(root, 'Try again').click();
    await waitUntil(() => root.querySelector('[data-scheme]'), 'the scheme was not shown after trying again', {
      timeout: 20000,
    });
    expect(q(root, '[data-scheme]').getAttribute('data-scheme')).to.equal('england-2005');
    await waitUntil(() => view.assessment.schemeId === 'england-2005', 'the scheme was not recorded', {
      timeout: 20000,
    });
    view.remove();
  });

  it('prints an untouched new assessment only once its print view has arrived and is drawn', async function () {
    this.timeout(30000);
    const { root } = await officerFixture('arriving-print');
    expect(root.querySelector('.print-only'), 'a blank first screen carries no print view').to.equal(null);
    const original = window.print;
    let printed: string | undefined;
    window.print = () => {
      printed = [...root.querySelectorAll('.print-only')].map((el) => el.textContent).join('\n');
    };
    try {
      buttonNamed(root, 'Print').click();
      await waitUntil(() => printed !== undefined, 'the print dialog did not open', { timeout: 20000 });
    } finally {
      window.print = original;
    }
    expect(printed).to.contain('HHSRS assessment');
  });

  it('starts fetching the hazard cards as soon as the officer reaches the hazard picker, so adding one is not kept waiting', async function () {
    this.timeout(30000);
    const { view, root } = await officerFixture('arriving-picker');
    const scoring = () => (view as unknown as { parts: { scoring: OnDemand<unknown> } }).parts.scoring.module;
    expect(scoring(), 'a blank first screen has not fetched the cards').to.equal(undefined);
    q(root, '#hazard-filter').focus();
    await waitUntil(() => scoring() !== undefined, 'reaching the picker did not fetch the hazard cards', {
      timeout: 20000,
    });
    q<HTMLButtonElement>(root, '[data-add="damp-and-mould-growth"]').click();
    await view.updateComplete;
    expect(root.querySelector('#hazard-0-likelihood'), 'the card is drawn at once').to.not.equal(null);
  });

  it('prints the blank form itself (Ctrl+P) while the print view has not been fetched', async function () {
    this.timeout(30000);
    const { root } = await officerFixture('arriving-ctrl-p');
    expect(root.querySelector('.print-only'), 'a blank first screen carries no print view').to.equal(null);
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string) =>
        getComputedStyle(q(root, selector)).display !== 'none' && q(root, selector).getClientRects().length > 0;
      expect(shown('h1'), 'the title prints').to.equal(true);
      expect(shown('#details-address'), 'the address field prints').to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('says when the choice after another tab saved cannot load, keeps what was typed here, and offers it on "Try again"', async function () {
    this.timeout(30000);
    const other = await officerFixture('arriving-conflict');
    await setValue(other.root, '#details-address', 'Version A', other.view);
    await other.view.draft.flush();
    const { view, root } = await officerWith('arriving-conflict', 'conflict');
    await waitUntil(() => view.draft.value?.details.address === 'Version A', 'the saved assessment did not open', {
      timeout: 20000,
    });
    await setValue(root, '#details-address', 'Version B, not yet saved', view);
    await setValue(other.root, '#details-address', 'Version A, saved again', other.view);
    await other.view.draft.flush();
    await waitUntil(() => view.draft.status === 'conflict', 'this tab was not told', { timeout: 20000 });
    await waitUntil(() => alertText(root), 'the failure was not shown', { timeout: 20000 });

    expect(alertText(root)).to.contain('This part of the page could not load.');
    expect(root.querySelector('[data-conflict]')).to.equal(null);
    expect(q<HTMLInputElement>(root, '#details-address').value).to.equal('Version B, not yet saved');

    buttonNamed(root, 'Try again').click();
    await waitUntil(() => root.querySelector('[data-conflict]'), 'the choice did not show after trying again', {
      timeout: 20000,
    });
    buttonNamed(root, 'Keep mine as a new assessment').click();
    await waitUntil(() => view.draft.status === 'saved', 'this version was not kept', { timeout: 20000 });
    const titles = (await view.draft.repository!.listDrafts('arriving-conflict')).map((d) => d.title).sort();
    expect(titles).to.deep.equal(['Version A, saved again', 'Version B, not yet saved']);
    view.remove();
  });
});
