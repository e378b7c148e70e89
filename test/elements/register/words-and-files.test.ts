import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { expectAccessible } from '../../helpers/a11y.ts';
import { captureDownloads } from '../../helpers/downloads.ts';
import { actionInput, freshRegister, hazardInput, propertyInput } from './fixtures.ts';
import { registerFixture } from './driver.ts';

/** Rows of a CSV file as a spreadsheet reads them (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [cell, i] = [`${cell}"`, i + 1];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, cell] = [[...row, cell], ''];
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      rows.push([...row, cell]);
      [row, cell] = [[], ''];
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** The names Chromium gives a screen reader for every button on the page. */
const buttonNames = () => executeServerCommand<string[], { role: string }>('accessible-names', { role: 'button' });

describe('<hazard-register>: what a user reads in its tables, files and buttons', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  let hazard: Awaited<ReturnType<typeof register.repository.save<'hazards'>>>;
  beforeEach(async () => {
    register = await freshRegister();
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    const home = await repository.save(
      'properties',
      propertyInput('RSH-0104', { addressLine1: 'Flat 3, 9 Canal Street', town: 'Anytown', postcode: 'AN4 5GH' }),
      null,
      'Jo Bloggs',
    );
    hazard = await repository.save('hazards', hazardInput(home.id), null, 'Jo Bloggs');
    await repository.save('actions', actionInput(home.id, hazard.id), null, 'Jo Bloggs');
  });
  afterEach(() => register.close());

  it('lists each property’s address in full, town included, and gives the compliance CSV a Reference and an Address column', async function () {
    this.timeout(60000);
    const { blobs, restore } = captureDownloads();
    try {
      const d = await registerFixture({ repository: register.repository, today: '2026-04-20' });
      await d.waitForHeading('Properties');
      const cells = [...d.root.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')];
      expect(cells.map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()).slice(0, 2)).to.deep.equal([
        'RSH-0104',
        'Flat 3, 9 Canal Street, Anytown, AN4 5GH',
      ]);
      await d.click('Compliance report');
      await d.waitForHeading('Compliance report');
      await d.click('Run the report');
      await d.waitForText('Policy settings used');
      await d.click('Download CSV');
      const rows = parseCsv(await blobs.at(-1)!.text());
      const head = rows.findIndex((row) => row[0] === 'Reference');
      expect(rows[head]!.slice(0, 3)).to.deep.equal(['Reference', 'Address', 'Housing scheme']);
      expect(rows[head + 1]!.slice(0, 2)).to.deep.equal(['RSH-0104', 'Flat 3, 9 Canal Street, Anytown, AN4 5GH']);
    } finally {
      restore();
    }
  });

  it('says in a whole sentence why the 5-working-day works date is not checked in the Awaab’s Law table', async function () {
    this.timeout(60000);
    const { owner: _o, createdAt: _c, updatedAt: _u, schemaVersion: _s, revision, ...fields } = hazard;
    await register.repository.save(
      'hazards',
      { ...fields, awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' } },
      revision,
      'Jo Bloggs',
    );
    const d = await registerFixture({ repository: register.repository, today: '2026-03-18' });
    await d.click('RSH-0104');
    await d.click('Damp and mould growth');
    await d.waitForHeading('Damp and mould growth');
    const table = [...d.root.querySelectorAll('table')].find((t) => t.caption?.textContent?.includes('Awaab’s Law'))!;
    const standing = [...table.querySelectorAll('tbody tr')].map((row) => row.children[3]!.textContent?.trim() ?? '');
    expect(standing).to.include(
      'Not checked here: the start of further works is checked against the 12-week date below',
    );
    for (const words of standing) expect(words, 'no sentence is cut off').not.to.match(/\b(is|the|a|to)$/);
  });

  it('imports an assessment through a file button like every other, and reads the file chosen', async function () {
    this.timeout(60000);
    const d = await registerFixture({ repository: register.repository });
    await d.click('RSH-0104');
    await d.waitForHeading(/^RSH-0104/);
    const button = d.button('Choose an assessment file (JSON)');
    expect(button.classList.contains('button'), 'a GOV.UK button').to.equal(true);
    expect(button.getAttribute('aria-describedby')).to.equal('assessment-import-hint');
    const input = d.field('#assessment-import-file');
    expect(input.getAttribute('aria-hidden'), 'the bare file input is not what the user meets').to.equal('true');
    expect(input.tabIndex).to.equal(-1);
    await expectAccessible(d.element, 'property page with the assessment file button');
    await d.upload('#assessment-import-file', new File(['{"not": "an assessment"}'], 'notes.json'));
    await d.waitForText('This file cannot be imported');
  });

  it('names “Update or complete” and “Open the hazard” with what they open, and no space before the colon', async function () {
    this.timeout(60000);
    const d = await registerFixture({ repository: register.repository, today: '2026-04-20' });
    await d.click('RSH-0104');
    await d.click('Damp and mould growth');
    await d.waitForHeading('Damp and mould growth');
    expect(await buttonNames()).to.include('Update or complete: Treat mould and fit extractor fan');
    await d.click('Compliance report');
    await d.waitForHeading('Compliance report');
    await d.click('Run the report');
    await d.waitForText('Policy settings used');
    d.root.querySelectorAll('details').forEach((details) => {
      details.open = true;
    });
    await d.settle();
    const names = await buttonNames();
    expect(names.filter((name) => name.startsWith('Open the hazard: '))).not.to.be.empty;
    expect(names.filter((name) => / :/.test(name))).to.deep.equal([]);
  });

  it('stops saying everything was deleted once something is imported into the register again', async function () {
    this.timeout(60000);
    const d = await registerFixture({ repository: register.repository });
    await d.click('Import and export');
    await d.waitForHeading('Import and export');
    await d.click('Delete everything');
    await d.click('Yes, delete everything');
    await d.waitForText('Everything in this register has been deleted.');
    expect(await register.repository.isEmpty()).to.equal(true);
    await d.choose('#import-table');
    const csv = 'Ref,Address,Postcode,Landlord,Nation\nRSH-0200,1 Quay St,LS1 4AP,social,England\n';
    await d.upload('#import-file', new File([csv], 'homes.csv', { type: 'text/csv' }));
    await d.click('Import 1 rows');
    await d.waitForText('Imported 1 rows.');
    expect(d.text()).not.to.contain('Everything in this register has been deleted.');
  });
});
