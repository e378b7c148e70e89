import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';
import {
  bedroomStandard,
  checkOvercrowding,
  countPersons,
  hmoRoomSizes,
  permittedNumber,
  type Person,
  type Room,
} from '../../src/core/overcrowding.ts';

const ok: Person = { id: 'a', age: 30, sex: 'female' };
const room: Room = { id: 'r', use: 'bedroom', squareFeet: 100 };

function thrown(run: () => unknown): HhsrsInputError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(HhsrsInputError);
    return error as HhsrsInputError;
  }
  throw new Error('expected an HhsrsInputError');
}

describe('overcrowding — invalid input names the field and what it allows', () => {
  // Values a JavaScript caller or a hand-edited file could send, whatever the types say.
  const cast = <T>(value: unknown) => value as T;
  const rows: { name: string; run: () => unknown; field: string; says: string }[] = [
    { name: 'a negative age', run: () => countPersons([-1]), field: 'ages[0]', says: 'from 0 to 130; got -1' },
    { name: 'an age over 130', run: () => countPersons([20, 131]), field: 'ages[1]', says: 'from 0 to 130; got 131' },
    { name: 'an age that is not a number', run: () => countPersons([NaN]), field: 'ages[0]', says: 'got NaN' },
    { name: 'an age given as text', run: () => countPersons(cast(['5'])), field: 'ages[0]', says: 'got "5"' },
    {
      name: 'a person aged over 130',
      run: () => checkOvercrowding({ people: [ok, { ...ok, id: 'b', age: 200 }], rooms: [] }),
      field: 'people[1].age',
      says: 'people[1].age must be an age in years from 0 to 130',
    },
    {
      name: 'an empty id',
      run: () => checkOvercrowding({ people: [{ ...ok, id: '' }], rooms: [] }),
      field: 'people[0].id',
      says: 'non-empty text id',
    },
    {
      name: 'an id that is not text',
      run: () => checkOvercrowding({ people: [cast({ ...ok, id: 7 })], rooms: [] }),
      field: 'people[0].id',
      says: 'got 7',
    },
    {
      name: 'a duplicate person id',
      run: () => checkOvercrowding({ people: [ok, ok], rooms: [] }),
      field: 'people[1].id',
      says: 'must be unique; "a" is used twice',
    },
    {
      name: 'a sex other than female or male',
      run: () => checkOvercrowding({ people: [cast({ ...ok, sex: 'f' })], rooms: [] }),
      field: 'people[0].sex',
      says: 'must be "female" or "male"; got "f"',
    },
    {
      name: 'a partnerId naming nobody',
      run: () => checkOvercrowding({ people: [{ ...ok, partnerId: 'z' }], rooms: [] }),
      field: 'people[0].partnerId',
      says: 'must be the id of another person in the household; got "z"',
    },
    {
      name: 'a partnerId naming the person themself',
      run: () => checkOvercrowding({ people: [{ ...ok, partnerId: 'a' }], rooms: [] }),
      field: 'people[0].partnerId',
      says: 'another person',
    },
    {
      name: 'a partnerId that does not point back',
      run: () => bedroomStandard([{ ...ok, partnerId: 'b' }, { id: 'b', age: 30, sex: 'male' }]),
      field: 'people[0].partnerId',
      says: 'must name a partner whose partnerId names "a" back; "b" has partnerId undefined',
    },
    {
      name: 'a room with neither unit',
      run: () => permittedNumber([cast({})]),
      field: 'rooms[0]',
      says: 'must give its floor area as squareFeet or squareMetres (one of them); got neither',
    },
    {
      name: 'a room with both units',
      run: () => permittedNumber([cast({ squareFeet: 100, squareMetres: 9.29 })]),
      field: 'rooms[0]',
      says: 'got both',
    },
    {
      name: 'a negative area in square feet',
      run: () => permittedNumber([{ squareFeet: 100 }, { squareFeet: -1 }]),
      field: 'rooms[1].squareFeet',
      says: 'must be a finite number of square feet, 0 or more; got -1',
    },
    {
      name: 'an area that is not a number',
      run: () => permittedNumber([{ squareMetres: NaN }]),
      field: 'rooms[0].squareMetres',
      says: 'must be a finite number of square metres, 0 or more; got NaN',
    },
    {
      name: 'an infinite area',
      run: () => permittedNumber([{ squareMetres: Infinity }]),
      field: 'rooms[0].squareMetres',
      says: 'got Infinity',
    },
    {
      name: 'an area given as text',
      run: () => permittedNumber([cast({ squareFeet: '100' })]),
      field: 'rooms[0].squareFeet',
      says: 'got "100"',
    },
    {
      name: 'a duplicate room id',
      run: () => checkOvercrowding({ people: [], rooms: [room, room] }),
      field: 'rooms[1].id',
      says: 'must be a non-empty text id used by no other room; got "r"',
    },
    {
      name: 'an unknown room use',
      run: () => checkOvercrowding({ people: [], rooms: [cast({ ...room, use: 'garage' })] }),
      field: 'rooms[0].use',
      says: 'must be one of bedroom, living, kitchen, bathroom, other; got "garage"',
    },
    {
      name: 'a negative low-ceiling area',
      run: () => hmoRoomSizes([{ ...room, lowCeilingSquareMetres: -0.5 }]),
      field: 'rooms[0].lowCeilingSquareMetres',
      says: 'must be a finite number of square metres, 0 or more; got -0.5',
    },
    {
      name: 'a low-ceiling area larger than the room',
      run: () => checkOvercrowding({ people: [], rooms: [{ id: 'r', use: 'bedroom', squareMetres: 5, lowCeilingSquareMetres: 5.01 }] }),
      field: 'rooms[0].lowCeilingSquareMetres',
      says: "must be from 0 to the room's floor area (5 m²); got 5.01",
    },
    {
      // 110 × 0.09290304 in floating point is 10.219334400000001; the message gives the exact area.
      name: 'a low-ceiling area larger than a room measured in square feet',
      run: () => hmoRoomSizes([{ id: 'r', squareFeet: 110, lowCeilingSquareMetres: 10.22 }]),
      field: 'rooms[0].lowCeilingSquareMetres',
      says: "must be from 0 to the room's floor area (110 sq ft, which is 10.2193344 m²); got 10.22",
    },
    {
      name: 'occupants of a room that is not listed',
      run: () => hmoRoomSizes([room], { x: [30] }),
      field: 'occupants.x',
      says: 'must name one of the rooms; no room has id "x"',
    },
    {
      name: 'an occupant aged over 130',
      run: () => hmoRoomSizes([room], { r: [30, 140] }),
      field: 'occupants.r[1]',
      says: 'from 0 to 130; got 140',
    },
  ];
  for (const { name, run, field, says } of rows) {
    it(`refuses ${name}, naming ${field}`, () => {
      const error = thrown(run);
      expect(error.field).to.equal(field);
      expect(error.message).to.contain(field);
      expect(error.message).to.contain(says);
    });
  }

  it('accepts a low-ceiling area equal to the whole floor', () => {
    expect(hmoRoomSizes([{ id: 'r', squareMetres: 5, lowCeilingSquareMetres: 5 }])[0]?.usableSquareMetres).to.equal(0);
  });
});
