import { expect } from '@open-wc/testing';
import { commitImport, planImport } from '../../src/storage/register/csv-import.ts';
import { freshRegister, propertyInput } from '../elements/register/fixtures.ts';

describe('CSV import with column mapping and a dry run', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  const properties = [
    'Property Ref,Address,Town,Post code,Landlord,Country,Next inspection,Scheme',
    'R-1,1 Mill Lane,Leeds,ls62ab,Housing association,England,01/06/2026,Riverside',
    'R-2,2 Mill Lane,Leeds,LS6 2AB,private,Wales,,Riverside',
    'R-1,3 Mill Lane,Leeds,nowhere,council,Scotland,31/02/2026,',
    'R-4,,Leeds,LS6 2AB,council,England,,Hillside',
  ].join('\n');

  it('matches the columns, reports each row’s problems, and writes nothing in the dry run', async () => {
    const { repository } = register;
    const plan = await planImport(repository, 'properties', properties);
    expect(plan.mapping).to.deep.include({
      reference: 0,
      addressLine1: 1,
      postcode: 3,
      landlordType: 4,
      nation: 5,
      nextInspectionDate: 6,
      housingScheme: 7,
      addressLine2: null,
    });
    expect(plan.rows.map((row) => [row.line, row.problems])).to.deep.equal([
      [2, []],
      [3, []],
      [
        4,
        [
          'Reference: R-1 appears earlier in the file',
          'Postcode: “nowhere” is not a UK postcode',
          'Nation: “Scotland” must be one of: england, wales',
          'Next inspection date: “31/02/2026” is not a date: write it as 2026-03-02 or 02/03/2026',
        ],
      ],
      [5, ['Address line 1: is empty']],
    ]);
    expect(plan.newSchemes).to.deep.equal(['Riverside']);
    expect((await repository.counts()).properties).to.equal(0);

    expect(await commitImport(repository, plan, 'Jo')).to.equal(2);
    const saved = await repository.listProperties({ sort: 'reference', offset: 0, limit: 10 });
    expect(
      saved.items.map((p) => [p.reference, p.postcode, p.landlordType, p.nation, p.nextInspectionDate]),
    ).to.deep.equal([
      ['R-1', 'LS6 2AB', 'social', 'england', '2026-06-01'],
      ['R-2', 'LS6 2AB', 'private', 'wales', null],
    ]);
    expect(saved.items[0]!.housingSchemeId).to.be.a('string');
    expect(saved.items[0]!.housingSchemeId).to.equal(saved.items[1]!.housingSchemeId);
    expect((await repository.history(saved.items[0]!.id))[0]!.change).to.equal('imported');
  });

  it('refuses a file missing a required column, and references already in the register', async () => {
    const { repository } = register;
    const missing = await planImport(repository, 'properties', 'Reference,Address\nR-1,1 Mill Lane');
    expect(missing.fileProblems).to.deep.equal([
      'No column is chosen for “Postcode”, which every row needs.',
      'No column is chosen for “Landlord type”, which every row needs.',
      'No column is chosen for “Nation”, which every row needs.',
    ]);
    expect(missing.rows).to.deep.equal([]);
    await repository.save('properties', propertyInput('R-1'), null, 'Jo');
    const duplicate = await planImport(repository, 'properties', properties);
    expect(duplicate.rows[0]!.problems).to.deep.equal(['Reference: R-1 is already in the register']);
  });

  it('imports hazards against existing properties, scoring band and category from the score', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('R-1'), null, 'Jo');
    const text = [
      'Reference,Hazard,Room,Date found,How reported,HHSRS score',
      'R-1,1,Bedroom,02/03/2026,tenant,1714',
      'R-1,Falling on stairs etc.,Stairs,2026-03-04,Support worker,',
      'R-9,99,Hall,yesterday,neighbour,lots',
    ].join('\n');
    const plan = await planImport(repository, 'hazards', text);
    expect(plan.rows.map((row) => row.problems)).to.deep.equal([
      [],
      [],
      [
        'Property reference: R-9 is not in the register; import the property first',
        'Hazard: “99” is not one of the 29 hazards: give its number (1 to 29) or its name',
        'Found on: “yesterday” is not a date: write it as 2026-03-02 or 02/03/2026',
        'Reported by: “neighbour” must be one of: inspection, resident, key-worker',
        'Score: “lots” must be a whole number, e.g. 1714',
      ],
    ]);
    expect(await commitImport(repository, plan, 'Jo')).to.equal(2);
    const hazards = await repository.listHazards({ offset: 0, limit: 10 });
    expect(hazards.items.map((h) => [h.hazardId, h.reportedBy, h.score, h.band, h.category, h.status])).to.deep.equal([
      ['falling-on-stairs', 'key-worker', null, null, null, 'reported'],
      ['damp-and-mould-growth', 'resident', 1714, 'C', 1, 'open'],
    ]);
  });

  it('uses the mapping the user chose instead of the guess', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('R-1'), null, 'Jo');
    const plan = await planImport(repository, 'hazards', 'A,B,C,D\nR-1,Damp and mould growth,2026-03-02,inspection', {
      propertyReference: 0,
      hazard: 1,
      foundOn: 2,
      reportedBy: 3,
      location: null,
      description: null,
      score: null,
    });
    expect(plan.rows[0]!.problems).to.deep.equal([]);
  });
});

