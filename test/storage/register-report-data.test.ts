import { expect } from '@open-wc/testing';
import { CHECKLIST_POLICY_DEFAULTS, complianceReport } from '../../src/core/register/index.ts';
import type { PropertyRecord } from '../../src/schema/register.ts';
import type { ReportData } from '../../src/storage/register/repository.ts';
import { freshRegister, hazardInput, propertyInput } from '../elements/register/fixtures.ts';

/** The report for the quarter ending 31 March 2026 (British Summer Time: the day ends at 23:00 UTC). */
const D = '2026-03-31';

describe('register report data: properties as they stood at the end of the report date', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  const edit = async (saved: PropertyRecord, change: Partial<PropertyRecord>) => {
    const { id, owner: _o, createdAt: _c, updatedAt: _u, schemaVersion: _s, revision, ...fields } = saved;
    return register.repository.save('properties', { ...fields, id, ...change }, revision, 'Ali');
  };
  const references = (data: ReportData) =>
    data.properties.map((p) => `${p.reference} ${p.housingSchemeId} ${p.nextInspectionDate}`);

  /** Riverside on 31 March: P-1 booked for 20 March (lapsed), P-2 booked for May, P-3; then in April things change. */
  async function quarterThenApril() {
    const { repository, clock } = register;
    const riverside = await repository.save(
      'housingSchemes',
      { name: 'Riverside', commissioner: '', notes: '' },
      null,
      'Jo',
    );
    const hillside = await repository.save(
      'housingSchemes',
      { name: 'Hillside', commissioner: '', notes: '' },
      null,
      'Jo',
    );
    const inRiverside = { housingSchemeId: riverside.id };
    const p1 = await repository.save(
      'properties',
      propertyInput('P-1', { ...inRiverside, nextInspectionDate: '2026-03-20' }),
      null,
      'Jo',
    );
    await repository.save(
      'properties',
      propertyInput('P-2', { ...inRiverside, nextInspectionDate: '2026-05-01' }),
      null,
      'Jo',
    );
    const p3 = await repository.save('properties', propertyInput('P-3', inRiverside), null, 'Jo');
    await repository.save('hazards', hazardInput(p3.id), null, 'Jo');
    // 00:30 on 1 April, UK summer time: already after the report date.
    clock.now = new Date('2026-03-31T23:30:00.000Z');
    await edit(p1, { nextInspectionDate: '2026-07-01' });
    await edit(p3, { housingSchemeId: hillside.id });
    await repository.save('properties', propertyInput('P-4', inRiverside), null, 'Jo');
    return { riverside: riverside.id, hillside: hillside.id };
  }

  it('reports a scheme as it stood: a rebooked inspection as booked then, a property moved out still in, one added since absent', async () => {
    const { riverside, hillside } = await quarterThenApril();
    const data = await register.repository.reportData(riverside, D);
    expect(references(data)).to.deep.equal([
      `P-1 ${riverside} 2026-03-20`,
      `P-2 ${riverside} 2026-05-01`,
      `P-3 ${riverside} null`,
    ]);
    expect(data.hazards.length, 'the moved property’s hazard counts where it was').to.equal(1);
    const report = complianceReport({ ...data, asOf: D, policy: CHECKLIST_POLICY_DEFAULTS });
    // FACTS.md §6 item 1: P-1 had no assessment and its booking had passed on 31 March; P-3 had neither.
    expect(report.items[0]!.failing.map((row) => row.findings[0]!.text)).to.deep.equal([
      'No HHSRS assessment is recorded and the inspection booked for 2026-03-20 has passed.',
      'No HHSRS assessment is recorded and no inspection is booked.',
    ]);
    expect((await register.repository.reportData(hillside, D)).properties).to.deep.equal([]);
  });

  it('reports the whole portfolio as it stood, without the property added since', async () => {
    const { riverside } = await quarterThenApril();
    const data = await register.repository.reportData(null, D);
    expect(references(data)).to.deep.equal([
      `P-1 ${riverside} 2026-03-20`,
      `P-2 ${riverside} 2026-05-01`,
      `P-3 ${riverside} null`,
    ]);
  });

  it('reports today exactly as the register stands', async () => {
    const { riverside, hillside } = await quarterThenApril();
    for (const scope of [riverside, hillside, null]) {
      expect(await register.repository.reportData(scope, '2026-04-01')).to.deep.equal(
        await register.repository.reportData(scope),
      );
    }
    const today = await register.repository.reportData(riverside, '2026-04-01');
    expect(today.properties.map((p) => `${p.reference} ${p.nextInspectionDate}`)).to.deep.equal([
      'P-1 2026-07-01',
      'P-2 2026-05-01',
      'P-4 null',
    ]);
  });

  it('gives the same answer when more has changed since than there are properties (each property’s history is read instead)', async () => {
    const { riverside } = await quarterThenApril();
    const few = await register.repository.reportData(riverside, D);
    const p2 = (await register.repository.propertyByReference('P-2'))!;
    for (let i = 0; i < 6; i += 1)
      await register.repository.save('hazards', hazardInput(p2.id, { foundOn: '2026-04-01' }), null, 'Jo');
    const many = await register.repository.reportData(riverside, D);
    expect(references(many)).to.deep.equal(references(few));
    expect(references(many)).to.deep.equal([
      `P-1 ${riverside} 2026-03-20`,
      `P-2 ${riverside} 2026-05-01`,
      `P-3 ${riverside} null`,
    ]);
  });

  it('ignores another register’s audit trail', async () => {
    const { riverside } = await quarterThenApril();
    const { IdbRegisterRepository } = await import('../../src/storage/register/idb-repository.ts');
    const connect = (
      register.repository as unknown as { db: () => Promise<import('../../src/storage/database.ts').Database> }
    ).db;
    const other = new IdbRegisterRepository(connect, 'other-register', () => new Date('2026-04-02T09:00:00.000Z'));
    await other.saveMany(
      {
        properties: ['B-1', 'B-2', 'B-3', 'B-4', 'B-5'].map((ref) =>
          propertyInput(ref, { housingSchemeId: riverside }),
        ),
      },
      'Kim',
    );
    expect((await register.repository.reportData(riverside, D)).properties.map((p) => p.reference)).to.deep.equal([
      'P-1',
      'P-2',
      'P-3',
    ]);
  });
});
