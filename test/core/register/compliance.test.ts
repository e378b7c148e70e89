import { expect } from '@open-wc/testing';
import {
  CHECKLIST_POLICY_DEFAULTS,
  complianceReport,
  type ComplianceInput,
  type ComplianceReport,
} from '../../../src/core/register/index.ts';
import { action, assessment, evidence, hazard, property } from './fixtures.ts';

const empty: ComplianceInput = {
  asOf: '2026-04-15',
  policy: CHECKLIST_POLICY_DEFAULTS,
  properties: [],
  assessments: [],
  hazards: [],
  actions: [],
  evidence: [],
};
const run = (change: Partial<ComplianceInput>) => complianceReport({ ...empty, ...change });
const counts = (report: ComplianceReport, number: number) => {
  const item = report.items[number - 1]!;
  return { pass: item.pass, fail: item.fail, na: item.notApplicable };
};
const findings = (report: ComplianceReport, number: number) =>
  report.items[number - 1]!.failing.flatMap((row) => row.findings.map((f) => f.text));

describe('complianceReport: item 1, a current assessment or a booked inspection', () => {
  // Policy default (FACTS.md §6): an assessment is current for 12 months.
  const rows: [string, string[], string | null, 'pass' | 'fail', string?][] = [
    ['inspected 11 months ago', ['2025-05-15'], null, 'pass'],
    [
      'inspected exactly 12 months ago: no longer current',
      ['2025-04-15'],
      null,
      'fail',
      'The last assessment (2025-04-15) stopped being current on 2026-04-15 and no inspection is booked.',
    ],
    ['never assessed, inspection booked next week', [], '2026-04-22', 'pass'],
    ['never assessed, inspection booked today', [], '2026-04-15', 'pass'],
    [
      'never assessed, booking has passed',
      [],
      '2026-04-01',
      'fail',
      'No HHSRS assessment is recorded and the inspection booked for 2026-04-01 has passed.',
    ],
    [
      'never assessed, nothing booked',
      [],
      null,
      'fail',
      'No HHSRS assessment is recorded and no inspection is booked.',
    ],
    [
      'only an assessment after the report date',
      ['2026-05-01'],
      null,
      'fail',
      'No HHSRS assessment is recorded and no inspection is booked.',
    ],
    ['latest of several counts', ['2024-01-01', '2025-12-01', '2025-01-01'], null, 'pass'],
  ];
  for (const [name, inspections, booked, expected, text] of rows) {
    it(`${expected}s: ${name}`, () => {
      const report = run({
        properties: [property('p1', { nextInspectionDate: booked })],
        assessments: inspections.map((date) => assessment('p1', date)),
      });
      expect(report.properties[0]!.items[0]).to.equal(expected);
      expect(findings(report, 1)).to.deep.equal(text ? [text] : []);
    });
  }
});

