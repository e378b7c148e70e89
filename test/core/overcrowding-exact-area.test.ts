import { expect } from '@open-wc/testing';
import {
  atLeast,
  decimal,
  decimalText,
  exceeds,
  forReading,
  fromFeet,
  fromSquareFeet,
  isZero,
  minus,
  parseDecimal,
  SQUARE_FOOT_IN_SQUARE_METRES,
  SQUARE_METRES_PER_SQUARE_FOOT,
  times,
  toNumber,
  type Decimal,
} from '../../src/core/overcrowding/exact-area.ts';

/** A decimal from text the test trusts, e.g. '10.22'. */
function d(text: string): Decimal {
  const parsed = parseDecimal(text);
  if (!parsed.ok) throw new Error(`not a decimal: ${text}`);
  return parsed.value;
}

describe('exact areas — reading what a person typed', () => {
  const rows: { text: string; parsed: ReturnType<typeof parseDecimal>; why: string }[] = [
    {
      text: '10.22',
      parsed: { ok: true, value: { digits: 1022n, exponent: -2 } },
      why: 'the 2018 HMO size, kept exact',
    },
    {
      text: '010.50',
      parsed: { ok: true, value: { digits: 1050n, exponent: -2 } },
      why: 'leading and trailing zeros are harmless',
    },
    {
      text: ' 7 ',
      parsed: { ok: true, value: { digits: 7n, exponent: 0 } },
      why: 'spaces around a number are ignored',
    },
    { text: '5.', parsed: { ok: true, value: { digits: 5n, exponent: 0 } }, why: 'a trailing point' },
    { text: '.5', parsed: { ok: true, value: { digits: 5n, exponent: -1 } }, why: 'a leading point' },
    { text: '', parsed: { ok: false, problem: 'missing' }, why: 'blank' },
    { text: '   ', parsed: { ok: false, problem: 'missing' }, why: 'only spaces' },
    { text: '-3', parsed: { ok: false, problem: 'negative' }, why: 'a minus sign' },
    { text: '- 2.5', parsed: { ok: false, problem: 'negative' }, why: 'a minus sign with a space' },
    { text: '-.5', parsed: { ok: false, problem: 'negative' }, why: 'a minus sign and a leading point' },
    { text: 'ten', parsed: { ok: false, problem: 'not-a-number' }, why: 'words are not guessed at' },
    {
      text: '1,000',
      parsed: { ok: false, problem: 'not-a-number' },
      why: 'a comma could be a thousands or a decimal separator',
    },
    { text: '1e3', parsed: { ok: false, problem: 'not-a-number' }, why: 'no exponents' },
    { text: '.', parsed: { ok: false, problem: 'not-a-number' }, why: 'a point alone' },
    { text: '-', parsed: { ok: false, problem: 'not-a-number' }, why: 'a minus sign alone' },
  ];
  for (const { text, parsed, why } of rows) {
    it(`reads ${JSON.stringify(text)}: ${why}`, () => {
      expect(parseDecimal(text)).to.deep.equal(parsed);
    });
  }

  it('turns a number into the shortest decimal that reads back as it', () => {
    expect(decimal(10.22)).to.deep.equal({ digits: 1022n, exponent: -2 });
    expect(decimal(110)).to.deep.equal({ digits: 110n, exponent: 0 });
    expect(decimal(1e21)).to.deep.equal({ digits: 1n, exponent: 21 });
    expect(decimal(1.5e-7)).to.deep.equal({ digits: 15n, exponent: -8 });
  });
});