describe('importing an assessment from the officer’s tool', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('adds the inspection and its hazards, scored as the assessor scored them', async () => {
    const { assessmentFile, emptyAssessment } = await import('../../src/schema/assessment-values.ts');
    const { planAssessmentImport } = await import('../../src/storage/register/assessment-import.ts');
    const { repository } = register;
    const property = await repository.save('properties', propertyInput('R-1'), null, 'Jo');
    const assessment = {
      ...emptyAssessment('a1'),
      schemeId: 'england-2005',
      details: {
        ...emptyAssessment('a1').details,
        address: '1 Mill Lane',
        reference: 'HH/1',
        nation: 'england' as const,
        inspectionDate: '2026-03-02',
        inspector: 'A. Officer',
      },
      hazards: [
        // FACTS.md §1 worked example: L = 180, spread [0, 4.6, 21.5, 73.9] → 65.49 → 65, band G, Category 2.
        {
          hazardId: 'damp-and-mould-growth',
          likelihood: 180,
          mostLikelyClass: 4 as const,
          spread: [0, 4.6, 21.5, 0] as const,
          justification: 'Mould on the bedroom wall.',
        },
        {
          hazardId: 'falling-on-stairs',
          likelihood: null,
          mostLikelyClass: null,
          spread: [0, 0, 0, 0] as const,
          justification: '',
        },
      ],
    };
    const result = await planAssessmentImport(assessmentFile(assessment, '2026-03-03T10:00:00.000Z'), property.id);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect([result.plan.scored, result.plan.unscored]).to.deep.equal([1, 1]);
    await repository.saveMany(result.plan.batch, 'Jo');
    const hazards = await repository.hazardsOf(property.id);
    const damp = hazards.find((h) => h.hazardId === 'damp-and-mould-growth')!;
    expect([damp.score, damp.band, damp.category, damp.likelihood, damp.spread, damp.status]).to.deep.equal([
      65,
      'G',
      2,
      180,
      [0, 4.6, 21.5, 73.9],
      'open',
    ]);
    expect(hazards.find((h) => h.hazardId === 'falling-on-stairs')).to.deep.include({
      score: null,
      status: 'reported',
    });
    const [recorded] = await repository.assessmentsOf(property.id);
    expect(recorded).to.deep.include({
      inspectionDate: '2026-03-02',
      inspector: 'A. Officer',
      source: 'assessor-draft',
      schemeId: 'england-2005',
    });
  });

  it('refuses a file that is not an assessment, or has no inspection date', async () => {
    const { assessmentFile, emptyAssessment } = await import('../../src/schema/assessment-values.ts');
    const { planAssessmentImport } = await import('../../src/storage/register/assessment-import.ts');
    expect((await planAssessmentImport('{"nope": 1}', 'p1')).ok).to.equal(false);
    const undated = await planAssessmentImport(assessmentFile(emptyAssessment('a2'), '2026-03-03T10:00:00.000Z'), 'p1');
    expect(undated.ok === false && undated.problems).to.deep.equal([
      {
        path: 'assessment.details.inspectionDate',
        message: 'is missing: the register needs the date of the inspection',
      },
      {
        path: 'assessment.details.nation',
        message: 'is missing: the register needs the nation to know which scheme applies',
      },
    ]);
  });

  // FACTS §7: English inspections begun on or after 22 June 2026 fall under the 2026 scheme, never the 2005 tables.
  const dampAt = (
    inspectionDate: string,
    emptyAssessment: (id: string) => import('../../src/schema/assessment.ts').Assessment,
  ) => ({
    ...emptyAssessment('a3'),
    schemeId: 'england-2005',
    details: { ...emptyAssessment('a3').details, nation: 'england' as const, inspectionDate },
    hazards: [
      {
        hazardId: 'damp-and-mould-growth',
        likelihood: 180,
        mostLikelyClass: 4 as const,
        spread: [0, 4.6, 21.5, 0] as const,
        justification: 'Mould.',
      },
    ],
  });

  it('scores an English inspection of 21 June 2026 under the 2005 tables', async () => {
    const { assessmentFile, emptyAssessment } = await import('../../src/schema/assessment-values.ts');
    const { planAssessmentImport } = await import('../../src/storage/register/assessment-import.ts');
    const result = await planAssessmentImport(
      assessmentFile(dampAt('2026-06-21', emptyAssessment), '2026-06-21T10:00:00.000Z'),
      'p1',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // FACTS §1 worked example: 65, band G, Category 2.
    expect(result.plan.batch.hazards![0]).to.deep.include({ score: 65, band: 'G', category: 2 });
    expect(result.plan.notScored).to.equal(undefined);
  });

  it('does not score an English inspection of 22 June 2026 or later under the 2005 tables, and says why', async () => {
    const { assessmentFile, emptyAssessment } = await import('../../src/schema/assessment-values.ts');
    const { planAssessmentImport } = await import('../../src/storage/register/assessment-import.ts');
    for (const date of ['2026-06-22', '2026-09-01']) {
      const result = await planAssessmentImport(
        assessmentFile(dampAt(date, emptyAssessment), '2026-09-02T10:00:00.000Z'),
        'p1',
      );
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.plan.batch.hazards![0]).to.deep.include({
        score: null,
        band: null,
        category: null,
        status: 'reported',
      });
      expect([result.plan.scored, result.plan.unscored, result.plan.notScored]).to.deep.equal([
        0,
        1,
        'needs-2026-scheme',
      ]);
      expect(result.plan.batch.assessments![0]!.schemeId).to.equal('none');
    }
  });

  it('checks a finalised file’s fingerprint before anything is saved, and says in words what differs', async () => {
    const { assessmentFile, emptyAssessment } = await import('../../src/schema/assessment-values.ts');
    const { finalise } = await import('../../src/schema/assessment-fingerprint.ts');
    const { ENGLAND_2005 } = await import('../../src/core/index.ts');
    const { planAssessmentImport } = await import('../../src/storage/register/assessment-import.ts');
    const sealed = await finalise(
      dampAt('2026-03-02', emptyAssessment),
      { by: 'A. Officer', at: '2026-03-03T10:00:00.000Z', revision: 1 },
      ENGLAND_2005,
    );
    const intact = await planAssessmentImport(assessmentFile(sealed, '2026-03-03T11:00:00.000Z'), 'p1');
    if (!intact.ok) throw new Error(JSON.stringify(intact.problems));
    expect(intact.plan.fingerprint).to.deep.equal({
      matches: true,
      words: 'The fingerprint matches: the record has not changed since it was finalised.',
    });

    // The exported file is edited: the likelihood lowered from 180 to 100.
    const edited = { ...sealed, hazards: sealed.hazards.map((h) => ({ ...h, likelihood: 100 })) };
    const result = await planAssessmentImport(assessmentFile(edited, '2026-03-03T11:00:00.000Z'), 'p1');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.fingerprint).to.deep.equal({
      matches: false,
      words:
        'This assessment’s fingerprint does not match its contents: hazard 1 (damp-and-mould-growth), its figures or justification differs from when it was finalised.',
    });
    expect(result.plan.batch.assessments![0]!.notes).to.contain(
      'Imported from a file that did not match its fingerprint',
    );
    expect(intact.plan.batch.assessments![0]!.notes).not.to.contain('fingerprint');
  });
});
