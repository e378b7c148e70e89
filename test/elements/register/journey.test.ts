import { expect, fixtureCleanup } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import type { HhsrsRegisterChangeEvent } from '../../../src/elements/events.ts';
import { freshRegister, invoiceFile, pngFile } from './fixtures.ts';
import { registerFixture, type RegisterDriver } from './driver.ts';

async function addProperty(d: RegisterDriver): Promise<void> {
  await d.click('Add a property');
  await d.waitForHeading('Add a property');
  await d.fill('#property-reference', 'RSH-0104');
  await d.fill('#property-address1', '4 Mill Lane');
  await d.fill('#property-town', 'Leeds');
  await d.fill('#property-postcode', 'ls62ab');
  await d.choose('#property-landlord');
  await d.choose('#property-nation');
  await d.fill('#property-next', '2026-06-01');
  await d.click('Save property');
  await d.waitForHeading('RSH-0104, 4 Mill Lane');
}

async function report(d: RegisterDriver, asOf: string): Promise<string> {
  await d.click('Compliance report');
  await d.waitForHeading('Compliance report');
  await d.fill('#report-date', asOf);
  await d.click('Run the report');
  await d.waitForText('Policy settings used');
  const rows = [...d.root.querySelectorAll('.report-table tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent?.trim()).join(' | '),
  );
  return rows.join('\n');
}

describe('<hazard-register>: a manager’s journey', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('adds a property, a hazard and a repair with a photo and an invoice, completes it, and the report changes', async function () {
    this.timeout(120000);
    const { repository, clock } = register;
    const d = await registerFixture({ repository, today: '2026-03-02' });
    const changes: string[] = [];
    d.element.addEventListener('hhsrs-register-change', (e: HhsrsRegisterChangeEvent) =>
      changes.push(`${e.store} ${e.change}`),
    );

    expect(d.heading()).to.equal('Before you start');
    await expectAccessible(d.element, 'asking for a name');
    await d.click('Continue');
    expect(d.text()).to.contain('Enter your name');
    await d.fill('#who-name', 'Jo Bloggs');
    await d.click('Continue');
    await d.waitForHeading('Properties');
    await expectAccessible(d.element, 'empty register');

    await d.click('Add a property');
    await d.waitForHeading('Add a property');
    await d.click('Save property');
    expect([...d.root.querySelectorAll('.error-summary a')].map((a) => a.textContent)).to.deep.equal([
      'Enter the property reference',
      'Enter the first line of the address',
      'Enter the postcode',
      'Select who the landlord is',
      'Select England or Wales',
    ]);
    expect(d.root.activeElement?.classList.contains('error-summary')).to.equal(true);
    await expectAccessible(d.element, 'property form with errors');
    await d.click('Cancel');
    await addProperty(d);
    expect(d.text()).to.contain('LS6 2AB');
    await expectAccessible(d.element, 'property page');

    await d.click('Record a hazard');
    await d.waitForHeading('Record a hazard');
    await d.fill('#hazard-type', 'damp-and-mould-growth');
    await d.fill('#hazard-location', 'Back bedroom');
    await d.choose('#hazard-reported-by');
    await d.fill('#hazard-score', '1714');
    expect(d.field('.score-result').textContent).to.contain('Band C').and.contain('Category 1');
    await d.choose('#hazard-status-open');
    await expectAccessible(d.element, 'hazard form');
    await d.click('Save hazard');
    await d.waitForHeading('Damp and mould growth');
    expect(d.text()).to.contain('found 2026-03-02 + 28 days (Category 1 policy)');

    await d.click('Add remedial action or repair');
    await d.waitForHeading('Add remedial action or repair');
    expect(d.field('#action-target').value).to.equal('2026-03-30');
    await d.fill('#action-description', 'Treat mould and fit extractor fan');
    await d.fill('#action-contractor', 'Dry Homes Ltd');
    await d.fill('#action-cost', '450');
    await d.click('Save action');
    await d.waitForHeading('Damp and mould growth');
    expect(d.text()).to.contain('Due in 28 days');

    const panel = d.field<HTMLElement>('.action-card hhsrs-register-evidence');
    await d.choose('#action-0-evidence-kind');
    await d.upload('#action-0-evidence-file', await pngFile('mould-before.png'));
    await d.click('Add evidence', panel.querySelector('form')!);
    await d.waitForText('Added mould-before.png.');
    await d.choose('#action-0-evidence-kind-invoice');
    await d.upload('#action-0-evidence-file', invoiceFile('invoice-1043.pdf'));
    await d.click('Add evidence', panel.querySelector('form')!);
    await d.waitForText('Added invoice-1043.pdf.');
    expect(d.root.querySelector('.action-card img.evidence__photo')?.getAttribute('alt')).to.equal(
      'Photo: mould-before.png',
    );
    expect(d.root.querySelector('.action-card embed, .action-card iframe, .action-card object')).to.equal(null);
    expect(d.button('Download invoice-1043.pdf')).to.exist;
    await expectAccessible(d.element, 'hazard page with a repair and evidence');

    const before = await report(d, '2026-04-15');
    expect(before).to.contain(
      '2. Category 1 hazards have documented remedial action within required timescales | 0 | 1 | 0',
    );
    expect(before).to.contain(
      '3. Repairs raised from inspections are tracked to completion with evidence attached | 0 | 1 | 0',
    );
    expect(before).to.contain('5. Property compliance summary for commissioners or funders | 0 | 1 | 0');
    d.field<HTMLDetailsElement>('#item-2-failing').open = true;
    expect(d.text()).to.contain('not completed; due by 2026-03-30 (policy), 16 days overdue.');
    await expectAccessible(d.element, 'report with failures');

    d.element.today = '2026-03-20';
    clock.now = new Date('2026-03-20T15:00:00.000Z');
    await d.click('Properties');
    await d.click('RSH-0104');
    await d.waitForHeading('RSH-0104, 4 Mill Lane');
    await d.click('Damp and mould growth');
    await d.waitForHeading('Damp and mould growth');
    await d.click(/Update or complete/);
    await d.waitForHeading('Update the remedial action');
    await d.fill('#action-completed', '2026-03-20');
    await d.fill('#action-outcome', 'Mould treated, fan fitted and tested');
    await d.click('Save action');
    await d.waitForHeading('Damp and mould growth');
    expect(d.text()).to.contain('Every action for this hazard is completed.');
    await d.click('Mark the hazard as resolved');
    await d.waitForText('Resolved');

    const after = await report(d, '2026-04-15');
    expect(after).to.contain(
      '2. Category 1 hazards have documented remedial action within required timescales | 1 | 0 | 0',
    );
    expect(after).to.contain(
      '3. Repairs raised from inspections are tracked to completion with evidence attached | 1 | 0 | 0',
    );
    expect(after).to.contain('5. Property compliance summary for commissioners or funders | 1 | 0 | 0');
    expect(d.text()).to.contain(
      'Category 1 hazards: remedial action completed within 28 days of the hazard being found.',
    );
    await expectAccessible(d.element, 'report all passing');

    expect(changes).to.include.members([
      'properties created',
      'hazards created',
      'actions created',
      'evidence created',
      'actions updated',
      'hazards updated',
    ]);

    // The audit trail recorded each step, with who and what changed.
    const property = (await repository.listProperties({ sort: 'reference', offset: 0, limit: 1 })).items[0]!;
    const hazard = (await repository.hazardsOf(property.id))[0]!;
    const action = (await repository.actionsOf(hazard.id))[0]!;
    const trail = [...(await repository.history(hazard.id)), ...(await repository.history(action.id))].map(
      (e) => `${e.who} ${e.change} ${e.summary}`,
    );
    expect(trail).to.deep.equal([
      'Jo Bloggs created Damp and mould growth (hazard 1), found 2026-03-02',
      'Jo Bloggs updated Damp and mould growth (hazard 1), found 2026-03-02',
      'Jo Bloggs created Action “Treat mould and fit extractor fan”',
      'Jo Bloggs updated Action “Treat mould and fit extractor fan”',
    ]);
    const completion = (await repository.history(action.id))[1]!;
    expect(completion.changes).to.deep.include({ field: 'completedOn', before: null, after: '2026-03-20' });
    expect(completion.changes).to.deep.include({ field: 'state', before: 'open', after: 'completed' });
    const files = await repository.evidenceOf(action.id);
    expect(files.map((f) => [f.kind, f.type, f.originalName])).to.deep.equal([
      ['photo', 'image/png', 'mould-before.png'],
      ['invoice', 'application/pdf', 'invoice-1043.pdf'],
    ]);
    expect((await repository.history(files[0]!.id))[0]!.who).to.equal('Jo Bloggs');

    // Reload: a new element on the same storage finds everything, and does not ask the name again.
    fixtureCleanup();
    const again = await registerFixture({ repository, today: '2026-03-20' });
    await again.waitForHeading('Properties');
    await again.click('RSH-0104');
    await again.click('Damp and mould growth');
    await again.waitForHeading('Damp and mould growth');
    expect(again.text()).to.contain('Mould treated, fan fitted and tested');
    expect(again.text()).to.contain('invoice-1043.pdf');
    const history = again.field<HTMLElement>('#hazard-history summary');
    expect(history.textContent).to.match(/Show the \d+ recorded changes/);
    history.click();
    await again.settle();
    expect(again.field('#hazard-history').textContent).to.contain('Jo Bloggs changed');
    await expectAccessible(again.element, 'hazard page after reload');
  });
});
