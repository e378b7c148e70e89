import { expect } from '@open-wc/testing';
import { overcrowdingResult, ROOM_USES, type Person, type Room, type RoomUse } from '../../../src/core/overcrowding.ts';

const person = (id: string, age: number, sex: Person['sex'], partnerId?: string): Person =>
  partnerId === undefined ? { id, age, sex } : { id, age, sex, partnerId };
const room = (id: string, use: RoomUse, squareMetres = 12, counts?: boolean): Room =>
  counts === undefined ? { id, use, squareMetres } : { id, use, squareMetres, counts };

describe('overcrowdingResult — which rooms count (s.325(2)(b), s.326(2)(b))', () => {
  // "a room of a type normally used in the locality either as a bedroom or as a living room" (FACTS §5)
  const rows: { use: RoomUse; counts?: boolean; sleeping: boolean; why: string }[] = [
    { use: 'bedroom', sleeping: true, why: 'a bedroom is the type the Act names' },
    { use: 'living', sleeping: true, why: 'a living room is the type the Act names' },
    { use: 'dining', sleeping: true, why: 'a dining room is normally used as a living room' },
    { use: 'study', sleeping: true, why: 'a study is normally used as a bedroom or living room' },
    { use: 'box-room', sleeping: true, why: 'a box room is normally used as a bedroom' },
    { use: 'kitchen-diner', counts: true, sleeping: true, why: 'a large kitchen-diner the user says counts' },
    { use: 'kitchen-diner', counts: false, sleeping: false, why: 'a kitchen-diner the user says does not count' },
    { use: 'kitchen', sleeping: false, why: 'a kitchen is not a bedroom or living room' },
    { use: 'bathroom', sleeping: false, why: 'a bathroom or WC is not' },
    { use: 'hall', sleeping: false, why: 'a hall or landing is not' },
    { use: 'store', sleeping: false, why: 'a store or utility room is not' },
    { use: 'other', sleeping: false, why: 'the original "other" (a hall or store room) still does not count' },
  ];
  for (const { use, counts, sleeping, why } of rows) {
    it(`${sleeping ? 'counts' : 'does not count'} a ${use}${counts === undefined ? '' : ` (counts: ${counts})`}: ${why}`, () => {
      // A brother and sister of 12 need two rooms to sleep apart (s.325(1)); the room under test is the second.
      const people = [person('b', 12, 'male'), person('s', 12, 'female')];
      const result = overcrowdingResult({
        people,
        rooms: [room('r1', 'bedroom'), room('r2', use, 12, counts)],
        hmo: false,
      });
      expect(result.room.roomsAvailable).to.equal(sleeping ? 2 : 1);
      expect(result.room.contravened).to.equal(!sleeping);
      // s.326(3) Table I: 1 room → 2 persons, 2 rooms → 3.
      expect(result.space.byRooms).to.equal(sleeping ? 3 : 2);
    });
  }

  it('lists every use in the table once, each counting, may-count or not', () => {
    expect(new Set(ROOM_USES.map((row) => row.use)).size).to.equal(ROOM_USES.length);
    expect(ROOM_USES.filter((row) => row.counts === 'may-count').map((row) => row.use)).to.deep.equal([
      'kitchen-diner',
    ]);
  });

  it('says the result rests on the decision about a kitchen-diner, whichever way it went', () => {
    const people = [person('a', 30, 'female')];
    const rooms = [room('k', 'kitchen-diner', 15, false), room('b', 'bedroom'), room('d', 'kitchen-diner', 20, true)];
    expect(overcrowdingResult({ people, rooms, hmo: false }).decidedRooms).to.deep.equal([
      { roomId: 'k', counts: false },
      { roomId: 'd', counts: true },
    ]);
    expect(overcrowdingResult({ people, rooms: [room('b', 'bedroom')], hmo: false }).decidedRooms).to.deep.equal([]);
  });

  it('fills bedrooms and box rooms before living rooms, dining rooms and studies', () => {
    const people = [person('m', 40, 'male'), person('f', 40, 'female')];
    const rooms = [room('study', 'study'), room('box', 'box-room')];
    expect(overcrowdingResult({ people, rooms, hmo: false }).room.arrangement?.map((r) => r.roomId)).to.deep.equal([
      'box',
      'study',
    ]);
  });
});

