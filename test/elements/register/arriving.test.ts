import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { OnDemand } from '../../../src/elements/controllers/on-demand.ts';
import type { HazardRegister } from '../../../src/elements/hazard-register/hazard-register.ts';
import { loadScreen, type LaterView } from '../../../src/elements/hazard-register/screens.ts';
import { registerFixture } from './driver.ts';
import { freshRegister, propertyInput } from './fixtures.ts';

/**
 * The register opens with its properties list; every other screen is fetched the first time the user goes
 * to it. When that fetch fails, as on a dropped connection, the user is told, stays in the register, and
 * can try again.
 *
 * The register fetches with import(), which a test cannot make fail; so the test hands it, before the user
 * goes there, a screen whose first fetch fails and whose next one runs the register's own.
 */
function failingOnce(element: HazardRegister, view: LaterView): void {
  const screens = (element as unknown as { screens: Map<LaterView, OnDemand<unknown>> }).screens;
  let tries = 0;
  screens.set(
    view,
    new OnDemand(element, async () => {
      tries += 1;
      if (tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return loadScreen(view);
    }),
  );
}

const alertText = (root: ShadowRoot) =>
  root.querySelector('.screen [role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<hazard-register>: screens that arrive when first opened', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
    await register.repository.setSetting('who', 'Jo Bloggs');
    await register.repository.save('properties', propertyInput('RSH-0104'), null, 'Jo Bloggs');
  });
  afterEach(() => register.close());

  it('says when a screen cannot load, keeps the menu working, and opens it with focus on its heading on "Try again"', async function () {
    this.timeout(30000);
    const d = await registerFixture({ repository: register.repository });
    failingOnce(d.element, 'settings');
    await d.click('Settings');
    await waitUntil(() => alertText(d.root), 'the failure was not shown', { timeout: 20000 });
    expect(alertText(d.root)).to.contain(
      'This part of the page could not load. Check your connection, then try again.',
    );
    expect(d.heading()).to.equal('');
    expect(d.button('Settings').getAttribute('aria-current')).to.equal('page');

    await d.click('Properties');
    await d.waitForHeading('Properties');
    expect(d.text()).to.contain('RSH-0104');

    await d.click('Settings');
    await d.click('Try again');
    await d.waitForHeading('Settings');
    expect(alertText(d.root)).to.equal('');
    expect(d.root.activeElement?.tagName).to.equal('H1');
  });

  it('shows "Loading…" until a screen has arrived, then moves focus to its heading', async function () {
    this.timeout(30000);
    const d = await registerFixture({ repository: register.repository });
    d.button('Compliance report').click();
    await d.element.updateComplete;
    expect(d.root.querySelector('.screen [role="status"]')?.textContent).to.equal('Loading…');
    await d.waitForHeading('Compliance report');
    expect(d.root.activeElement?.tagName).to.equal('H1');
  });

  it('keeps focus on the property page’s heading when the property itself has been read', async function () {
    this.timeout(30000);
    const d = await registerFixture({ repository: register.repository });
    await d.waitForText('RSH-0104');
    await d.click(/RSH-0104/);
    await d.waitForHeading(/^RSH-0104, /);
    await waitUntil(
      () => d.root.activeElement?.tagName === 'H1',
      'focus was lost when the property page finished loading',
      { timeout: 20000 },
    );
    expect(d.root.activeElement?.textContent).to.match(/RSH-0104/);
  });

  it('brings the record pages’ styles with the first record page: a property’s history is laid out as a list', async function () {
    this.timeout(30000);
    const d = await registerFixture({ repository: register.repository });
    await d.waitForText('RSH-0104');
    await d.click(/RSH-0104/);
    await d.waitForHeading(/^RSH-0104, /);
    await waitUntil(() => d.root.querySelector('.history__list'), 'the history did not show', { timeout: 20000 });
    // record.styles.ts: .history__list { padding-left: 1.25rem }, i.e. 20px at the default font size.
    expect(getComputedStyle(d.root.querySelector('.history__list')!).paddingLeft).to.equal('20px');
  });
});
