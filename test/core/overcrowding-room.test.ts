import { expect } from '@open-wc/testing';
import { checkOvercrowding, type Person, type Room, type Sex } from '../../src/core/overcrowding.ts';

const person = (id: string, age: number, sex: Sex, partnerId?: string): Person =>
  partnerId === undefined ? { id, age, sex } : { id, age, sex, partnerId };
const bedroom = (id: string, squareFeet = 120): Room => ({ id, use: 'bedroom', squareFeet });
const living = (id: string, squareFeet = 150): Room => ({ id, use: 'living', squareFeet });
const roomStandard = (people: Person[], rooms: Room[]) => checkOvercrowding({ people, rooms }).room;

const dad = person('dad', 42, 'male', 'mum');
const mum = person('mum', 40, 'female', 'dad');
const son = person('son', 15, 'male');
const daughter = person('daughter', 13, 'female');

describe('checkOvercrowding — the room standard (s.325)', () => {
  it('is contravened when a brother of 12 and a sister of 14 have only one room between them', () => {
    // s.325(1): opposite sexes, both 10 or over, not a couple, must share
    const result = roomStandard([person('b', 12, 'male'), person('s', 14, 'female')], [bedroom('b1')]);
    expect(result).to.deep.equal({
      contravened: true,
      roomsNeeded: 2,
      roomsAvailable: 1,
      arrangement: null,
      conflict: ['b', 's'],
      partedCouples: [],
    });
  });

  it('is met for the same pair when the living room is available as sleeping accommodation', () => {
    // s.325(2)(b): a room of a type normally used as a bedroom or as a living room
    const result = roomStandard([person('b', 12, 'male'), person('s', 14, 'female')], [living('lr'), bedroom('b1')]);
    expect(result.contravened).to.equal(false);
    // bedrooms are filled before the living room
    expect(result.arrangement).to.deep.equal([
      { roomId: 'b1', personIds: ['s'] },
      { roomId: 'lr', personIds: ['b'] },
    ]);
  });

  it('does not count a kitchen as sleeping accommodation', () => {
    // s.325(2)(b): only bedrooms and living rooms are available as sleeping accommodation
    const kitchen: Room = { id: 'k', use: 'kitchen', squareFeet: 120 };
    const result = roomStandard([person('b', 12, 'male'), person('s', 14, 'female')], [bedroom('b1'), kitchen]);
    expect(result).to.include({ contravened: true, roomsAvailable: 1 });
  });

  it('lets a couple share a room', () => {
    // s.325(1): persons living together as a couple may share
    const result = roomStandard([dad, mum], [bedroom('b1')]);
    expect(result).to.deep.equal({
      contravened: false,
      roomsNeeded: 1,
      roomsAvailable: 1,
      arrangement: [{ roomId: 'b1', personIds: ['dad', 'mum'] }],
      conflict: null,
      partedCouples: [],
    });
  });

  it('is contravened by two lodgers of opposite sexes in one room', () => {
    // s.325(1): not a couple
    const result = roomStandard([person('a', 30, 'male'), person('c', 29, 'female')], [bedroom('b1')]);
    expect(result).to.include({ contravened: true, roomsNeeded: 2 });
  });

  it('leaves children under 10 out of account', () => {
    // s.325(2)(a): children under ten are left out of account
    const single = person('mum', 40, 'female');
    const result = roomStandard([single, person('boy', 9, 'male'), person('girl', 9.9, 'female')], [bedroom('b1')]);
    expect(result).to.deep.equal({
      contravened: false,
      roomsNeeded: 1,
      roomsAvailable: 1,
      arrangement: [{ roomId: 'b1', personIds: ['mum'] }],
      conflict: null,
      partedCouples: [],
    });
  });

  it('counts a child from the day they turn 10', () => {
    // s.325(2)(a): only children *under* ten are left out
    expect(
      roomStandard([person('boy', 10, 'male'), person('girl', 9, 'female')], [bedroom('b1')]).contravened,
    ).to.equal(false);
    expect(
      roomStandard([person('boy', 10, 'male'), person('girl', 10, 'female')], [bedroom('b1')]).contravened,
    ).to.equal(true);
  });

  it('needs only two rooms for parents, a son of 15 and a daughter of 13: each parent shares with their own sex', () => {
    // s.325 sets no number per room: sexes apart is all it asks
    const result = roomStandard([dad, mum, son, daughter], [bedroom('b1'), bedroom('b2')]);
    expect(result).to.include({ contravened: false, roomsNeeded: 2, roomsAvailable: 2 });
    expect(result.arrangement).to.deep.equal([
      { roomId: 'b1', personIds: ['mum', 'daughter'] },
      { roomId: 'b2', personIds: ['dad', 'son'] },
    ]);
  });

  it('keeps the couple together when a third room allows it, and leaves a fourth room empty when nobody needs it', () => {
    // s.325: any arrangement that avoids contravention will do; this one is the natural one
    const expected = [
      { roomId: 'b1', personIds: ['dad', 'mum'] },
      { roomId: 'b2', personIds: ['daughter'] },
      { roomId: 'b3', personIds: ['son'] },
    ];
    const three = [bedroom('b1'), bedroom('b2'), bedroom('b3')];
    expect(roomStandard([dad, mum, son, daughter], three).arrangement).to.deep.equal(expected);
    expect(roomStandard([dad, mum, son, daughter], [...three, bedroom('b4')]).arrangement).to.deep.equal(expected);
  });

  it('lets any number of the same sex share, and spreads them over spare rooms', () => {
    // s.325: persons of the same sex may always share
    const brothers = [person('a', 11, 'male'), person('b', 13, 'male'), person('c', 17, 'male')];
    expect(roomStandard(brothers, [bedroom('b1')])).to.deep.equal({
      contravened: false,
      roomsNeeded: 1,
      roomsAvailable: 1,
      arrangement: [{ roomId: 'b1', personIds: ['a', 'b', 'c'] }],
      conflict: null,
      partedCouples: [],
    });
    expect(roomStandard(brothers, [bedroom('b1'), bedroom('b2')]).arrangement).to.deep.equal([
      { roomId: 'b1', personIds: ['a', 'c'] },
      { roomId: 'b2', personIds: ['b'] },
    ]);
  });

  it('lets a same-sex couple share with another man, and gives them their own room when there is one', () => {
    // s.325: same-sex persons never contravene it
    const people = [person('p', 30, 'male', 'q'), person('q', 31, 'male', 'p'), person('r', 25, 'male')];
    expect(roomStandard(people, [bedroom('b1')]).arrangement).to.deep.equal([
      { roomId: 'b1', personIds: ['p', 'q', 'r'] },
    ]);
    expect(roomStandard(people, [bedroom('b1'), bedroom('b2')]).arrangement).to.deep.equal([
      { roomId: 'b1', personIds: ['p', 'q'] },
      { roomId: 'b2', personIds: ['r'] },
    ]);
  });

  it('names the first pair who must share when two couples have one room', () => {
    // s.325(1): each husband and the other's wife are of opposite sexes and not a couple
    const people = [
      person('h1', 30, 'male', 'w1'),
      person('w1', 30, 'female', 'h1'),
      person('h2', 50, 'male', 'w2'),
      person('w2', 50, 'female', 'h2'),
    ];
    expect(roomStandard(people, [bedroom('b1')])).to.include({ contravened: true, roomsNeeded: 2 });
    expect(roomStandard(people, [bedroom('b1')]).conflict).to.deep.equal(['h1', 'w2']);
    expect(roomStandard(people, [bedroom('b1'), bedroom('b2')]).arrangement).to.deep.equal([
      { roomId: 'b1', personIds: ['h1', 'w1'] },
      { roomId: 'b2', personIds: ['h2', 'w2'] },
    ]);
  });

  it('counts a bedroom under 50 sq ft as sleeping accommodation', () => {
    // s.325 has no size rule; the 50 sq ft rule of s.326(3) is for the space standard's tables only
    const result = checkOvercrowding({
      people: [person('b', 12, 'male'), person('s', 14, 'female')],
      rooms: [bedroom('box', 40), bedroom('b1', 120)],
    });
    expect(result.room).to.include({ contravened: false, roomsAvailable: 2 });
    expect(result.space).to.include({ roomsCounted: 1, permitted: 2 });
  });

  it('is not contravened by one sex alone with no sleeping room (the space standard is)', () => {
    // s.325 concerns opposite sexes only; s.326 Table I: 0 rooms → 0
    const result = checkOvercrowding({
      people: [person('a', 30, 'male')],
      rooms: [{ id: 'k', use: 'kitchen', squareFeet: 90 }],
    });
    expect(result.room).to.deep.equal({
      contravened: false,
      roomsNeeded: 1,
      roomsAvailable: 0,
      arrangement: null,
      conflict: null,
      partedCouples: [],
    });
    expect(result.space).to.include({ contravened: true, persons: 1, permitted: 0 });
    expect(result.overcrowded).to.equal(true);
  });

  it('is contravened by a man and a woman, not a couple, with no sleeping room at all', () => {
    // s.325(1): with nowhere else to sleep they must share
    const result = roomStandard([person('a', 30, 'male'), person('c', 29, 'female')], []);
    expect(result).to.include({ contravened: true, roomsNeeded: 2, roomsAvailable: 0 });
  });

  it('needs no room for nobody', () => {
    expect(checkOvercrowding({ people: [], rooms: [] })).to.deep.equal({
      overcrowded: false,
      room: {
        contravened: false,
        roomsNeeded: 0,
        roomsAvailable: 0,
        arrangement: [],
        conflict: null,
        partedCouples: [],
      },
      space: { byRooms: 0, byArea: 0, permitted: 0, roomsCounted: 0, rooms: [], contravened: false, persons: 0 },
      decidedRooms: [],
    });
  });
});