describe('complianceReport: item 2, remedial action for Category 1 hazards in time', () => {
  // Found 2026-03-02; policy default 28 days → due 2026-03-30.
  const cat1 = hazard('h1', 'p1');
  const base = { properties: [property('p1')] };
  it('fails a Category 1 hazard with no remedial action recorded', () => {
    expect(findings(run({ ...base, hazards: [cat1] }), 2)).to.deep.equal([
      'Damp and mould growth (hazard 1), found 2026-03-02: no remedial action is recorded (due by 2026-03-30, policy).',
    ]);
  });
  it('passes open action within time, and fails one targeted beyond the due date', () => {
    const early = run({ ...base, asOf: '2026-03-10', hazards: [cat1], actions: [action('x1', cat1)] });
    expect(counts(early, 2)).to.deep.equal({ pass: 1, fail: 0, na: 0 });
    const late = run({
      ...base,
      asOf: '2026-03-10',
      hazards: [cat1],
      actions: [action('x1', cat1, { targetDate: '2026-04-20' })],
    });
    expect(findings(late, 2)).to.deep.equal([
      'Damp and mould growth (hazard 1), found 2026-03-02: the target date 2026-04-20 is later than the due date 2026-03-30 (policy).',
    ]);
  });
  it('fails an open action past the due date, counting the days overdue', () => {
    const report = run({ ...base, hazards: [cat1], actions: [action('x1', cat1)] });
    expect(findings(report, 2)).to.deep.equal([
      'Damp and mould growth (hazard 1), found 2026-03-02: not completed; due by 2026-03-30 (policy), 16 days overdue.',
    ]);
  });
  it('passes work completed by the due date and fails work completed after it', () => {
    expect(
      counts(run({ ...base, hazards: [cat1], actions: [action('x1', cat1, { completedOn: '2026-03-30' })] }), 2).pass,
    ).to.equal(1);
    expect(
      findings(run({ ...base, hazards: [cat1], actions: [action('x1', cat1, { completedOn: '2026-04-02' })] }), 2),
    ).to.deep.equal([
      'Damp and mould growth (hazard 1), found 2026-03-02: completed 2026-04-02, 3 days after the due date 2026-03-30 (policy).',
    ]);
  });
  it('leaves out work finished before the reporting period (3 months) and hazards found after the report date', () => {
    const old = hazard('h0', 'p1', { foundOn: '2025-06-01' });
    const future = hazard('h2', 'p1', { foundOn: '2026-05-01' });
    const report = run({
      ...base,
      hazards: [old, future],
      actions: [action('x0', old, { completedOn: '2025-06-20' })],
    });
    expect(counts(report, 2)).to.deep.equal({ pass: 0, fail: 0, na: 1 });
  });
  it('ignores Category 2 hazards outside Awaab’s Law and actions raised after the report date', () => {
    const cat2 = hazard('h2', 'p1', { category: 2 });
    expect(counts(run({ ...base, hazards: [cat2] }), 2).na).to.equal(1);
    const report = run({
      ...base,
      asOf: '2026-03-10',
      hazards: [cat1],
      actions: [action('x1', cat1, { raisedOn: '2026-03-12' })],
    });
    expect(findings(report, 2)[0]).to.contain('no remedial action is recorded');
  });
  it('holds a Category 2 significant damp hazard of a social landlord to Awaab’s Law’s make-safe date', () => {
    // Aware Mon 2 March 2026: investigate by 16 March, make safe by 23 March (FACTS.md §4).
    const social = property('p1', { landlordType: 'social' });
    // Its Awaab's Law steps are recorded in time, so the late completion is the one finding.
    const damp = hazard('h3', 'p1', {
      category: 2,
      awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' },
      investigationEndedOn: '2026-03-16',
      writtenSummarySentOn: '2026-03-18',
      madeSafeAt: '2026-03-20T10:00',
    });
    const report = run({
      properties: [social],
      hazards: [damp],
      actions: [action('x3', damp, { completedOn: '2026-03-25' })],
    });
    expect(findings(report, 2)).to.deep.equal([
      'Damp and mould growth (hazard 1), found 2026-03-02: completed 2026-03-25, 2 days after the due date 2026-03-23 (Awaab’s Law).',
    ]);
  });
  it('counts Awaab’s Law steps among the required timescales: one not recorded by its due date, one recorded late', () => {
    // FACTS.md §4 and §6: aware Mon 2 March, investigation ended 16 March → written summary by 19 March, make safe by 23 March.
    const social = property('p1', { landlordType: 'social' });
    const damp = hazard('h3', 'p1', {
      category: 2,
      awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' },
      investigationEndedOn: '2026-03-16',
      madeSafeAt: '2026-03-24T09:00',
    });
    const report = run({
      properties: [social],
      hazards: [damp],
      actions: [action('x3', damp, { targetDate: '2026-03-23', completedOn: '2026-03-23' })],
    });
    expect(findings(report, 2)).to.deep.equal([
      'Damp and mould growth (hazard 1), found 2026-03-02: Awaab’s Law step “Give the tenant a written summary of the investigation” is not recorded; it was due by 2026-03-19.',
      'Damp and mould growth (hazard 1), found 2026-03-02: Awaab’s Law step “Make safe” was recorded 2026-03-24T09:00, after its due date 2026-03-23.',
    ]);
  });
  it('does not hold a hazard dealt with by the report date to steps left unrecorded', () => {
    const social = property('p1', { landlordType: 'social' });
    const closed = hazard('h4', 'p1', {
      category: 2,
      awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' },
      status: 'resolved',
      resolvedOn: '2026-03-23',
    });
    const report = run({
      properties: [social],
      hazards: [closed],
      actions: [action('x4', closed, { targetDate: '2026-03-23', completedOn: '2026-03-23' })],
    });
    expect([counts(report, 2), findings(report, 2)]).to.deep.equal([{ pass: 1, fail: 0, na: 0 }, []]);
  });
});

