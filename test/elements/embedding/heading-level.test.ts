import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { deleteDB } from 'idb';
import type { TemplateResult } from 'lit';
import { DATABASE_NAME } from '../../../src/storage/database.ts';
import '../../../src/define.ts';
import { expectAccessible } from '../../helpers/a11y.ts';

declare const axe: {
  run(context: Element, options: object): Promise<{ violations: { id: string }[] }>;
};

/** Every element under `node`, shadow roots included, in the order they are read. */
function* inReadingOrder(node: Element | ShadowRoot): Generator<Element> {
  for (const child of node.children) {
    yield child;
    if (child.shadowRoot) yield* inReadingOrder(child.shadowRoot);
    yield* inReadingOrder(child);
  }
}

/** The shown headings of the page's main, with the level assistive technology reads (aria-level wins). */
function headings(): { name: string; level: number }[] {
  const main = document.querySelector('main')!;
  return [...inReadingOrder(main)]
    .filter((e) => /^H[1-6]$/.test(e.tagName) && (e as HTMLElement).offsetParent !== null)
    .map((e) => ({
      name: e.textContent!.replace(/\s+/g, ' ').trim(),
      level: Number(e.getAttribute('aria-level') ?? e.tagName[1]),
    }));
}

/** The landmarks named `main` anywhere in the page, shadow roots included. */
function mains(): Element[] {
  return [...inReadingOrder(document.body)].filter(
    (e) => e.getAttribute('role') === 'main' || (e.tagName === 'MAIN' && !e.hasAttribute('role')),
  );
}

/** The shadow root where an element's first screen is drawn. */
function viewRoot(element: Element): ShadowRoot | null {
  const inner = element.shadowRoot?.querySelector('hhsrs-officer-assessment, hhsrs-tenant-check');
  return (inner ?? element).shadowRoot;
}

/** A council page with its own h1 and main, and one of the tools under that h1. */
async function onCouncilPage(tool: TemplateResult): Promise<Element> {
  const page = await fixture(html`<div>
    <header><p>Anytown Council</p></header>
    <main>
      <h1>Report a housing problem</h1>
      ${tool}
    </main>
  </div>`);
  const element = page.querySelector('main > :last-child')!;
  await waitUntil(() => viewRoot(element)?.querySelector('h1, h2'), 'the first screen did not arrive', {
    timeout: 20000,
  });
  return element;
}

const TOOLS: [string, TemplateResult, string][] = [
  [
    'the officer assessment',
    html`<hhsrs-assessor mode="officer" storage-key="embed-officer" heading-level="2"></hhsrs-assessor>`,
    'HHSRS assessment',
  ],
  [
    'the tenant self-check',
    html`<hhsrs-assessor storage-key="embed-tenant" heading-level="2"></hhsrs-assessor>`,
    'Check a problem in your rented home',
  ],
  [
    'the overcrowding check',
    html`<overcrowding-check storage-key="embed-overcrowding" heading-level="2"></overcrowding-check>`,
    'Check if a home is overcrowded',
  ],
  [
    'the hazard register',
    html`<hazard-register storage-key="embed-register" heading-level="2"></hazard-register>`,
    'Before you start',
  ],
];

describe('Embedding a tool in a page with its own h1 and main', () => {
  beforeEach(async () => {
    await deleteDB(DATABASE_NAME);
  });

  for (const [name, tool, title] of TOOLS) {
    it(`reads ${name} as a part of the page: its headings start at level 2 under the page's h1`, async () => {
      const element = await onCouncilPage(tool);
      await waitUntil(() => headings().length > 1, 'no heading of the tool was read', { timeout: 20000 });
      const read = headings();
      expect(read[0]).to.deep.equal({ name: 'Report a housing problem', level: 1 });
      expect(read.slice(1).map((h) => h.level)).to.satisfy((levels: number[]) => levels.every((l) => l >= 2));
      expect(read[1]?.name).to.contain(title);
      expect(read[1]?.level).to.equal(2);
      // No heading skips a level on the way down (axe's heading-order), and there is one main landmark.
      const found = await axe.run(element.closest('div')!, {
        runOnly: {
          type: 'rule',
          values: ['heading-order', 'landmark-no-duplicate-main', 'landmark-main-is-top-level', 'landmark-unique'],
        },
      });
      expect(found.violations.map((v) => v.id)).to.deep.equal([]);
      await expectAccessible(element.closest('div')!, `${name} under a page's h1`);
    });
  }

  it('puts no second main landmark inside the page when the register is shown', async () => {
    const element = await onCouncilPage(html`<hazard-register storage-key="embed-register"></hazard-register>`);
    await waitUntil(() => element.shadowRoot?.querySelector('h1'), 'the register did not open', { timeout: 20000 });
    expect(mains()).to.deep.equal([document.querySelector('main')]);
  });

  it('makes the register the main landmark of a page that has none of its own', async () => {
    const element = await fixture(html`<hazard-register storage-key="embed-register"></hazard-register>`);
    await waitUntil(() => element.shadowRoot?.querySelector('h1'), 'the register did not open', { timeout: 20000 });
    expect(mains()).to.deep.equal([element.shadowRoot?.querySelector('[part="screen"]')]);
  });

  it('moves every heading again when the page changes the level, and ignores a level outside 1 to 6', async () => {
    const element = await onCouncilPage(
      html`<overcrowding-check storage-key="embed-overcrowding" heading-level="2"></overcrowding-check>`,
    );
    element.setAttribute('heading-level', '3');
    await waitUntil(() => headings()[1]?.level === 3, 'the top heading did not move to level 3');
    expect(
      headings()
        .slice(1)
        .every((h) => h.level >= 3),
    ).to.equal(true);
    element.setAttribute('heading-level', '9');
    // The check's own top heading is an h2, as before the attribute existed.
    await waitUntil(() => headings()[1]?.level === 2, 'the default level did not come back');
  });
});