describe('overcrowdingResult — a result that rests on parting a couple (s.325, FACTS §5)', () => {
  const mum = person('mum', 40, 'female', 'dad');
  const dad = person('dad', 42, 'male', 'mum');
  const rows: {
    why: string;
    people: Person[];
    rooms: number;
    parted: { couple: string[]; sleepsWith: string[][] }[];
  }[] = [
    {
      why: 'a couple with a son and a daughter of 12 in two rooms: met only if mother sleeps with daughter, father with son',
      people: [mum, dad, person('son', 12, 'male'), person('daughter', 12, 'female')],
      rooms: 2,
      parted: [{ couple: ['mum', 'dad'], sleepsWith: [['daughter'], ['son']] }],
    },
    {
      why: 'the same family in three rooms: the couple share and nobody is parted',
      people: [mum, dad, person('son', 12, 'male'), person('daughter', 12, 'female')],
      rooms: 3,
      parted: [],
    },
    {
      why: 'a couple with a son of 14 in two rooms: the couple share, the son has the other room',
      people: [mum, dad, person('son', 14, 'male')],
      rooms: 2,
      parted: [],
    },
    {
      why: 'a couple and a lodger of each sex in two rooms: parted, each with the lodger of their sex',
      people: [mum, dad, person('lodger-m', 30, 'male'), person('lodger-f', 30, 'female')],
      rooms: 2,
      parted: [{ couple: ['mum', 'dad'], sleepsWith: [['lodger-f'], ['lodger-m']] }],
    },
  ];
  for (const { why, people, rooms, parted } of rows) {
    it(why, () => {
      const bedrooms = Array.from({ length: rooms }, (_, i) => room(`r${i}`, 'bedroom'));
      const result = overcrowdingResult({ people, rooms: bedrooms, hmo: false });
      expect(result.room.contravened).to.equal(false);
      expect(result.room.partedCouples).to.deep.equal(parted);
    });
  }

  it('parts nobody when the standard is contravened anyway (one room, a brother and sister of 12)', () => {
    const people = [mum, dad, person('son', 12, 'male'), person('daughter', 12, 'female')];
    const result = overcrowdingResult({ people, rooms: [room('r', 'bedroom')], hmo: false });
    expect(result.room.contravened).to.equal(true);
    expect(result.room.partedCouples).to.deep.equal([]);
  });
});

describe('overcrowdingResult — the whole result the check shows', () => {
  const people = [person('a', 30, 'female'), person('b', 30, 'male')];

  it('gives no HMO sizes for a home that is not a licensed HMO', () => {
    const result = overcrowdingResult({ people, rooms: [room('r1', 'bedroom'), room('r2', 'bedroom')], hmo: false });
    expect(result).to.deep.include({ hmoRoomSizes: null, hmoArrangement: null, overcrowded: false });
    expect(result.bedroomStandard).to.deep.include({ bedroomsNeeded: 2, bedroomsAvailable: 2 });
  });

  it('in a licensed HMO, checks the 2018 sizes of the rooms to sleep in against the suggested arrangement', () => {
    // 2018 Regs: 6.51 m² for one person over 10; the 6 m² study is too small for the one put in it.
    const rooms = [room('r1', 'bedroom', 7), room('k', 'kitchen', 9), room('s', 'study', 6)];
    const result = overcrowdingResult({ people, rooms, hmo: true });
    expect(result.hmoRoomSizes?.map((size) => size.roomId)).to.deep.equal(['r1', 's']);
    expect(result.hmoRoomSizes?.map((size) => size.occupancy?.meetsMinimum)).to.deep.equal([true, false]);
    expect(result.hmoArrangement?.arrangement.map((r) => r.roomId)).to.deep.equal(['r1', 's']);
  });

  it('in a licensed HMO where the room standard is contravened, gives each room’s size and no arrangement', () => {
    const rooms = [room('r1', 'bedroom', 11), room('k', 'kitchen-diner', 20, false)];
    const result = overcrowdingResult({ people, rooms, hmo: true });
    expect(result.room.contravened).to.equal(true);
    expect(result.hmoArrangement).to.equal(null);
    expect(result.hmoRoomSizes?.map((size) => [size.roomId, size.maxPersonsOver10, size.occupancy])).to.deep.equal([
      ['r1', 2, null],
    ]);
  });
});