describe('exact areas — arithmetic', () => {
  it('multiplies exactly: 3.5 m × 2.92 m is 10.22 m², not 10.219999999999999', () => {
    expect(decimalText(times(d('3.5'), d('2.92')))).to.equal('10.22');
    expect(3.5 * 2.92).to.not.equal(10.22);
  });

  it('converts feet exactly: 1 ft = 0.3048 m, 1 sq ft = 0.09290304 m²', () => {
    expect(decimalText(fromFeet(d('10')))).to.equal('3.048');
    expect(decimalText(fromSquareFeet(d('110')))).to.equal('10.2193344');
    expect(decimalText(SQUARE_FOOT_IN_SQUARE_METRES)).to.equal(String(SQUARE_METRES_PER_SQUARE_FOOT));
  });

  const comparisons: { a: string; b: string; atLeast: boolean; exceeds: boolean; why: string }[] = [
    { a: '10.22', b: '10.22', atLeast: true, exceeds: false, why: 'the limit itself meets it' },
    { a: '10.2200', b: '10.22', atLeast: true, exceeds: false, why: 'trailing zeros change nothing' },
    { a: '10.2199999', b: '10.22', atLeast: false, exceeds: false, why: 'a hair under' },
    { a: '10.2200001', b: '10.22', atLeast: true, exceeds: true, why: 'a hair over' },
    { a: '130', b: '130.5', atLeast: false, exceeds: false, why: 'whole against fraction' },
  ];
  for (const row of comparisons) {
    it(`compares ${row.a} with ${row.b}: ${row.why}`, () => {
      expect(atLeast(d(row.a), d(row.b))).to.equal(row.atLeast);
      expect(exceeds(d(row.a), d(row.b))).to.equal(row.exceeds);
    });
  }

  it('subtracts exactly and knows zero', () => {
    // 10.6 m² less 0.38 m² under a low ceiling is 10.22 m², not 10.219999999999999.
    expect(decimalText(minus(d('10.6'), d('0.38')))).to.equal('10.22');
    expect(isZero(d('0.000'))).to.equal(true);
    expect(isZero(d('0.001'))).to.equal(false);
    expect(toNumber(d('10.2193344'))).to.equal(10.2193344);
  });
});

describe('exact areas — figures for reading', () => {
  const sqft = SQUARE_FOOT_IN_SQUARE_METRES;
  const hmoSizes = ['10.22', '6.51', '4.64'].map(d);
  const tableII = ['110', '90', '70', '50'].map(d);
  const rows: { value: string; unit?: Decimal; limits?: Decimal[]; shown: string; why: string }[] = [
    { value: '10.21', shown: '10.21', why: 'already two places' },
    { value: '10.215', shown: '10.22', why: 'half up' },
    { value: '10.2149', shown: '10.21', why: 'under half, down' },
    {
      value: '10.2193344',
      limits: hmoSizes,
      shown: '10.21',
      why: 'exactly 110 sq ft: never rounded up onto the 10.22 m² HMO size it misses',
    },
    { value: '10.2193344', shown: '10.22', why: 'with no limit near, half up' },
    { value: '6.5099', limits: hmoSizes, shown: '6.50', why: 'not up onto 6.51 m²' },
    { value: '6.51', limits: hmoSizes, shown: '6.51', why: 'the limit itself shows as the limit' },
    { value: '1000', shown: '1000.00', why: 'a whole number' },
    { value: '10.22', unit: sqft, limits: tableII, shown: '110.01', why: '110.0073 sq ft' },
    { value: '10.21', unit: sqft, limits: tableII, shown: '109.90', why: '109.8999 sq ft, half up' },
    {
      value: '10.2193',
      unit: sqft,
      limits: tableII,
      shown: '109.99',
      why: '109.9996 sq ft: not up onto Table II’s 110',
    },
    { value: '10.2193344', unit: sqft, limits: tableII, shown: '110.00', why: 'exactly 110 sq ft' },
    { value: '3.5', unit: d('0.3048'), shown: '11.48', why: '3.5 m in feet (11.4829…)' },
  ];
  for (const { value, unit, limits, shown, why } of rows) {
    it(`reads ${value}${unit ? ` in units of ${decimalText(unit)}` : ''} as ${shown}: ${why}`, () => {
      const options = { ...(unit ? { unit } : {}), ...(limits ? { limits } : {}) };
      expect(decimalText(forReading(d(value), 2, options), 2)).to.equal(shown);
    });
  }

  it('rounds to whole numbers when asked for no places', () => {
    expect(forReading(d('2.5'), 0)).to.deep.equal({ digits: 3n, exponent: 0 });
  });

  const texts: { value: Decimal; places?: number; text: string }[] = [
    { value: d('10.2193344'), text: '10.2193344' },
    { value: d('10.50'), text: '10.5' },
    { value: d('3.'), text: '3' },
    { value: d('0.05'), text: '0.05' },
    { value: decimal(1e21), text: '1000000000000000000000' },
    { value: d('1000'), places: 2, text: '1000.00' },
    { value: d('10.5'), places: 2, text: '10.50' },
    { value: d('10.125'), places: 2, text: '10.125' },
  ];
  for (const { value, places, text } of texts) {
    it(`writes ${text}${places === undefined ? '' : ` with at least ${places} places`}`, () => {
      expect(decimalText(value, places)).to.equal(text);
    });
  }
});
