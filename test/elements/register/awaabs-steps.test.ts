import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.ts';
import { freshRegister, hazardInput, propertyInput } from './fixtures.ts';
import { registerFixture, type RegisterDriver } from './driver.ts';

/** The Awaab's Law table's rows as "requirement | due | recorded | where it stands". */
const stepRows = (d: RegisterDriver) =>
  [
    ...[...d.root.querySelectorAll('table')]
      .find((table) => table.caption?.textContent?.includes('Awaab’s Law'))!
      .querySelectorAll('tbody tr'),
  ].map((row) =>
    [...row.children]
      .slice(0, 4)
      .map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())
      .join(' | '),
  );

async function openHazard(d: RegisterDriver): Promise<void> {
  await d.click('RSH-0104');
  await d.waitForHeading('RSH-0104, 4 Mill Lane');
  await d.click('Damp and mould growth');
  await d.waitForHeading('Damp and mould growth');
}

describe('<hazard-register>: Awaab’s Law steps on the hazard form and page', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    const home = await repository.save(
      'properties',
      propertyInput('RSH-0104', { addressLine1: '4 Mill Lane' }),
      null,
      'Jo Bloggs',
    );
    // A significant damp hazard saved as an earlier version saved it: no step fields at all. FACTS.md §4: aware
    // Mon 2 March, investigation ended Tue 10 March → summary by 13 March, made safe by 17 March, works by 2 June.
    await repository.save(
      'hazards',
      hazardInput(home.id, {
        category: 2,
        score: 700,
        band: 'D',
        awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' },
        investigationEndedOn: '2026-03-10',
      }),
      null,
      'Jo Bloggs',
    );
  });
  afterEach(() => register.close());

  it('shows each step’s due date, what is recorded and where it stands in words, and records the steps', async function () {
    this.timeout(60000);
    const d = await registerFixture({ repository: register.repository, today: '2026-03-18' });
    await d.click('RSH-0104');
    await d.waitForHeading('RSH-0104, 4 Mill Lane');
    expect(d.text()).to.contain('Overdue since 13 March 2026');
    await d.click('Damp and mould growth');
    await d.waitForHeading('Damp and mould growth');
    expect(stepRows(d)).to.deep.equal([
      'Investigate | 16 March 2026 | 10 March 2026 | Met',
      'Give the tenant a written summary of the investigation | 13 March 2026 | Not recorded | Overdue: not recorded',
      'Make safe | 17 March 2026 | Not recorded | Overdue: not recorded',
      'Begin further (preventative) works | 17 March 2026 |  | Not checked here: the start of further works is checked against the 12-week date below',
      'Begin further (preventative) works at the latest, where 5 working days is not reasonably practicable | 2 June 2026 | Not recorded | Not yet due',
    ]);
    expect(d.text()).to.contain('Overdue since 13 March 2026');

    await d.click('Change hazard');
    await d.waitForHeading('Change the hazard');
    await d.fill('#hazard-summary-sent', '2026-03-19');
    await d.fill('#hazard-made-safe', '2026-03-01T10:00');
    await d.click('Save hazard');
    expect([...d.root.querySelectorAll('.error-summary a')].map((a) => a.textContent)).to.deep.equal([
      'This date must be today or in the past',
      'This cannot be before the landlord became aware',
    ]);
    await expectAccessible(d.element, 'hazard form with Awaab’s Law step errors');
    await d.fill('#hazard-summary-sent', '2026-03-16');
    await d.fill('#hazard-made-safe', '2026-03-17T15:30');
    await d.click('Save hazard');
    await d.waitForHeading('Damp and mould growth');
    expect(stepRows(d).slice(1, 3)).to.deep.equal([
      'Give the tenant a written summary of the investigation | 13 March 2026 | 16 March 2026 | Missed: done after the due date',
      'Make safe | 17 March 2026 | 17 March 2026, 15:30 | Met',
    ]);
    // Recorded, the summary no longer makes it overdue; made safe in time, neither does the make-safe date: with no
    // remedial action recorded, the policy's 90 days for Category 2 (to 31 May) now set the pace.
    expect(d.text()).to.not.contain('Overdue since');
    await expectAccessible(d.element, 'hazard page with Awaab’s Law steps');
    const [saved] = (await register.repository.listHazards({ offset: 0, limit: 5 })).items;
    expect([saved!.writtenSummarySentOn, saved!.madeSafeAt, 'furtherWorksStartedOn' in saved!]).to.deep.equal([
      '2026-03-16',
      '2026-03-17T15:30',
      false,
    ]);
  });

  it('asks an emergency only when it was made safe, to the minute, and checks the 24 hours', async function () {
    this.timeout(60000);
    const d = await registerFixture({ repository: register.repository, today: '2026-03-03' });
    await openHazard(d);
    await d.click('Change hazard');
    await d.waitForHeading('Change the hazard');
    await d.choose('#hazard-risk-emergency');
    expect(
      ['#hazard-summary-sent', '#hazard-made-safe', '#hazard-works-started'].map(
        (id) => d.root.querySelector(id) !== null,
      ),
    ).to.deep.equal([false, true, false]);
    expect(d.field('#hazard-made-safe').type).to.equal('datetime-local');
    await d.fill('#hazard-made-safe', '2026-03-03T09:30');
    await d.click('Save hazard');
    await d.waitForHeading('Damp and mould growth');
    // Aware 2 March 09:00 (GMT): investigate and make safe by 3 March 09:00; made safe at 09:30 is missed.
    expect(stepRows(d)).to.deep.equal([
      'Investigate and make safe | 3 March 2026 at 09:00 | 3 March 2026, 09:30 | Missed: done after the due date',
    ]);
  });
});
