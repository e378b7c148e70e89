import { expect } from '@open-wc/testing';
import { HhsrsInputError } from '../../src/core/errors.ts';
import {
  bedroomStandard,
  checkOvercrowding,
  countPersons,
  hmoRoomSizes,
  hmoSleeping,
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
      run: () =>
        bedroomStandard([
          { ...ok, partnerId: 'b' },
          { id: 'b', age: 30, sex: 'male' },
        ]),
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
      says: 'must be one of bedroom, box-room, living, dining, study, kitchen-diner, kitchen, bathroom, hall, store, other; got "garage"',
    },
    {
      name: 'a negative low-ceiling area',
      run: () => hmoRoomSizes({ rooms: [{ ...room, lowCeilingSquareMetres: -0.5 }] }),
      field: 'rooms[0].lowCeilingSquareMetres',
      says: 'must be a finite number of square metres, 0 or more; got -0.5',
    },
    {
      name: 'a low-ceiling area larger than the room',
      run: () =>
        checkOvercrowding({
          people: [],
          rooms: [{ id: 'r', use: 'bedroom', squareMetres: 5, lowCeilingSquareMetres: 5.01 }],
        }),
      field: 'rooms[0].lowCeilingSquareMetres',
      says: "must be from 0 to the room's floor area (5 m²); got 5.01",
    },
    {
      // 110 × 0.09290304 in floating point is 10.219334400000001; the message gives the exact area.
      name: 'a low-ceiling area larger than a room measured in square feet',
      run: () => hmoRoomSizes({ rooms: [{ id: 'r', squareFeet: 110, lowCeilingSquareMetres: 10.22 }] }),
      field: 'rooms[0].lowCeilingSquareMetres',
      says: "must be from 0 to the room's floor area (110 sq ft, which is 10.2193344 m²); got 10.22",
    },
    {
      // FACTS §5: a couple is two adults; a partner under 16 is refused, on the younger one's partnerId.
      name: 'a partner aged 15',
      run: () =>
        checkOvercrowding({
          people: [
            { ...ok, partnerId: 'b' },
            { id: 'b', age: 15, sex: 'male', partnerId: 'a' },
          ],
          rooms: [],
        }),
      field: 'people[1].partnerId',
      says: 'must be left out for a person under 16: a couple is two people aged 16 or over; people[1] is aged 15',
    },
    {
      // s.325(2)(b), s.326(2)(b): whether a kitchen-diner counts is the user's decision, never a guess.
      name: 'a kitchen-diner without the decision whether it counts',
      run: () => checkOvercrowding({ people: [ok], rooms: [{ id: 'k', use: 'kitchen-diner', squareMetres: 15 }] }),
      field: 'rooms[0].counts',
      says: 'must be true or false for a kitchen-diner',
    },
    {
      name: 'an HMO arrangement that leaves out someone aged 10 or over',
      run: () => hmoSleeping({ people: [ok, { ...ok, id: 'b' }], rooms: [room] }, [{ roomId: 'r', personIds: ['a'] }]),
      field: 'arrangement',
      says: 'must place everyone aged 10 or over in the household; "b" is not in it',
    },
    {
      name: 'an HMO arrangement naming someone from another household',
      run: () => hmoSleeping({ people: [ok], rooms: [room] }, [{ roomId: 'r', personIds: ['a', 'stranger'] }]),
      field: 'arrangement[0].personIds[1]',
      says: 'must name a person in the household, once; got "stranger"',
    },
    {
      name: 'an HMO arrangement putting someone in a kitchen',
      run: () =>
        hmoSleeping({ people: [ok], rooms: [room, { ...room, id: 'k', use: 'kitchen' }] }, [
          { roomId: 'k', personIds: ['a'] },
        ]),
      field: 'arrangement[0].roomId',
      says: 'must name one of the rooms, once; got "k"',
    },
    {
      name: 'an arrangement naming a room that is not listed',
      run: () => hmoRoomSizes({ rooms: [room], people: [ok] }, [{ roomId: 'x', personIds: ['a'] }]),
      field: 'arrangement[0].roomId',
      says: 'must name one of the rooms, once; got "x"',
    },
    {
      name: 'an arrangement naming a room twice',
      run: () =>
        hmoRoomSizes({ rooms: [room], people: [ok] }, [
          { roomId: 'r', personIds: [] },
          { roomId: 'r', personIds: ['a'] },
        ]),
      field: 'arrangement[1].roomId',
      says: 'must name one of the rooms, once; got "r"',
    },
    {
      name: 'an arrangement naming someone not in the household',
      run: () => hmoRoomSizes({ rooms: [room], people: [ok] }, [{ roomId: 'r', personIds: ['a', 'z'] }]),
      field: 'arrangement[0].personIds[1]',
      says: 'must name a person in the household, once; got "z"',
    },
    {
      name: 'an arrangement putting someone in two rooms',
      run: () =>
        hmoRoomSizes({ rooms: [room, { ...room, id: 's' }], people: [ok] }, [
          { roomId: 'r', personIds: ['a'] },
          { roomId: 's', personIds: ['a'] },
        ]),
      field: 'arrangement[1].personIds[0]',
      says: 'must name a person in the household, once; got "a"',
    },
    {
      name: 'a person aged over 130 in the household',
      run: () => hmoRoomSizes({ rooms: [room], people: [{ ...ok, age: 140 }] }, [{ roomId: 'r', personIds: ['a'] }]),
      field: 'people[0].age',
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
    expect(
      hmoRoomSizes({ rooms: [{ id: 'r', squareMetres: 5, lowCeilingSquareMetres: 5 }] })[0]?.usableSquareMetres,
    ).to.equal(0);
  });
});
