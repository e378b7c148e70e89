import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import { actionInput, freshRegister, hazardInput, propertyInput } from './fixtures.ts';
import type { RegisterRepository } from '../../../src/storage/register/repository.ts';
import { registerFixture, type RegisterDriver } from './driver.ts';

/** A cell's own words, without the hint under them. */
function words(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  for (const hint of copy.querySelectorAll('.hint')) hint.remove();
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The notice's dates as the user reads them: "what | date". */
const timelineRows = (d: RegisterDriver) =>
  [...d.root.querySelectorAll('.notice-timeline tbody tr')].map((row) =>
    [...row.children].slice(0, 2).map(words).join(' | '),
  );

const summaryLinks = (d: RegisterDriver) =>
  [...d.root.querySelectorAll('.error-summary a')].map((a) => a.textContent?.trim());

async function openHazard(d: RegisterDriver): Promise<void> {
  await d.click('RSH-0104');
  await d.waitForHeading('RSH-0104, 4 Mill Lane');
  await d.click('Damp and mould growth');
  await d.waitForHeading('Damp and mould growth');
}

/** Opens the register on the hazard and starts recording an improvement notice on it. */
async function startNotice(repository: RegisterRepository): Promise<RegisterDriver> {
  const d = await registerFixture({ repository, today: '2026-03-06' });
  await openHazard(d);
  await d.click('Add remedial action or repair');
  await d.waitForHeading('Add remedial action or repair');
  // The proposed target date (found 2 March + 28 days, Category 1 policy) shows once the form has opened.
  await waitUntil(() => d.field('#action-target').value === '2026-03-30', 'the form never opened', { timeout: 20000 });
  await d.fill('#action-description', 'Improvement notice: treat mould, fit extractor fan');
  await d.fill('#action-notice', 'improvement-notice');
  return d;
}

describe('<hazard-register>: how a notice was served, and the dates that count from it', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  let propertyId: string;
  let hazardId: string;
  beforeEach(async () => {
    register = await freshRegister();
    const { repository } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    propertyId = (
      await repository.save('properties', propertyInput('RSH-0104', { addressLine1: '4 Mill Lane' }), null, 'Jo')
    ).id;
    // Inspected Monday 2 March 2026, the assessment finalised Thursday 5 March.
    const assessment = await repository.save(
      'assessments',
      {
        propertyId,
        inspectionDate: '2026-03-02',
        inspector: 'Jo Bloggs',
        schemeId: 'england-2005',
        source: 'assessor-draft',
        notes: '',
        finalisedOn: '2026-03-05',
      },
      null,
      'Jo',
    );
    hazardId = (await repository.save('hazards', hazardInput(propertyId, { assessmentId: assessment.id }), null, 'Jo'))
      .id;
  });
  afterEach(() => register.close());

  it('derives the day of service from first class post on a Friday and counts the s.11 dates from it', async function () {
    this.timeout(60000);
    const d = await startNotice(register.repository);
    await d.click('Save action');
    expect(summaryLinks(d)).to.deep.equal(['Select how the notice was sent']);

    await d.choose('#action-method-first-class-post');
    await d.fill('#action-sent', '2026-03-06');
    // Interpretation Act 1978 s.7, first class: the second working day after posting. Friday 6 March → Monday 9
    // is the first working day, Tuesday 10 March the second.
    const service = d.field<HTMLElement>('[data-day-of-service]').textContent?.replace(/\s+/g, ' ') ?? '';
    expect(service).to.contain('10 March 2026').and.contain('second working day after posting');
    expect(service).to.contain('Interpretation Act 1978 s.7').and.contain('Check locally');
    // Sch. 1 para 14: the last of the 21 days beginning with 10 March is 30 March; s.15: operative the day after
    // those 21 days, 31 March; s.13: works may not be required to start before the 28th day after, 7 April.
    expect(timelineRows(d)).to.deep.equal([
      'Last day to appeal to the First-tier Tribunal (Property Chamber) | 30 March 2026',
      'Becomes operative, if no appeal is made | 31 March 2026',
      'Earliest date the notice may require the works to start | 7 April 2026',
    ]);
    expect(d.text()).to.contain('served 2026-03-10 + 20 days');
    await expectAccessible(d.element, 'action form with a notice posted first class');

    await d.click('Save action');
    await d.waitForHeading('Damp and mould growth');
    const saved = (await register.repository.actionsOf(hazardId))[0]!;
    expect(saved.notice).to.deep.equal({
      type: 'improvement-notice',
      servedOn: '2026-03-10',
      method: 'first-class-post',
      sentOn: '2026-03-06',
    });
    // The hazard page counts from the same day of service, and says how it was reached.
    expect(d.field<HTMLElement>('.action-card [data-day-of-service]').textContent).to.contain('10 March 2026');
    expect(timelineRows(d)[0]).to.equal(
      'Last day to appeal to the First-tier Tribunal (Property Chamber) | 30 March 2026',
    );
    await expectAccessible(d.element, 'hazard page with a notice served by post');
  });

  it('serves an email sent after 4.30pm on the next working day, and asks for the time', async function () {
    this.timeout(60000);
    const d = await startNotice(register.repository);
    await d.choose('#action-method-email');
    await d.fill('#action-sent', '2026-03-06');
    await d.click('Save action');
    expect(summaryLinks(d)).to.deep.equal(['Enter the time the email was sent, like 14:05']);
    await d.fill('#action-sent-at', '16:45');
    // CPR 6.26 by analogy: sent at 4.45pm on Friday 6 March, so served on Monday 9 March; appeal by 9 + 20 = 29 March.
    expect(d.field<HTMLElement>('[data-day-of-service]').textContent).to.contain('9 March 2026');
    expect(timelineRows(d)[0]).to.equal(
      'Last day to appeal to the First-tier Tribunal (Property Chamber) | 29 March 2026',
    );
    await d.fill('#action-sent-at', '16:29');
    expect(d.field<HTMLElement>('[data-day-of-service]').textContent).to.contain('6 March 2026');
    await d.click('Save action');
    await d.waitForHeading('Damp and mould growth');
    const saved = (await register.repository.actionsOf(hazardId))[0]!;
    expect(saved.notice).to.deep.include({
      method: 'email',
      sentOn: '2026-03-06',
      sentAt: '16:29',
      servedOn: '2026-03-06',
    });
  });

  it('refuses a notice sent before the inspection, and warns on one sent before the assessment was finalised', async function () {
    this.timeout(60000);
    const d = await startNotice(register.repository);
    await d.choose('#action-method');
    await d.fill('#action-sent', '2026-03-01');
    await d.click('Save action');
    const refusal = 'The date the notice was sent must be on or after the inspection on 2 March 2026';
    expect(summaryLinks(d)).to.deep.equal([refusal]);
    expect(d.field<HTMLElement>('#action-sent-error').textContent).to.contain(refusal);
    expect(d.root.activeElement?.classList.contains('error-summary')).to.equal(true);
    await expectAccessible(d.element, 'action form refusing a date sent before the inspection');
    expect(await register.repository.actionsOf(hazardId)).to.deep.equal([]);

    await d.fill('#action-sent', '2026-03-04');
    expect(d.field<HTMLElement>('[data-sent-warning]').textContent).to.contain(
      'before the assessment was finalised on 5 March 2026',
    );
    await expectAccessible(d.element, 'action form warning of a date sent before finalising');
    await d.click('Save action');
    await d.waitForHeading('Damp and mould growth');
    expect((await register.repository.actionsOf(hazardId))[0]?.notice?.servedOn).to.equal('2026-03-04');
  });

  it('opens a notice recorded before how it was sent was asked, and keeps its day of service', async function () {
    this.timeout(60000);
    await register.repository.save(
      'actions',
      actionInput(propertyId, hazardId, { notice: { type: 'improvement-notice', servedOn: '2026-03-10' } }),
      null,
      'Jo',
    );
    const d = await registerFixture({ repository: register.repository, today: '2026-03-12' });
    await openHazard(d);
    expect(d.field<HTMLElement>('[data-service-not-recorded]').textContent).to.contain(
      'Day of service recorded as 10 March 2026; how it was sent was not recorded',
    );
    expect(timelineRows(d)[0]).to.equal(
      'Last day to appeal to the First-tier Tribunal (Property Chamber) | 30 March 2026',
    );
    await d.click(/Update or complete/);
    await d.waitForHeading('Update the remedial action');
    expect(d.text()).to.contain('Day of service recorded as 10 March 2026');
    await d.fill('#action-outcome', 'Notice served');
    await d.click('Save action');
    await d.waitForHeading('Damp and mould growth');
    expect((await register.repository.actionsOf(hazardId))[0]?.notice).to.deep.equal({
      type: 'improvement-notice',
      servedOn: '2026-03-10',
    });
  });
});