describe('complianceReport: item 3, inspection repairs tracked to completion with evidence', () => {
  const found = hazard('h1', 'p1', { category: 2 });
  const base = { properties: [property('p1')], hazards: [found] };
  it('passes a repair still within its target date', () => {
    expect(counts(run({ ...base, asOf: '2026-03-10', actions: [action('x1', found)] }), 3)).to.deep.equal({
      pass: 1,
      fail: 0,
      na: 0,
    });
  });
  it('fails an overdue repair', () => {
    expect(findings(run({ ...base, actions: [action('x1', found)] }), 3)).to.deep.equal([
      'Repair “Treat mould and fix extractor fan” is not completed; its target date 2026-03-20 passed 26 days ago.',
    ]);
  });
  it('fails a completed repair with no evidence, and passes it once a photo is attached', () => {
    const done = action('x1', found, { completedOn: '2026-03-18' });
    expect(findings(run({ ...base, actions: [done] }), 3)).to.deep.equal([
      'Repair “Treat mould and fix extractor fan” was completed 2026-03-18 with no evidence attached.',
    ]);
    expect(counts(run({ ...base, actions: [done], evidence: [evidence('x1', '2026-03-18')] }), 3).pass).to.equal(1);
  });
  it('does not count evidence added after the report date, or repairs for residents’ reports', () => {
    const done = action('x1', found, { completedOn: '2026-03-18' });
    expect(counts(run({ ...base, actions: [done], evidence: [evidence('x1', '2026-04-20')] }), 3).fail).to.equal(1);
    const reported = hazard('h1', 'p1', { reportedBy: 'resident', escalatedOn: '2026-03-02' });
    expect(counts(run({ ...base, hazards: [reported], actions: [done] }), 3).na).to.equal(1);
  });
  it('leaves out repairs raised after the report date or completed before the period', () => {
    const report = run({ ...base, asOf: '2026-03-01', actions: [action('x1', found)] });
    expect(counts(report, 3).na).to.equal(1);
    const old = run({ ...base, asOf: '2026-08-01', actions: [action('x1', found, { completedOn: '2026-03-18' })] });
    expect(counts(old, 3).na).to.equal(1);
  });
});

describe('complianceReport: item 4, residents’ and key workers’ reports escalated', () => {
  // Policy default: passed on for assessment within 7 days of the report (2026-03-02 → 2026-03-09).
  const report = (
    change: Parameters<typeof hazard>[2],
    asOf = '2026-04-15',
    landlordType: 'social' | 'private' = 'private',
  ) =>
    run({
      asOf,
      properties: [property('p1', { landlordType })],
      hazards: [hazard('h1', 'p1', { reportedBy: 'resident', category: null, ...change })],
    });
  it('passes a report passed on within 7 days', () =>
    expect(counts(report({ escalatedOn: '2026-03-09' }), 4).pass).to.equal(1));
  it('passes a report still within its 7 days', () => expect(counts(report({}, '2026-03-05'), 4).pass).to.equal(1));
  it('fails a report passed on late, or not at all', () => {
    expect(findings(report({ escalatedOn: '2026-03-12', reportedBy: 'key-worker' }), 4)).to.deep.equal([
      'Damp and mould growth (hazard 1), reported by a key worker on 2026-03-02: passed on for assessment 2026-03-12, 3 days after the due date 2026-03-09 (policy).',
    ]);
    expect(findings(report({}), 4)).to.deep.equal([
      'Damp and mould growth (hazard 1), reported by a resident on 2026-03-02: not yet passed on for assessment; due by 2026-03-09 (policy).',
    ]);
  });
  it('treats an escalation after the report date as not yet done, and leaves out old and future reports', () => {
    expect(findings(report({ escalatedOn: '2026-03-20' }, '2026-03-15'), 4)[0]).to.contain('not yet passed on');
    expect(counts(report({ escalatedOn: '2025-06-03', foundOn: '2025-06-01' }), 4).na).to.equal(1);
    expect(counts(report({ foundOn: '2026-05-01' }), 4).na).to.equal(1);
  });
  it('uses Awaab’s Law’s 24 hours for an emergency reported to a social landlord', () => {
    const result = report(
      {
        hazardId: 'electrical-hazards',
        escalatedOn: '2026-03-04',
        awaabs: { riskLevel: 'emergency', awareAt: '2026-03-02T09:00' },
      },
      '2026-04-15',
      'social',
    );
    expect(findings(result, 4)).to.deep.equal([
      'Electrical hazards (hazard 23), reported by a resident on 2026-03-02: passed on for assessment 2026-03-04, 1 days after the due date 2026-03-03 (Awaab’s Law).',
    ]);
  });
});

