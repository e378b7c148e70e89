import { expect } from '@open-wc/testing';
import {
  emptyOvercrowdingDraft,
  type DraftPerson,
  type DraftRoom,
  type Units,
} from '../../../src/schema/overcrowding.ts';
import { readDraft, type InputProblem } from '../../../src/elements/overcrowding-check/screens/report/read-draft.ts';
import {
  formatArea,
  formatPersons,
  convertedText,
} from '../../../src/elements/overcrowding-check/screens/report/format.ts';
import { parseDecimal } from '../../../src/core/overcrowding/exact-area.ts';
import { en } from '../../../src/elements/overcrowding-check/screens/report/messages.ts';

const adult: DraftPerson = { id: 'p', name: '', age: '30', sex: 'female', partnerId: '' };
const measure = (text: string, unit: Units = 'metric') => ({ text, unit });
const room = (patch: Partial<DraftRoom>): DraftRoom => ({
  id: 'r',
  name: '',
  use: 'bedroom',
  size: 'area',
  area: measure(''),
  length: measure(''),
  width: measure(''),
  lowCeiling: measure(''),
  ...patch,
});
const read = (rooms: DraftRoom[], people: DraftPerson[] = [adult], hmo = false) =>
  readDraft({ ...emptyOvercrowdingDraft(), hmo, people, rooms });
const problems = (rooms: DraftRoom[], people: DraftPerson[] = [adult], hmo = false) =>
  read(rooms, people, hmo).problems.map(({ field, code }: InputProblem) => `${field}: ${code}`);

describe('reading the overcrowding form: floor areas, exactly as typed', () => {
  const rows: { room: Partial<DraftRoom>; core: object; why: string }[] = [
    { room: { area: measure('10.22') }, core: { squareMetres: 10.22 }, why: 'typed in m²' },
    { room: { area: measure(' 7 ') }, core: { squareMetres: 7 }, why: 'spaces around a number are ignored' },
    { room: { area: measure('.5') }, core: { squareMetres: 0.5 }, why: 'a leading point' },
    {
      room: { area: measure('110', 'imperial') },
      core: { squareFeet: 110 },
      why: 'typed in sq ft: core converts exactly',
    },
    {
      room: { size: 'dimensions', length: measure('3.5'), width: measure('2.92') },
      core: { squareMetres: 10.22 },
      why: '3.5 × 2.92 is 10.22 exactly; in floating point it is 10.219999999999999, under the HMO limit',
    },
    {
      room: { size: 'dimensions', length: measure('11', 'imperial'), width: measure('10', 'imperial') },
      core: { squareFeet: 110 },
      why: 'feet × feet',
    },
    {
      room: { size: 'dimensions', length: measure('10', 'imperial'), width: measure('3.35') },
      core: { squareMetres: 10.2108 },
      why: 'a length typed in feet before a switch to metres: 10 ft = 3.048 m exactly',
    },
    { room: { area: measure('1000') }, core: { squareMetres: 1000 }, why: 'the largest area accepted in m²' },
    {
      room: { area: measure('10764', 'imperial') },
      core: { squareFeet: 10764 },
      why: 'the largest area accepted in sq ft',
    },
  ];
  for (const { room: patch, core, why } of rows) {
    it(`${JSON.stringify(patch)} → ${JSON.stringify(core)}: ${why}`, () => {
      expect(read([room(patch)]).input?.rooms[0]?.room).to.deep.equal({ id: 'r', use: 'bedroom', ...core });
    });
  }

  it('passes the part under a low ceiling in m², converting sq ft exactly, only for an HMO', () => {
    expect(
      read([room({ area: measure('10'), lowCeiling: measure('2') })], [adult], true).input?.rooms[0]?.room
        .lowCeilingSquareMetres,
    ).to.equal(2);
    // 10 sq ft = 0.9290304 m²
    expect(
      read([room({ area: measure('10'), lowCeiling: measure('10', 'imperial') })], [adult], true).input?.rooms[0]?.room
        .lowCeilingSquareMetres,
    ).to.equal(0.9290304);
    expect(
      read([room({ area: measure('10'), lowCeiling: measure('nonsense') })], [adult], false).problems,
    ).to.deep.equal([]);
  });
});

