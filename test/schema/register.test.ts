import { expect } from '@open-wc/testing';
import { actionSchema, hazardEntrySchema, policySchema, propertySchema } from '../../src/schema/register.ts';
import { CHECKLIST_POLICY_DEFAULTS } from '../../src/core/register/index.ts';
import { describeIssues } from '../../src/schema/zod.ts';

const meta = {
  id: 'r1',
  owner: 'hazard-register',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  schemaVersion: 1,
  revision: 1,
};
const problems = (result: { success: boolean; error?: { issues: readonly unknown[] } }) =>
  result.success ? [] : describeIssues(result.error!.issues as never).map((p) => `${p.path}: ${p.message}`);

const hazard = {
  ...meta,
  propertyId: 'p1',
  assessmentId: null,
  hazardId: 'damp-and-mould-growth',
  location: 'Back bedroom',
  description: '',
  foundOn: '2026-03-02',
  reportedBy: 'inspection',
  likelihood: 10,
  spread: [0, 10, 21.5, 68.5],
  score: 1714,
  band: 'C',
  category: 1,
  status: 'open',
  escalatedOn: null,
  resolvedOn: null,
  awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T09:00' },
  investigationEndedOn: null,
};

describe('register schemas', () => {
  it('accepts a property and explains a bad postcode and date', () => {
    const property = {
      ...meta,
      housingSchemeId: null,
      reference: 'P-1',
      addressLine1: '1 Park Row',
      addressLine2: '',
      town: 'Leeds',
      postcode: 'LS1 5HD',
      landlordType: 'social',
      nation: 'england',
      nextInspectionDate: null,
      notes: '',
    };
    expect(propertySchema.safeParse(property).success).to.equal(true);
    expect(
      problems(propertySchema.safeParse({ ...property, postcode: 'nowhere', nextInspectionDate: '1/2/2026' })),
    ).to.deep.equal([
      'postcode: must be a UK postcode such as LS1 1UR',
      'nextInspectionDate: must be a date written YYYY-MM-DD',
    ]);
  });

  it('checks a hazard’s band and category against its score (Table 3, reg 8)', () => {
    expect(hazardEntrySchema.safeParse(hazard).success).to.equal(true);
    expect(problems(hazardEntrySchema.safeParse({ ...hazard, band: 'D' }))).to.deep.equal([
      'band: must be C for a score of 1714',
    ]);
    expect(problems(hazardEntrySchema.safeParse({ ...hazard, category: 2 }))).to.deep.equal([
      'category: must be 1 for band C',
    ]);
    expect(
      problems(hazardEntrySchema.safeParse({ ...hazard, likelihood: null, spread: null, score: null })),
    ).to.deep.equal(['score: is missing: a band or category needs the score it comes from']);
  });

  it('works the score out from the likelihood and spread of harm, and refuses what reg 6 does not allow', () => {
    expect(problems(hazardEntrySchema.safeParse({ ...hazard, score: null }))).to.deep.equal([
      'score: must be 1714, the score of its likelihood and spread of harm',
    ]);
    // Reg 6(5): 10000 × 100 / 10 = 100,000, not the 5 stored.
    expect(
      problems(hazardEntrySchema.safeParse({ ...hazard, spread: [100, 0, 0, 0], score: 5, band: 'J', category: 2 })),
    ).to.deep.equal(['score: must be 100000, the score of its likelihood and spread of harm']);
    expect(problems(hazardEntrySchema.safeParse({ ...hazard, spread: [-50, 150, 0, 0] }))).to.deep.equal([
      'spread[0]: must be a percentage from 0 to 100; got -50',
      'spread[1]: must be a percentage from 0 to 100; got 150',
    ]);
    expect(problems(hazardEntrySchema.safeParse({ ...hazard, likelihood: null }))).to.deep.equal([
      'likelihood: is missing: a spread of harm needs the likelihood it goes with',
    ]);
  });

  it('ties a hazard’s resolved date to its status, and its awareness time to a real clock time', () => {
    expect(problems(hazardEntrySchema.safeParse({ ...hazard, status: 'resolved' }))).to.deep.equal([
      'resolvedOn: is missing: when was it resolved?',
    ]);
    expect(problems(hazardEntrySchema.safeParse({ ...hazard, resolvedOn: '2026-03-09' }))).to.deep.equal([
      'resolvedOn: must be empty while the hazard is open',
    ]);
    expect(
      problems(
        hazardEntrySchema.safeParse({ ...hazard, awaabs: { riskLevel: 'significant', awareAt: '2026-03-02T25:00' } }),
      ),
    ).to.deep.equal(['awaabs.awareAt: must be a real date and time']);
  });

  it('reads an entry written before the Awaab’s Law steps existed as not yet recorded, and checks the steps when given', () => {
    expect(hazardEntrySchema.parse(hazard)).to.not.have.any.keys(
      'writtenSummarySentOn',
      'madeSafeAt',
      'furtherWorksStartedOn',
    );
    const recorded = {
      ...hazard,
      investigationEndedOn: '2026-03-10',
      writtenSummarySentOn: '2026-03-12',
      madeSafeAt: '2026-03-13T15:00',
      furtherWorksStartedOn: '2026-04-01',
    };
    expect(hazardEntrySchema.safeParse(recorded).success).to.equal(true);
    expect(
      problems(
        hazardEntrySchema.safeParse({ ...recorded, writtenSummarySentOn: '12/3/2026', madeSafeAt: '2026-03-13' }),
      ),
    ).to.deep.equal([
      'writtenSummarySentOn: must be a date written YYYY-MM-DD',
      'madeSafeAt: must be a date and time written YYYY-MM-DDTHH:MM',
      'madeSafeAt: must be a real date and time',
    ]);
    expect(
      problems(hazardEntrySchema.safeParse({ ...hazard, awaabs: null, furtherWorksStartedOn: '2026-04-01' })),
    ).to.deep.equal(['furtherWorksStartedOn: must be empty: the risk has no Awaab’s Law classification']);
  });

  it('keeps an action’s dates in order and its state in step with completion', () => {
    const action = {
      ...meta,
      propertyId: 'p1',
      hazardId: 'h1',
      description: 'Fix fan',
      assignee: '',
      contractor: '',
      costPence: 12500,
      raisedOn: '2026-03-02',
      targetDate: '2026-03-30',
      completedOn: null,
      outcome: '',
      state: 'open',
      notice: null,
    };
    expect(actionSchema.safeParse(action).success).to.equal(true);
    expect(
      problems(actionSchema.safeParse({ ...action, targetDate: '2026-03-01', completedOn: '2026-03-01' })),
    ).to.deep.equal([
      'targetDate: must be on or after the day it was raised (2026-03-02)',
      'completedOn: must be on or after the day it was raised (2026-03-02)',
      'state: must be completed',
    ]);
  });

  it('keeps a notice’s day of service true to how it was sent, and still opens one recorded with the day alone', () => {
    const action = {
      ...meta,
      propertyId: 'p1',
      hazardId: 'h1',
      description: 'Improvement notice',
      assignee: '',
      contractor: '',
      costPence: null,
      raisedOn: '2026-03-02',
      targetDate: '2026-03-30',
      completedOn: null,
      outcome: '',
      state: 'open',
    };
    const notice = (fields: object) =>
      actionSchema.safeParse({ ...action, notice: { type: 'improvement-notice', ...fields } });
    // Recorded before how it was sent was asked: the day of service alone.
    expect(problems(notice({ servedOn: '2026-03-10' }))).to.deep.equal([]);
    // Posted first class on Friday 6 March 2026: served on the second working day after, Tuesday 10 March.
    expect(
      problems(notice({ servedOn: '2026-03-10', method: 'first-class-post', sentOn: '2026-03-06' })),
    ).to.deep.equal([]);
    expect(
      problems(notice({ servedOn: '2026-03-06', method: 'first-class-post', sentOn: '2026-03-06' })),
    ).to.deep.equal(['notice.servedOn: must be 2026-03-10, the day of service of a notice sent that way']);
    expect(problems(notice({ servedOn: '2026-03-06', method: 'email', sentOn: '2026-03-06' }))).to.deep.equal([
      'notice.sentAt: must be the time the email was sent, written HH:MM (e.g. 14:05), because an email sent after ' +
        '4.30pm is served the next working day; got "undefined"',
    ]);
    expect(problems(notice({ servedOn: '2026-03-06', sentOn: '2026-03-06' }))).to.deep.equal([
      'notice.method: is missing: how was the notice sent?',
    ]);
    expect(
      problems(notice({ servedOn: '2026-03-06', method: 'by-hand', sentOn: '2026-03-06', sentAt: '09:00' })),
    ).to.deep.equal(['notice.sentAt: must be empty: only an email’s time is kept']);
    expect(
      problems(
        actionSchema.safeParse({
          ...action,
          notice: { type: 'prohibition-order', servedOn: '2026-03-06', method: 'by-hand', sentOn: '2026-03-06' },
        }),
      ),
    ).to.deep.equal(['notice.method: must be empty: a prohibition order is not served']);
  });

  it('accepts the default policy and refuses a nonsense one', () => {
    expect(policySchema.safeParse({ ...CHECKLIST_POLICY_DEFAULTS }).success).to.equal(true);
    expect(
      problems(policySchema.safeParse({ ...CHECKLIST_POLICY_DEFAULTS, assessmentCurrentMonths: 0 })),
    ).to.deep.equal(['assessmentCurrentMonths: must be at least 1']);
  });
});
