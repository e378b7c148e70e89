import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../../src/core/errors.ts';
import {
  fieldDifferences,
  mergeKey,
  planMerge,
  resolveMerge,
  type MergeAuditEntry,
  type MergeKind,
  type MergeRecord,
  type MergeSide,
  type MergeStore,
} from '../../../src/core/register/index.ts';

// Versions of one hazard entry: v1 is the common ancestor both devices hold after a restore.
const T1 = '2026-03-02T09:00:00.000Z';
const T2 = '2026-03-03T10:00:00.000Z';
const T3 = '2026-03-04T11:00:00.000Z';
const hazard = (updatedAt: string, revision: number, change: Partial<MergeRecord> = {}): MergeRecord => ({
  id: 'h1',
  revision,
  updatedAt,
  location: 'Back bedroom',
  status: 'open',
  ...change,
});
const audit = (recordId: string, at: string, change = 'updated', id = `${at}~${recordId}`): MergeAuditEntry => ({
  id,
  recordId,
  change,
  at,
});
const side = (store: MergeStore, records: MergeRecord[], trail: MergeAuditEntry[]): MergeSide => ({
  records: {
    housingSchemes: [],
    properties: [],
    assessments: [],
    hazards: [],
    actions: [],
    evidence: [],
    [store]: records,
  },
  audit: trail,
});

const v1 = hazard(T1, 1);
const createdV1 = audit('h1', T1, 'created');
const hereV2 = hazard(T2, 2, { location: 'Kitchen' });
const thereV2 = hazard(T3, 2, { status: 'resolved' });

describe('planMerge', () => {
  const rows: [string, MergeSide, MergeSide, MergeKind | 'same'][] = [
    [
      'both still hold the common version',
      side('hazards', [v1], [createdV1]),
      side('hazards', [v1], [createdV1]),
      'same',
    ],
    // The backup's trail holds v1, the version still here: only the other device changed it, so theirs wins.
    [
      'changed only there',
      side('hazards', [v1], [createdV1]),
      side('hazards', [thereV2], [createdV1, audit('h1', T3)]),
      'updated-there',
    ],
    // This register's trail holds the backup's version: only this device changed it since.
    [
      'changed only here',
      side('hazards', [hereV2], [createdV1, audit('h1', T2)]),
      side('hazards', [v1], [createdV1]),
      'changed-here',
    ],
    // Neither trail holds the other's current version: both changed it since v1.
    [
      'changed on both devices',
      side('hazards', [hereV2], [createdV1, audit('h1', T2)]),
      side('hazards', [thereV2], [createdV1, audit('h1', T3)]),
      'conflict',
    ],
    // Without any trail there is no common version to go on, so a difference is for a person to judge.
    [
      'different on each side, no audit trail',
      side('hazards', [hereV2], []),
      side('hazards', [thereV2], []),
      'conflict',
    ],
    ['added on the other device', side('hazards', [], []), side('hazards', [v1], [createdV1]), 'new-there'],
    ['added here after the backup', side('hazards', [v1], [createdV1]), side('hazards', [], []), 'only-here'],
    [
      'deleted on the other device',
      side('hazards', [v1], [createdV1]),
      side('hazards', [], [createdV1, audit('h1', T3, 'deleted')]),
      'deleted-there',
    ],
    [
      'deleted here, unchanged there',
      side('hazards', [], [createdV1, audit('h1', T2, 'deleted')]),
      side('hazards', [v1], [createdV1]),
      'deleted-here',
    ],
    [
      'deleted here, changed there',
      side('hazards', [], [createdV1, audit('h1', T2, 'deleted')]),
      side('hazards', [thereV2], [createdV1, audit('h1', T3)]),
      'conflict',
    ],
  ];
  for (const [name, here, there, kind] of rows) {
    it(`finds a record ${name}: ${kind}`, () => {
      const plan = planMerge(here, there);
      expect(plan.counts[kind]).to.equal(1);
      expect(Object.values(plan.counts).reduce((a, b) => a + b, 0)).to.equal(1);
      expect(plan.items.map((item) => item.kind)).to.deep.equal(kind === 'same' ? [] : [kind]);
    });
  }

  it('lists the fields that differ in a conflict, with both values', () => {
    const plan = planMerge(
      side('hazards', [hereV2], [createdV1, audit('h1', T2)]),
      side('hazards', [thereV2], [createdV1, audit('h1', T3)]),
    );
    expect(plan.items[0]).to.deep.include({
      fields: [
        { field: 'location', here: 'Kitchen', there: 'Back bedroom' },
        { field: 'status', here: 'open', there: 'resolved' },
      ],
    });
  });

  it('does not add a file twice when the record already has the same bytes', () => {
    const file = (id: string, at: string): MergeRecord => ({
      id,
      revision: 1,
      updatedAt: at,
      recordId: 'h1',
      sha256: 'ab'.repeat(32),
    });
    const plan = planMerge(
      side('evidence', [file('e1', T1)], [audit('e1', T1, 'created')]),
      side('evidence', [file('e2', T2)], [audit('e2', T2, 'created')]),
    );
    expect(plan.items.map((item) => item.kind)).to.deep.equal(['duplicate-file', 'only-here']);
    const other = planMerge(
      side('evidence', [], []),
      side('evidence', [{ ...file('e2', T2), sha256: 'cd'.repeat(32) }], []),
    );
    expect(other.counts['new-there']).to.equal(1);
  });

  it('imports the backup’s audit entries this register lacks, matched by id, oldest first', () => {
    const plan = planMerge(
      side('hazards', [], [createdV1]),
      side('hazards', [], [audit('h1', T3, 'deleted'), createdV1, audit('h2', T2)]),
    );
    expect(plan.auditToImport).to.deep.equal([`${T2}~h2`, `${T3}~h1`]);
  });
});