describe('complianceReport: item 5 and the summary', () => {
  it('counts a property compliant only when it fails none of items 1 to 4, with drill-down per property', () => {
    const good = property('p1', { nextInspectionDate: '2026-06-01' });
    const bad = property('p2');
    const cat1 = hazard('h2', 'p2', { foundOn: '2026-01-10' });
    const cat2 = hazard('h3', 'p2', { category: 2, resolvedOn: '2026-04-01' });
    const report = run({
      properties: [good, bad],
      assessments: [assessment('p2', '2026-01-10')],
      hazards: [cat1, cat2],
      actions: [action('x2', cat1)],
    });
    expect(counts(report, 5)).to.deep.equal({ pass: 1, fail: 1, na: 0 });
    expect(report.items[4]!.failing).to.deep.equal([
      { propertyId: 'p2', reference: 'P2', findings: [{ recordId: null, text: 'Fails checklist items 2, 3.' }] },
    ]);
    expect(report.items[1]!.failing[0]!.findings[0]!.recordId).to.equal('h2');
    const row = report.properties[1]!;
    expect(row).to.deep.include({
      lastInspection: '2026-01-10',
      currentUntil: '2027-01-10',
      openCategory1: 1,
      openCategory2: 0,
      openActions: 1,
      overdueActions: 1,
      compliant: false,
    });
    expect(row.items).to.deep.equal(['pass', 'fail', 'fail', 'n/a']);
    expect(report.properties[0]).to.deep.include({ lastInspection: null, currentUntil: null, compliant: true });
    expect([report.asOf, report.periodStart, report.propertyCount, report.policyLines.length]).to.deep.equal([
      '2026-04-15',
      '2026-01-15',
      2,
      7,
    ]);
  });
  it('names a single failing item in the singular', () => {
    expect(run({ properties: [property('p1')] }).items[4]!.failing[0]!.findings[0]!.text).to.equal(
      'Fails checklist item 1.',
    );
  });
  it('shows an unknown hazard id as it is', () => {
    const odd = hazard('h1', 'p1', { hazardId: 'indoor-air-pollutants' });
    expect(findings(run({ properties: [property('p1')], hazards: [odd] }), 2)[0]).to.match(
      /^indoor-air-pollutants, found/,
    );
  });
});

describe('reportCsvRows', () => {
  it('lays out the counts, the policy and one row per property with the reasons for failing', async () => {
    const { reportCsvRows } = await import('../../../src/core/register/index.ts');
    const report = run({
      properties: [property('p1', { nextInspectionDate: '2026-06-01' }), property('p2', { housingSchemeId: null })],
    });
    const rows = reportCsvRows(report, 'Whole portfolio', {
      address: (id) => `${id} address`,
      scheme: (id) => (id === null ? '' : 'Riverside'),
    });
    expect(rows[0]).to.deep.equal([
      'Hazard register compliance report',
      'Whole portfolio',
      'Report date 2026-04-15',
      'Period from 2026-01-15',
    ]);
    expect(rows[3]).to.deep.equal([
      '1. Every property has a current HHSRS assessment or a scheduled inspection date',
      1,
      1,
      0,
    ]);
    expect(rows.at(-2)).to.deep.equal([
      'P1',
      'p1 address',
      'Riverside',
      null,
      null,
      '2026-06-01',
      0,
      0,
      0,
      0,
      'pass',
      'n/a',
      'n/a',
      'n/a',
      'yes',
      '',
    ]);
    expect(rows.at(-1)!.slice(-2)).to.deep.equal([
      'no',
      '1: No HHSRS assessment is recorded and no inspection is booked.',
    ]);
  });
});
