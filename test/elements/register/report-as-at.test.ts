import { expect } from '@open-wc/testing';
import { captureDownloads } from '../../helpers/downloads.ts';
import { freshRegister, propertyInput } from './fixtures.ts';
import { registerFixture, type RegisterDriver } from './driver.ts';

/** Runs the report and waits for its scope line, e.g. '1 property. Reporting period'; gives checklist item 1's row. */
async function report(d: RegisterDriver, asOf: string, scope: string): Promise<string[]> {
  await d.fill('#report-date', asOf);
  await d.click('Run the report');
  await d.waitForText(scope);
  return [...d.root.querySelectorAll('.report-table tbody tr')]
    .slice(0, 1)
    .map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' | '));
}

describe('<hazard-register>: a report for a past date', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('judges each property as it stood at the end of that date, on screen and in the CSV', async function () {
    this.timeout(90000);
    const { repository, clock } = register;
    await repository.setSetting('who', 'Jo Bloggs');
    const saved = await repository.save(
      'properties',
      propertyInput('RSH-0104', { nextInspectionDate: '2026-03-20' }),
      null,
      'Jo Bloggs',
    );
    // In April the lapsed inspection is rebooked and a property is added.
    clock.now = new Date('2026-04-20T09:00:00.000Z');
    const { id, owner: _o, createdAt: _c, updatedAt: _u, schemaVersion: _s, revision, ...fields } = saved;
    await repository.save('properties', { ...fields, id, nextInspectionDate: '2026-07-01' }, revision, 'Jo Bloggs');
    await repository.save('properties', propertyInput('RSH-0200'), null, 'Jo Bloggs');
    const { blobs, restore } = captureDownloads();
    try {
      const d = await registerFixture({ repository, today: '2026-04-20' });
      await d.click('Compliance report');
      await d.waitForHeading('Compliance report');
      // FACTS.md §6 item 1 on 31 March: no assessment, and the inspection booked then (20 March) had passed.
      expect(await report(d, '2026-03-31', '1 property. Reporting period')).to.deep.equal([
        '1. Every property has a current HHSRS assessment or a scheduled inspection date | 0 | 1 | 0',
      ]);
      d.field<HTMLDetailsElement>('#item-1-failing').open = true;
      expect(d.text()).to.contain('the inspection booked for 2026-03-20 has passed.');
      await d.click('Download CSV');
      const csv = await blobs.at(-1)!.text();
      expect(csv).to.contain('RSH-0104');
      expect(csv).not.to.contain('RSH-0200');

      // Today the rebooked property passes and the new one (nothing booked) fails.
      expect(await report(d, '2026-04-20', '2 properties. Reporting period')).to.deep.equal([
        '1. Every property has a current HHSRS assessment or a scheduled inspection date | 1 | 1 | 0',
      ]);
    } finally {
      restore();
    }
  });
});
