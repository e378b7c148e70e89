import { expect } from '@open-wc/testing';
import { readChoice, readDate, readHazard, readPence, readWholeNumber } from '../../../src/core/register/index.ts';

describe('reading spreadsheet cells', () => {
  const dates: [string, string | null][] = [
    ['2026-03-02', '2026-03-02'],
    ['02/03/2026', '2026-03-02'], // UK order: day first
    ['2/3/2026', '2026-03-02'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2026', null],
    ['03-02-2026', null],
  ];
  for (const [text, expected] of dates) {
    it(`reads the date “${text}” as ${expected ?? 'a problem'}`, () => {
      const result = readDate(text);
      expect(result.ok ? result.value : null).to.equal(expected);
      if (!result.ok) expect(result.message).to.equal(`“${text}” is not a date: write it as 2026-03-02 or 02/03/2026`);
    });
  }

  it('reads a hazard by Schedule 1 number, id or name (FACTS.md §2)', () => {
    expect(
      [readHazard('21'), readHazard('fire'), readHazard(' Excess cold ')].map((r) => r.ok && r.value),
    ).to.deep.equal(['falling-on-stairs', 'fire', 'excess-cold']);
    expect(readHazard('30').ok).to.equal(false);
  });

  it('reads a choice by any of its words', () => {
    const choices = { social: ['housing association'], private: [] } as const;
    expect(
      [readChoice('Housing Association', choices), readChoice('PRIVATE', choices)].map((r) => r.ok && r.value),
    ).to.deep.equal(['social', 'private']);
    expect(readChoice('owner', choices)).to.deep.equal({
      ok: false,
      message: '“owner” must be one of: social, private',
    });
  });

  it('reads whole numbers and money in pounds as pence', () => {
    expect([readWholeNumber('1,714'), readWholeNumber('17.5')].map((r) => r.ok && r.value)).to.deep.equal([
      1714,
      false,
    ]);
    expect(
      ['£1,250.50', '1250.5', '40', '£0.05'].map((text) => {
        const r = readPence(text);
        return r.ok && r.value;
      }),
    ).to.deep.equal([125050, 125050, 4000, 5]);
    expect(readPence('about £40')).to.deep.equal({
      ok: false,
      message: '“about £40” must be an amount in pounds, e.g. 1250.00',
    });
  });
});
