import { expect } from '@open-wc/testing';
import { awarenessStart, type AwarenessInput } from '../../src/core/awaabs-law-awareness.ts';
import { HhsrsInputError } from '../../src/core/errors.ts';

describe('awarenessStart', () => {
  const latestOn = '2026-12-07';
  const rows: [input: AwarenessInput, startOn: string, basis: string, exact: boolean, why: string][] = [
    [
      { how: 'phone', date: '2026-09-03', latestOn },
      '2026-09-03',
      'told',
      true,
      'FACTS §4: a phone call starts the clocks',
    ],
    [{ how: 'repair-report', date: '2026-09-03', latestOn }, '2026-09-03', 'told', true, 'a repair report starts them'],
    [{ how: 'visit', date: '2026-09-03', latestOn }, '2026-09-03', 'told', true, 'a visit starts them'],
    [{ how: 'email', date: '2026-12-07', latestOn }, '2026-12-07', 'told', true, 'an email today starts them today'],
    // Interpretation Act 1978 s.7; first class 2nd working day, second class 4th (PD [1985] 1 WLR 489).
    [
      { how: 'letter', date: '2026-03-06', postClass: 'first', latestOn },
      '2026-03-10',
      'letter-arrives',
      true,
      'Fri + 2 working days',
    ],
    [
      { how: 'letter', date: '2026-03-06', postClass: 'second', latestOn },
      '2026-03-12',
      'letter-arrives',
      true,
      'Fri + 4 working days',
    ],
    [
      { how: 'letter', date: '2026-03-06', latestOn },
      '2026-03-12',
      'letter-arrives',
      false,
      'class unknown: the later day, at the latest',
    ],
    [
      { how: 'phone', date: null, latestOn },
      latestOn,
      'date-unknown',
      false,
      'day unknown: the letter’s date, at the latest',
    ],
    [{ how: 'not-told', date: null, latestOn }, latestOn, 'not-told', true, 'not told yet: the letter starts them'],
    [
      { how: 'not-told', date: '2026-01-01', latestOn },
      latestOn,
      'not-told',
      true,
      'not told yet: any date is ignored',
    ],
    // In force 27 October 2025 (FACTS §4): an earlier report runs from then, to check locally.
    [{ how: 'phone', date: '2025-09-03', latestOn }, '2025-10-27', 'in-force', true, 'told before Awaab’s Law came in'],
  ];
  for (const [input, startOn, basis, exact, why] of rows) {
    it(`${input.how} on ${String(input.date)} starts the clocks on ${startOn} (${why})`, () => {
      const start = awarenessStart(input);
      expect([start.startOn, start.basis, start.exact]).to.deep.equal([startOn, basis, exact]);
    });
  }

  it('says the rule in words and flags the post convention and the in-force start to check locally', () => {
    const letter = awarenessStart({ how: 'letter', date: '2026-03-06', postClass: 'first', latestOn });
    expect(letter.rule).to.equal('a letter posted on 2026-03-06 (first class) is treated as arriving on 2026-03-10');
    expect(letter.checkLocally).to.equal(true);
    expect(awarenessStart({ how: 'letter', date: '2026-03-06', latestOn }).rule).to.contain('class not known');
    expect(awarenessStart({ how: 'phone', date: '2026-09-03', latestOn }).checkLocally).to.equal(false);
    const early = awarenessStart({ how: 'phone', date: '2025-09-03', latestOn });
    expect(early.rule).to.contain('before Awaab’s Law came into force');
  });

  const errors: [input: AwarenessInput, field: string][] = [
    [{ how: 'carrier-pigeon' as never, date: null, latestOn }, 'how'],
    [{ how: 'phone', date: '2026-09-31', latestOn }, 'date'],
    [{ how: 'phone', date: '2026-12-08', latestOn }, 'date'],
    [{ how: 'letter', date: '2030-12-31', latestOn: '2030-12-31' }, 'date'],
    [{ how: 'phone', date: null, latestOn: '7 December' }, 'latestOn'],
  ];
  for (const [input, field] of errors) {
    it(`refuses ${JSON.stringify(input)}, naming ${field}`, () => {
      expect(() => awarenessStart(input))
        .to.throw(HhsrsInputError)
        .with.property('field', field);
    });
  }
});
