import { expect } from '@open-wc/testing';
import {
  CHECKLIST_POLICY_DEFAULTS,
  complianceReport,
  propertiesAsAt,
  type PropertyChange,
  type RegisterProperty,
} from '../../../src/core/register/index.ts';
import { property } from './fixtures.ts';

let sequence = 0;
/** An audit entry as the repository writes it: the id starts with the time, then a counter. */
const entry = (
  recordId: string,
  at: string,
  change: PropertyChange['change'],
  changes: [string, unknown, unknown][],
): PropertyChange => {
  sequence += 1;
  return {
    id: `${at}~${String(sequence).padStart(9, '0')}`,
    recordId,
    at,
    change,
    changes: changes.map(([field, before, after]) => ({ field, before, after })),
  };
};
const created = (p: RegisterProperty, at: string, change: 'created' | 'imported' = 'created') =>
  entry(
    p.id,
    at,
    change,
    Object.entries(p).map(([field, value]) => [field, null, value]),
  );

// The report date is a UK day. 2026-03-31 is in British Summer Time (from 29 March 2026, Summer Time Order
// 2002), so its end is 23:00 UTC; 2026-01-31 is in GMT, so its end is midnight UTC.
const booked = (date: string | null) => property('p1', { nextInspectionDate: date });

describe('propertiesAsAt: each property as it stood at the end of the report date', () => {
  const rows: [string, RegisterProperty[], PropertyChange[], string, (RegisterProperty | undefined)[]][] = [
    [
      'a property nobody has changed is taken as it stands',
      [booked('2026-05-01')],
      [],
      '2026-03-31',
      [booked('2026-05-01')],
    ],
    [
      'an inspection rebooked after the day reads as booked then',
      [booked('2026-07-01')],
      [entry('p1', '2026-04-20T09:00:00.000Z', 'updated', [['nextInspectionDate', '2026-03-20', '2026-07-01']])],
      '2026-03-31',
      [booked('2026-03-20')],
    ],
    [
      'a change at 00:30 on 1 April UK summer time (23:30 UTC on 31 March) was after 31 March',
      [booked('2026-07-01')],
      [entry('p1', '2026-03-31T23:30:00.000Z', 'updated', [['nextInspectionDate', null, '2026-07-01']])],
      '2026-03-31',
      [booked(null)],
    ],
    [
      'a change at 23:30 on 31 January (GMT, so UTC too) was on the day: it stands',
      [booked('2026-07-01')],
      [entry('p1', '2026-01-31T23:30:00.000Z', 'updated', [['nextInspectionDate', null, '2026-07-01']])],
      '2026-01-31',
      [booked('2026-07-01')],
    ],
    [
      'a property created after the day did not exist then',
      [booked(null)],
      [created(booked(null), '2026-04-01T08:00:00.000Z')],
      '2026-03-31',
      [],
    ],
    [
      'nor did one imported after it (a CSV import or a merge)',
      [booked(null)],
      [created(booked(null), '2026-04-01T08:00:00.000Z', 'imported')],
      '2026-03-31',
      [],
    ],
    [
      'a property created on the day existed at its end',
      [booked(null)],
      [created(booked(null), '2026-03-31T22:59:59.000Z')],
      '2026-03-31',
      [booked(null)],
    ],
    [
      'a property moved between housing schemes after the day is in its old scheme',
      [property('p1', { housingSchemeId: 'scheme-b' })],
      [entry('p1', '2026-04-02T10:00:00.000Z', 'updated', [['housingSchemeId', 'scheme-a', 'scheme-b']])],
      '2026-03-31',
      [property('p1', { housingSchemeId: 'scheme-a' })],
    ],
    [
      'several later changes are undone newest first, whatever order they come in',
      [property('p1', { housingSchemeId: 'scheme-c', reference: 'R-3' })],
      [
        entry('p1', '2026-04-10T10:00:00.000Z', 'updated', [['housingSchemeId', 'scheme-b', 'scheme-c']]),
        entry('p1', '2026-04-05T10:00:00.000Z', 'updated', [
          ['housingSchemeId', 'scheme-a', 'scheme-b'],
          ['reference', 'R-1', 'R-2'],
        ]),
        entry('p1', '2026-04-10T10:00:00.000Z', 'updated', [['reference', 'R-2', 'R-3']]),
        entry('p1', '2026-03-01T10:00:00.000Z', 'updated', [['housingSchemeId', 'scheme-0', 'scheme-a']]),
      ],
      '2026-03-31',
      [property('p1', { housingSchemeId: 'scheme-a', reference: 'R-1' })],
    ],
    [
      'a property deleted after the day and added back by a merge stood as it was before the deletion',
      [booked('2026-09-01')],
      [
        entry('p1', '2026-04-03T10:00:00.000Z', 'imported', [['nextInspectionDate', null, '2026-09-01']]),
        entry('p1', '2026-04-02T10:00:00.000Z', 'deleted', [['nextInspectionDate', '2026-06-01', null]]),
      ],
      '2026-03-31',
      [booked('2026-06-01')],
    ],
    [
      'changes to other records are ignored',
      [booked('2026-05-01'), property('p2')],
      [entry('gone', '2026-04-03T10:00:00.000Z', 'deleted', [['reference', 'GONE', null]])],
      '2026-03-31',
      [booked('2026-05-01'), property('p2')],
    ],
  ];
  for (const [name, now, changes, asOf, expected] of rows) {
    it(name, () => expect(propertiesAsAt(now, changes, asOf)).to.deep.equal(expected));
  }

  it('gives a report for today exactly the properties as they stand (nothing was changed after today)', () => {
    const now = [booked('2026-07-01'), property('p2', { housingSchemeId: 'scheme-b' })];
    const history = [
      created(now[0]!, '2026-01-05T09:00:00.000Z'),
      entry('p1', '2026-04-20T09:00:00.000Z', 'updated', [['nextInspectionDate', '2026-03-20', '2026-07-01']]),
    ];
    const today = propertiesAsAt(now, history, '2026-04-20');
    expect(today).to.deep.equal(now);
    expect(today[0]).to.equal(now[0]);
  });
});

describe('complianceReport on a past date: item 1 reads the inspection booked then', () => {
  // FACTS.md §6 item 1 on 2026-03-31: no assessment, so it passes only if an inspection was booked for then or later.
  const report = (now: RegisterProperty, changes: PropertyChange[]) =>
    complianceReport({
      asOf: '2026-03-31',
      policy: CHECKLIST_POLICY_DEFAULTS,
      properties: propertiesAsAt([now], changes, '2026-03-31'),
      assessments: [],
      hazards: [],
      actions: [],
      evidence: [],
    });
  it('still fails a property whose lapsed booking was replaced by a new one after the day', () => {
    const result = report(booked('2026-07-01'), [
      entry('p1', '2026-04-20T09:00:00.000Z', 'updated', [['nextInspectionDate', '2026-03-20', '2026-07-01']]),
    ]);
    expect(result.items[0]!.failing.map((row) => row.findings[0]!.text)).to.deep.equal([
      'No HHSRS assessment is recorded and the inspection booked for 2026-03-20 has passed.',
    ]);
    expect(result.properties[0]!.nextInspectionDate).to.equal('2026-03-20');
  });
  it('still passes a property whose booking was cancelled after the day', () => {
    const result = report(booked(null), [
      entry('p1', '2026-04-02T09:00:00.000Z', 'updated', [['nextInspectionDate', '2026-04-10', null]]),
    ]);
    expect(result.properties[0]!.items[0]).to.equal('pass');
  });
});
