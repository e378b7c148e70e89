import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../helpers/a11y.ts';
import { fillTwoHazards, finalise } from '../officer/finalise-fill.ts';
import { freshDatabase, officerFixture, partsLoaded } from '../officer/fixture.ts';

interface AxRole {
  role: string;
  name: string;
}

/** What Chromium tells a screen reader about the table with this caption: its rows, headings and cells. */
const tableRoles = (caption: string) => executeServerCommand<AxRole[], { caption: string }>('table-roles', { caption });

/** The words shown before a cell's value in a stacked card (generated content), or '' when there are none. */
function label(cell: Element): string {
  const content = getComputedStyle(cell, '::before').content;
  return content === 'none' || content === 'normal' ? '' : content;
}

async function summaryTable() {
  await freshDatabase();
  const { view, root } = await officerFixture('narrow-tables');
  await fillTwoHazards(view, root);
  const table = root.querySelector('[part="summary"] table')!;
  return { view, root, table };
}

describe('tables at narrow widths (shared pattern, ui/table.styles.ts)', function () {
  this.timeout(60000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 320 px shows each ranked hazard as a card, its Category on screen with the heading beside it', async () => {
    await setViewport({ width: 320, height: 800 });
    const { view, table } = await summaryTable();
    const [first] = table.querySelectorAll('tbody tr');
    const cells = [...first!.querySelectorAll('td')];
    expect(cells.map((cell) => cell.textContent?.trim())).to.deep.equal([
      '1',
      '2. Excess cold',
      '1,714',
      'C',
      'Category 1',
    ]);
    for (const cell of cells) {
      expect(cell.getBoundingClientRect().right, `${cell.textContent} is on screen`).to.be.at.most(320);
      expect(label(cell), 'each value has its heading beside it').to.match(/^"(Rank|Hazard|Score|Band|Category): "/);
    }
    expect(label(cells[4]!)).to.match(/^"Category: "/);
    expect(getComputedStyle(table.querySelector('thead')!).clipPath, 'the heading row is hidden from sight').to.equal(
      'inset(50%)',
    );
    await expectAccessible(view, 'summary at 320 px');
  });

  it('is still a table to a screen reader at 320 px: rows, column headings, cells, no heading read twice', async () => {
    await setViewport({ width: 320, height: 800 });
    await summaryTable();
    const roles = await tableRoles('Summary');
    expect(roles[0], 'a table named by its caption').to.deep.equal({ role: 'table', name: 'Summary' });
    expect(roles.filter((r) => r.role === 'columnheader').map((r) => r.name)).to.deep.equal([
      'Rank',
      'Hazard',
      'Score',
      'Band',
      'Category',
    ]);
    expect(roles.filter((r) => r.role === 'row')).to.have.length(3);
    expect(roles.filter((r) => r.role === 'cell').map((r) => r.name)).to.include.members(['Category 1', 'Category 2']);
  });

  it('at 1280 px is a plain table with its heading row shown and no labels in the cells', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { view, table } = await summaryTable();
    expect(getComputedStyle(table).display).to.equal('table');
    expect(getComputedStyle(table.querySelector('thead')!).clipPath).to.equal('none');
    expect([...table.querySelectorAll('td')].map(label).filter(Boolean)).to.deep.equal([]);
    await expectAccessible(view, 'summary at 1280 px');
  });

  for (const width of [320, 700, 1280])
    it(`never breaks a heading inside a word, nor lets a fingerprint widen the page, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const { view, root } = await summaryTable();
      await finalise(view, root, 'Jo Bloggs');
      await partsLoaded(view);
      for (const th of root.querySelectorAll<HTMLElement>('.document th')) {
        const range = document.createRange();
        range.selectNodeContents(th);
        const words = th.textContent!.trim().split(/\s+/).length;
        if (getComputedStyle(th.closest('thead') ?? th).clipPath !== 'none') continue;
        const lines = range.getClientRects().length;
        expect(lines, `“${th.textContent}” on ${words} line(s) at most`).to.be.at.most(words);
      }
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
      const sha = root.querySelector<HTMLElement>('[data-sha256]')!;
      expect(sha.textContent).to.match(/^[0-9a-f]{64}$/);
      expect(sha.getBoundingClientRect().right).to.be.at.most(width);
    });
});
