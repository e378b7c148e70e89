import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.ts';
import { freshRegister, hazardInput, propertyInput } from './register/fixtures.ts';
import { registerFixture } from './register/driver.ts';
import '../../src/elements/overcrowding-check/define.ts';
import '../../src/elements/hhsrs-assessor/define.ts';

/** Nothing inside is wider than the element, except inside a box that scrolls on purpose (a wide table). */
function overflowing(host: HTMLElement): string[] {
  const limit = host.getBoundingClientRect().right + 0.5;
  const all = (root: ShadowRoot | null): Element[] =>
    root ? [...root.querySelectorAll('*')].flatMap((el) => [el, ...all(el.shadowRoot)]) : [];
  const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const inScroller = (el: Element): boolean => {
    for (let p = el.parentElement; p; p = p.parentElement) if (scrolls(p)) return true;
    return false;
  };
  return all(host.shadowRoot)
    .filter((el) => el.getBoundingClientRect().right > limit && !inScroller(el) && el.getBoundingClientRect().width > 0)
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`);
}

const sizes = [
  ['320 px wide', 320, '1'],
  ['200 % zoom on a 640 px window', 640, '2'],
] as const;

describe('every element lays out without sideways scrolling (WCAG 1.4.10 reflow)', () => {
  afterEach(() => document.documentElement.style.removeProperty('zoom'));

  for (const [label, width, zoom] of sizes) {
    it(`hazard register at ${label}: properties, a property's page and the compliance report`, async function () {
      this.timeout(60000);
      const register = await freshRegister();
      const property = await register.repository.save('properties', propertyInput('RSH-0104'), null, 'Jo Bloggs');
      await register.repository.save('hazards', hazardInput(property.id), null, 'Jo Bloggs');
      document.documentElement.style.setProperty('zoom', zoom);
      const d = await registerFixture({ repository: register.repository });
      d.element.style.display = 'block';
      d.element.style.width = `${width}px`;
      await d.fill('#who-name', 'Jo Bloggs');
      await d.click('Continue');
      await d.waitForHeading('Properties');
      expect(overflowing(d.element), 'properties list').to.deep.equal([]);
      await d.click('Compliance report');
      await d.waitForHeading('Compliance report');
      await d.click('Run the report');
      await d.waitForText('Policy settings used');
      expect(overflowing(d.element), 'compliance report').to.deep.equal([]);
      await register.close();
    });

    it(`overcrowding check at ${label} with a household and its results`, async () => {
      document.documentElement.style.setProperty('zoom', zoom);
      const el = await fixture<HTMLElement>(html`<overcrowding-check storage-key="layout-oc"></overcrowding-check>`);
      el.style.display = 'block';
      el.style.width = `${width}px`;
      await waitUntil(() => el.shadowRoot?.querySelector('h1, h2'), 'the check did not render', { timeout: 20000 });
      const add = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
        /couple with 2 children/i.test(b.textContent ?? ''),
      );
      add?.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(overflowing(el)).to.deep.equal([]);
    });

    it(`tenant self-check start page at ${label}`, async () => {
      document.documentElement.style.setProperty('zoom', zoom);
      const el = await fixture<HTMLElement>(
        html`<hhsrs-assessor storage-key="layout-tenant" council-name="Anytown Council"></hhsrs-assessor>`,
      );
      el.style.width = `${width}px`;
      await waitUntil(
        () => el.shadowRoot?.querySelector('hhsrs-tenant-check')?.shadowRoot?.querySelector('h1'),
        'the check did not render',
        { timeout: 20000 },
      );
      expect(overflowing(el)).to.deep.equal([]);
    });
  }
});
