import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';
import { formatUkDateTime, parseUkDateTime, ukDateOf } from '../../src/core/uk-time.ts';

// Summer Time Order 2002: BST from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last
// Sunday of October. 2025: 30 March – 26 October; 2026: 29 March – 25 October.
describe('UK clock time', () => {
  const parsed: [input: string, utc: string, why: string][] = [
    ['2025-10-27T14:30', '2025-10-27T14:30:00.000Z', 'GMT after summer time ended on 26 October 2025'],
    ['2025-07-01T09:00', '2025-07-01T08:00:00.000Z', 'BST: UK clock is an hour ahead of UTC'],
    ['2025-07-01T09:00:45', '2025-07-01T08:00:45.000Z', 'seconds are kept'],
    ['2025-07-01T09:00Z', '2025-07-01T09:00:00.000Z', 'an explicit Z is UTC'],
    ['2025-07-01T09:00:30+02:00', '2025-07-01T07:00:30.000Z', 'a positive offset'],
    ['2025-07-01T09:00-05:00', '2025-07-01T14:00:00.000Z', 'a negative offset'],
    ['2025-10-26T01:30', '2025-10-26T00:30:00.000Z', 'the repeated hour is read as the earlier, BST, one'],
    ['2025-10-26T02:00', '2025-10-26T02:00:00.000Z', 'after the change the clock is GMT again'],
    ['2026-03-29T00:59', '2026-03-29T00:59:00.000Z', 'the last GMT minute before summer time'],
    ['2026-03-29T01:30', '2026-03-29T01:30:00.000Z', 'a skipped clock time is read as GMT'],
    ['2026-03-29T02:00', '2026-03-29T01:00:00.000Z', 'the first BST minute'],
  ];
  for (const [input, utc, why] of parsed) {
    it(`reads ${input} as ${utc} (${why})`, () => {
      expect(new Date(parseUkDateTime(input, 'awareAt')).toISOString()).to.equal(utc);
    });
  }

  const formatted: [utc: string, uk: string][] = [
    ['2025-10-27T14:30:00Z', '2025-10-27T14:30:00+00:00'],
    ['2025-07-01T08:00:00Z', '2025-07-01T09:00:00+01:00'],
    ['2025-10-26T00:30:00Z', '2025-10-26T01:30:00+01:00'],
    ['2025-10-26T01:30:00Z', '2025-10-26T01:30:00+00:00'],
    ['2026-03-29T01:30:00Z', '2026-03-29T02:30:00+01:00'],
  ];
  for (const [utc, uk] of formatted) {
    it(`writes ${utc} as UK time ${uk}`, () => {
      expect(formatUkDateTime(Date.parse(utc))).to.equal(uk);
    });
  }

  it('gives the UK calendar date: 23:30 UTC in summer is already the next day', () => {
    expect(ukDateOf(Date.parse('2026-06-30T23:30:00Z'))).to.equal('2026-07-01');
    expect(ukDateOf(Date.parse('2026-01-30T23:30:00Z'))).to.equal('2026-01-30');
  });

  for (const bad of [
    '2025-10-27 14:30',
    '2025-10-27T24:00',
    '2025-10-27T14:60',
    '2025-02-30T10:00',
    '2025-10-27T14:30+1:00',
    '2025-10-27',
  ]) {
    it(`refuses "${bad}", naming the field`, () => {
      expect(() => parseUkDateTime(bad, 'awareAt'))
        .to.throw(HhsrsInputError, 'awareAt must be a date and time written YYYY-MM-DDTHH:MM (UK time)')
        .with.property('field', 'awareAt');
    });
  }
});