describe('fieldDifferences', () => {
  it('ignores bookkeeping and reads a missing field as empty', () => {
    expect(
      fieldDifferences(
        { id: 'a', revision: 1, note: null, awaabs: { riskLevel: 'emergency' } },
        { id: 'b', revision: 9, awaabs: { riskLevel: 'significant' } },
      ),
    ).to.deep.equal([{ field: 'awaabs', here: { riskLevel: 'emergency' }, there: { riskLevel: 'significant' } }]);
  });
});

describe('resolveMerge', () => {
  const conflict = planMerge(
    side('hazards', [hereV2], [createdV1, audit('h1', T2)]),
    side('hazards', [thereV2], [createdV1, audit('h1', T3)]),
  );
  const key = mergeKey({ store: 'hazards', there: thereV2 });
  const AT = '2026-03-05T12:00:00.000Z';

  it('adds what is new there and takes what changed only there, as it is', () => {
    const plan = planMerge(
      side('hazards', [v1], [createdV1]),
      side('hazards', [thereV2, { ...v1, id: 'h2' }], [createdV1, audit('h1', T3)]),
    );
    expect(resolveMerge(plan, new Map(), AT)).to.deep.equal([
      { store: 'hazards', before: v1, after: thereV2, how: 'taken' },
      { store: 'hazards', before: null, after: { ...v1, id: 'h2' }, how: 'added' },
    ]);
  });

  const rows: [string, Parameters<typeof resolveMerge>[1], unknown[]][] = [
    ['keep here: nothing is written', new Map([[key, 'here']]), []],
    [
      'take theirs: the backup’s version as it is',
      new Map([[key, 'there']]),
      [{ store: 'hazards', before: hereV2, after: thereV2, how: 'taken' }],
    ],
    // Field by field: this device's location, the other's status, as a new revision above both.
    [
      'field by field',
      new Map([[key, { fields: { location: 'here', status: 'there' } }]]),
      [
        {
          store: 'hazards',
          before: hereV2,
          after: { ...hereV2, status: 'resolved', revision: 3, updatedAt: AT },
          how: 'combined',
        },
      ],
    ],
    ['field by field, every field kept here', new Map([[key, { fields: { location: 'here', status: 'here' } }]]), []],
  ];
  for (const [name, choices, writes] of rows) {
    it(`resolves a conflict by the person’s choice — ${name}`, () =>
      expect(resolveMerge(conflict, choices, AT)).to.deep.equal(writes));
  }

  it('restores a record deleted here when the person takes the backup’s version', () => {
    const plan = planMerge(
      side('hazards', [], [createdV1, audit('h1', T2, 'deleted')]),
      side('hazards', [thereV2], [createdV1, audit('h1', T3)]),
    );
    expect(resolveMerge(plan, new Map([[key, 'there']]), AT)).to.deep.equal([
      { store: 'hazards', before: null, after: thereV2, how: 'added' },
    ]);
    expect(() => resolveMerge(plan, new Map([[key, { fields: {} }]]), AT)).to.throw(
      HhsrsInputError,
      'was deleted here',
    );
  });

  it('refuses to go ahead while a conflict, or one of its fields, has no choice', () => {
    expect(() => resolveMerge(conflict, new Map(), AT)).to.throw(HhsrsInputError, 'choose which version of hazards/h1');
    expect(() => resolveMerge(conflict, new Map([[key, { fields: { location: 'here' } }]]), AT)).to.throw(
      HhsrsInputError,
      'choose which status of hazards/h1',
    );
  });
});
