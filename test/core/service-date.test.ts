import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';
import { checkServiceDate, type ServiceDateAssessment } from '../../src/core/service-date.ts';

describe('checkServiceDate', () => {
  const inspected: ServiceDateAssessment = { inspectionDate: '2026-03-02', finalisedOn: '2026-03-05' };
  const rows: [sentOn: string, assessment: ServiceDateAssessment, expected: string, why: string][] = [
    ['2026-03-01', inspected, 'before-inspection', 'a notice cannot rest on an inspection not yet made'],
    ['2026-03-02', inspected, 'before-finalised', 'sent on the inspection day, before the figures were final'],
    ['2026-03-04', inspected, 'before-finalised', 'the day before finalising: a warning, not a refusal'],
    ['2026-03-05', inspected, 'ok', 'sent the day it was finalised'],
    ['2026-03-06', inspected, 'ok', 'sent after it was finalised'],
    ['2026-03-02', { inspectionDate: '2026-03-02' }, 'ok', 'finalising not recorded: only the inspection counts'],
  ];
  for (const [sentOn, assessment, expected, why] of rows) {
    it(`${sentOn}: ${expected} (${why})`, () => {
      expect(checkServiceDate(sentOn, assessment)).to.equal(expected);
    });
  }

  it('names the field that is not a date', () => {
    for (const [sentOn, assessment, field] of [
      ['2026-02-30', inspected, 'sentOn'],
      ['2026-03-06', { inspectionDate: '2 March' }, 'inspectionDate'],
      ['2026-03-06', { inspectionDate: '2026-03-02', finalisedOn: '' }, 'finalisedOn'],
    ] as const) {
      expect(() => checkServiceDate(sentOn, assessment))
        .to.throw(HhsrsInputError)
        .with.property('field', field);
    }
  });
});