describe('reading the overcrowding form: what is wrong, field by field', () => {
  const rows: { room?: Partial<DraftRoom>; person?: Partial<DraftPerson>; hmo?: boolean; expected: string[] }[] = [
    { room: { area: measure('') }, expected: ['area: missing'] },
    { room: { area: measure('-3') }, expected: ['area: negative'] },
    { room: { area: measure('ten') }, expected: ['area: not-a-number'] },
    { room: { area: measure('1e3') }, expected: ['area: not-a-number'] },
    { room: { area: measure('0') }, expected: ['area: zero'] },
    { room: { area: measure('1000.01') }, expected: ['area: too-big'] },
    { room: { area: measure('10765', 'imperial') }, expected: ['area: too-big'] },
    { room: { use: '', area: measure('9') }, expected: ['use: no-use'] },
    {
      room: { size: 'dimensions', length: measure('100.5'), width: measure('') },
      expected: ['length: too-long', 'width: missing'],
    },
    { room: { size: 'dimensions', length: measure('40'), width: measure('30') }, expected: ['length: too-big'] },
    { room: { area: measure('8'), lowCeiling: measure('8.01') }, hmo: true, expected: ['lowCeiling: more-than-floor'] },
    { room: { area: measure('8'), lowCeiling: measure('-1') }, hmo: true, expected: ['lowCeiling: negative'] },
    { person: { age: '' }, expected: ['age: missing'] },
    { person: { age: '-1' }, expected: ['age: negative'] },
    { person: { age: '130.5' }, expected: ['age: too-old'] },
    { person: { age: 'eight months' }, expected: ['age: not-a-number'] },
    { person: { sex: '' }, expected: ['sex: no-sex'] },
    { person: { partnerId: 'nobody' }, expected: ['partner: partner-missing'] },
    { person: { partnerId: 'p' }, expected: ['partner: partner-missing'] },
  ];
  for (const { room: roomPatch = { area: measure('9') }, person = {}, hmo = false, expected } of rows) {
    it(`${JSON.stringify({ ...roomPatch, ...person })} → ${expected.join(', ')}`, () => {
      expect(problems([room(roomPatch)], [{ ...adult, ...person }], hmo)).to.deep.equal(expected);
    });
  }

  it('accepts 0 for a baby, half years, and 130', () => {
    const people = ['0', '0.5', '130'].map((age, i) => ({ ...adult, id: `p${i}`, age }));
    expect(read([room({ area: measure('9') })], people).input?.people.map((p) => p.age)).to.deep.equal([0, 0.5, 130]);
  });

  it('wants a couple to name each other', () => {
    const a = { ...adult, id: 'a', partnerId: 'b' };
    const b = { ...adult, id: 'b', sex: 'male' as const, partnerId: 'c' };
    const c = { ...adult, id: 'c', partnerId: 'b' };
    expect(problems([room({ area: measure('9') })], [a, b, c])).to.deep.equal(['partner: partner-not-mutual']);
  });

  it('has no input for the law until there is a person and a room', () => {
    expect(read([]).input).to.equal(null);
    expect(read([room({ area: measure('9') })], []).input).to.equal(null);
  });
});

describe('areas and persons for reading', () => {
  const m2 = (text: string) => {
    const parsed = parseDecimal(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.value;
  };
  const rows: { squareMetres: string; units: Units; shown: string; why: string }[] = [
    { squareMetres: '10.22', units: 'metric', shown: '10.22 m² (110.01 sq ft)', why: '110.0073 sq ft' },
    { squareMetres: '10.21', units: 'metric', shown: '10.21 m² (109.90 sq ft)', why: '109.8999 sq ft, half up' },
    {
      squareMetres: '10.2193344',
      units: 'imperial',
      shown: '110.00 sq ft (10.21 m²)',
      why: 'exactly 110 sq ft; never rounded up onto the 10.22 m² HMO limit it misses',
    },
    {
      squareMetres: '6.5099',
      units: 'metric',
      shown: '6.50 m² (70.07 sq ft)',
      why: 'not rounded up onto the 6.51 m² HMO limit',
    },
    { squareMetres: '6.51', units: 'metric', shown: '6.51 m² (70.07 sq ft)', why: 'the limit itself' },
    {
      squareMetres: '10.2193',
      units: 'imperial',
      shown: '109.99 sq ft (10.21 m²)',
      why: '109.9996 sq ft: not rounded up onto 110',
    },
    { squareMetres: '1000', units: 'metric', shown: '1,000.00 m² (10,763.91 sq ft)', why: 'thousands separated' },
  ];
  for (const { squareMetres, units, shown, why } of rows) {
    it(`shows ${squareMetres} m² as ${shown}: ${why}`, () => {
      expect(formatArea(m2(squareMetres), units, en)).to.equal(shown);
    });
  }

  it('converts a field typed in the other unit for reading', () => {
    expect(convertedText(m2('10.22'), 'metric', 'area')).to.equal('110.01');
    expect(convertedText(m2('109'), 'imperial', 'area')).to.equal('10.13');
    expect(convertedText(m2('3.5'), 'metric', 'length')).to.equal('11.48');
    expect(convertedText(m2('10'), 'imperial', 'length')).to.equal('3.05');
  });

  it('writes persons in halves as the Act counts them', () => {
    expect([0, 0.5, 1, 2.5, 7.5, 10].map(formatPersons)).to.deep.equal(['0', '½', '1', '2½', '7½', '10']);
  });
});
