import { expect } from '@open-wc/testing';
import { freshRegister, hazardInput, actionInput, propertyInput } from '../elements/register/fixtures.ts';

describe('register lists (paged on indexes)', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('pages properties by reference, both ways, with the total', async () => {
    const { repository } = register;
    await repository.saveMany(
      { properties: Array.from({ length: 25 }, (_, i) => propertyInput(`P-${String(i + 1).padStart(3, '0')}`)) },
      'Jo',
    );
    const first = await repository.listProperties({ sort: 'reference', offset: 0, limit: 10 });
    expect([first.total, first.items[0]!.reference, first.items[9]!.reference]).to.deep.equal([25, 'P-001', 'P-010']);
    const last = await repository.listProperties({ sort: 'reference', offset: 20, limit: 10 });
    expect(last.items.map((p) => p.reference)).to.deep.equal(['P-021', 'P-022', 'P-023', 'P-024', 'P-025']);
    const reverse = await repository.listProperties({ sort: 'reference-desc', offset: 0, limit: 2 });
    expect(reverse.items.map((p) => p.reference)).to.deep.equal(['P-025', 'P-024']);
  });

  it('finds properties by the start of a reference, else of a postcode, and by housing scheme', async () => {
    const { repository } = register;
    const scheme = await repository.save(
      'housingSchemes',
      { name: 'Riverside', commissioner: '', notes: '' },
      null,
      'Jo',
    );
    await repository.saveMany(
      {
        properties: [
          propertyInput('AB-1', { housingSchemeId: scheme.id }),
          propertyInput('AB-2', { postcode: 'BD1 1AA' }),
          propertyInput('XY-9', { postcode: 'BD7 4QQ', housingSchemeId: scheme.id }),
        ],
      },
      'Jo',
    );
    const byReference = await repository.listProperties({ search: 'AB', sort: 'reference', offset: 0, limit: 10 });
    expect([byReference.matchedOn, byReference.total]).to.deep.equal(['reference', 2]);
    const byPostcode = await repository.listProperties({ search: 'bd', sort: 'reference', offset: 0, limit: 10 });
    expect([byPostcode.matchedOn, byPostcode.items.map((p) => p.reference)]).to.deep.equal([
      'postcode',
      ['AB-2', 'XY-9'],
    ]);
    const inScheme = await repository.listProperties({
      housingSchemeId: scheme.id,
      sort: 'reference',
      offset: 0,
      limit: 10,
    });
    expect(inScheme.items.map((p) => p.reference)).to.deep.equal(['AB-1', 'XY-9']);
    const byNextInspection = await repository.listProperties({ sort: 'next-inspection', offset: 0, limit: 10 });
    expect(byNextInspection.total).to.equal(0);
    expect((await repository.propertyByReference('XY-9'))?.postcode).to.equal('BD7 4QQ');
    expect(await repository.propertyByReference('XY')).to.equal(undefined);
  });

  it('filters hazards by status and category, newest first, and actions that are overdue', async () => {
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    const one = await repository.save('hazards', hazardInput(property.id, { foundOn: '2026-01-05' }), null, 'Jo');
    const two = await repository.save(
      'hazards',
      hazardInput(property.id, { foundOn: '2026-02-05', score: 600, band: 'D', category: 2 }),
      null,
      'Jo',
    );
    await repository.save(
      'hazards',
      hazardInput(property.id, {
        foundOn: '2026-02-20',
        score: null,
        band: null,
        category: null,
        status: 'reported',
        reportedBy: 'resident',
      }),
      null,
      'Jo',
    );
    const all = await repository.listHazards({ offset: 0, limit: 10 });
    expect(all.items.map((h) => h.foundOn)).to.deep.equal(['2026-02-20', '2026-02-05', '2026-01-05']);
    expect((await repository.listHazards({ category: 1, offset: 0, limit: 10 })).items.map((h) => h.id)).to.deep.equal([
      one.id,
    ]);
    expect((await repository.listHazards({ status: 'reported', offset: 0, limit: 10 })).total).to.equal(1);
    expect(
      (await repository.listHazards({ status: 'open', category: 2, offset: 0, limit: 10 })).items.map((h) => h.id),
    ).to.deep.equal([two.id]);

    await repository.save(
      'actions',
      actionInput(property.id, one.id, { raisedOn: '2026-01-05', targetDate: '2026-02-02' }),
      null,
      'Jo',
    );
    await repository.save(
      'actions',
      actionInput(property.id, two.id, { raisedOn: '2026-02-05', targetDate: '2026-05-06' }),
      null,
      'Jo',
    );
    await repository.save(
      'actions',
      actionInput(property.id, two.id, {
        raisedOn: '2026-02-05',
        targetDate: '2026-02-10',
        completedOn: '2026-02-09',
        state: 'completed',
      }),
      null,
      'Jo',
    );
    const overdue = await repository.listActions({ overdueOn: '2026-03-02', offset: 0, limit: 10 });
    expect(overdue.items.map((a) => a.targetDate)).to.deep.equal(['2026-02-02']);
    expect((await repository.listActions({ state: 'open', offset: 0, limit: 10 })).total).to.equal(2);
    // All actions: open ones first (soonest target first), then completed ones; the page can start in either part.
    expect((await repository.listActions({ offset: 0, limit: 10 })).items.map((a) => a.targetDate)).to.deep.equal([
      '2026-02-02',
      '2026-05-06',
      '2026-02-10',
    ]);
    expect((await repository.listActions({ offset: 1, limit: 1 })).items.map((a) => a.targetDate)).to.deep.equal([
      '2026-05-06',
    ]);
    expect((await repository.listActions({ offset: 2, limit: 10 })).items.map((a) => a.targetDate)).to.deep.equal([
      '2026-02-10',
    ]);
    expect((await repository.actionsOf(two.id)).length).to.equal(2);
    expect((await repository.hazardsOf(property.id)).map((h) => h.foundOn)).to.deep.equal([
      '2026-02-20',
      '2026-02-05',
      '2026-01-05',
    ]);
  });

  it('scans a store a chunk at a time, keeping only this register’s records', async () => {
    const { repository } = register;
    const { IdbRegisterRepository } = await import('../../src/storage/register/idb-repository.ts');
    const { scanOwner } = await import('../../src/storage/register/queries.ts');
    const connect = (repository as unknown as { db: () => Promise<import('../../src/storage/database.ts').Database> })
      .db;
    const other = new IdbRegisterRepository(connect, 'other-register');
    await repository.saveMany(
      { properties: ['A-1', 'A-2', 'A-3', 'A-4', 'A-5'].map((ref) => propertyInput(ref)) },
      'Jo',
    );
    await other.saveMany({ properties: ['B-1', 'B-2'].map((ref) => propertyInput(ref)) }, 'Kim');
    const db = await connect();
    for (const size of [2, 5, 7, 100]) {
      const found = await scanOwner<{ owner: string; id: string; reference: string }>(
        db,
        'properties',
        'hazard-register',
        size,
      );
      expect(found.map((p) => p.reference).sort()).to.deep.equal(['A-1', 'A-2', 'A-3', 'A-4', 'A-5']);
    }
  });

  it('gives the report the records of one housing scheme or of the whole portfolio', async () => {
    const { repository } = register;
    const scheme = await repository.save(
      'housingSchemes',
      { name: 'Riverside', commissioner: '', notes: '' },
      null,
      'Jo',
    );
    const inside = await repository.save(
      'properties',
      propertyInput('P-1', { housingSchemeId: scheme.id }),
      null,
      'Jo',
    );
    const outside = await repository.save('properties', propertyInput('P-2'), null, 'Jo');
    await repository.save(
      'assessments',
      {
        propertyId: inside.id,
        inspectionDate: '2026-01-10',
        inspector: 'Jo',
        schemeId: 'england-2005',
        source: 'entered',
        notes: '',
      },
      null,
      'Jo',
    );
    await repository.save('hazards', hazardInput(outside.id), null, 'Jo');
    const schemeOnly = await repository.reportData(scheme.id);
    expect([schemeOnly.properties.length, schemeOnly.assessments.length, schemeOnly.hazards.length]).to.deep.equal([
      1, 1, 0,
    ]);
    const portfolio = await repository.reportData(null);
    expect([portfolio.properties.length, portfolio.hazards.length]).to.deep.equal([2, 1]);
  });
});
