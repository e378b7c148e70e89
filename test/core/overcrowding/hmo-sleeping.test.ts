import { expect } from '@open-wc/testing';
import { checkOvercrowding, type Person, type Room } from '../../../src/core/overcrowding.ts';
import { hmoSleeping } from '../../../src/core/overcrowding/hmo-sleeping.ts';

const adult = (id: string, sex: Person['sex'] = 'female', age = 30): Person => ({ id, age, sex });
const child = (id: string, age = 6): Person => ({ id, age, sex: 'male' });
const bedroom = (id: string, squareMetres: number, lowCeilingSquareMetres?: number): Room =>
  lowCeilingSquareMetres === undefined
    ? { id, use: 'bedroom', squareMetres }
    : { id, use: 'bedroom', squareMetres, lowCeilingSquareMetres };

/** The check for the room standard's own arrangement, as the overcrowding check suggests it. */
function sleeping(people: Person[], rooms: Room[]) {
  const arrangement = checkOvercrowding({ people, rooms }).room.arrangement;
  if (!arrangement) throw new Error('the room standard is not met');
  return hmoSleeping({ people, rooms }, arrangement);
}

const verdicts = (people: Person[], rooms: Room[]) =>
  sleeping(people, rooms).rooms.map(({ roomId, occupancy }) =>
    occupancy
      ? `${roomId}: ${occupancy.minimumSquareMetres} ${occupancy.prescribed ? '' : 'not prescribed, '}${occupancy.meetsMinimum ? 'met' : 'not met'}`
      : `${roomId}: empty`,
  );

describe('hmoSleeping (2018 HMO licence room sizes for the suggested arrangement)', () => {
  const rows: { why: string; people: Person[]; rooms: Room[]; expected: string[] }[] = [
    {
      why: 'two persons over 10 need 10.22 m²; 9 m² falls short',
      people: [adult('a'), adult('b')],
      rooms: [bedroom('r', 9)],
      expected: ['r: 10.22 not met'],
    },
    {
      why: 'one person over 10 needs 6.51 m²; exactly 6.51 m² is enough ("not less than")',
      people: [adult('a')],
      rooms: [bedroom('r', 6.51)],
      expected: ['r: 6.51 met'],
    },
    {
      why: 'one child under 10 needs 4.64 m²; exactly 4.64 m² is enough',
      people: [adult('a'), child('c')],
      rooms: [bedroom('r', 7), bedroom('s', 4.64)],
      expected: ['r: 6.51 met', 's: 4.64 met'],
    },
    {
      why: 'a child aged exactly 10 is treated as over 10: 6.51 m², not 4.64 m²',
      people: [adult('a', 'female', 10)],
      rooms: [bedroom('r', 5)],
      expected: ['r: 6.51 not met'],
    },
    {
      why: 'floor under a ceiling lower than 1.5 m does not count: 7 − 0.5 = 6.5 m² for one over 10',
      people: [adult('a')],
      rooms: [bedroom('r', 7, 0.5)],
      expected: ['r: 6.51 not met'],
    },
    {
      why: 'a room under 4.64 m² is no sleeping accommodation, so a child does not get it to themselves',
      people: [adult('a'), child('c')],
      rooms: [bedroom('r', 12), bedroom('s', 4.63)],
      expected: ['r: 6.51 not prescribed, met', 's: empty'],
    },
    {
      why: 'an adult and a child together: the regulations set no size for the mix',
      people: [adult('a'), child('c')],
      rooms: [bedroom('r', 12)],
      expected: ['r: 6.51 not prescribed, met'],
    },
    {
      why: 'three over 10 in one room: no size set; at least the 10.22 m² for two',
      people: [adult('a'), adult('b'), adult('c')],
      rooms: [bedroom('r', 10)],
      expected: ['r: 10.22 not prescribed, not met'],
    },
  ];
  for (const { why, people, rooms, expected } of rows) {
    it(why, () => {
      expect(verdicts(people, rooms)).to.deep.equal(expected);
    });
  }

  it('puts the couple in the larger room when the suggested one is too small for two, keeping the room standard’s groups', () => {
    const people: Person[] = [
      { id: 'a', age: 30, sex: 'female', partnerId: 'b' },
      { id: 'b', age: 31, sex: 'male', partnerId: 'a' },
      adult('c', 'female'),
    ];
    const rooms = [bedroom('small', 7), bedroom('large', 11)];
    expect(checkOvercrowding({ people, rooms }).room.arrangement).to.deep.equal([
      { roomId: 'small', personIds: ['a', 'b'] },
      { roomId: 'large', personIds: ['c'] },
    ]);
    const result = sleeping(people, rooms);
    expect(result.moved).to.equal(true);
    expect(result.arrangement).to.deep.equal([
      { roomId: 'small', personIds: ['c'] },
      { roomId: 'large', personIds: ['a', 'b'] },
    ]);
    expect(result.rooms.every((size) => size.occupancy?.meetsMinimum)).to.equal(true);
  });

  it('keeps the suggested arrangement when no moving of its groups would meet the sizes', () => {
    const result = sleeping([adult('a'), adult('b')], [bedroom('r', 9)]);
    expect(result.moved).to.equal(false);
    expect(result.arrangement).to.deep.equal([{ roomId: 'r', personIds: ['a', 'b'] }]);
  });

  it('keeps the suggested arrangement when it already meets the sizes, and children take empty rooms in turn', () => {
    const result = sleeping(
      [adult('a'), child('c', 3), child('d', 8)],
      [bedroom('r', 7), bedroom('s', 5), { id: 'l', use: 'living', squareMetres: 20 }],
    );
    expect(result.moved).to.equal(false);
    expect(result.arrangement).to.deep.equal([
      { roomId: 'r', personIds: ['a'] },
      { roomId: 's', personIds: ['c'] },
      { roomId: 'l', personIds: ['d'] },
    ]);
  });

  it('sleeps nobody in a kitchen, and lists the bedrooms and living rooms in the order given', () => {
    const rooms: Room[] = [
      { id: 'k', use: 'kitchen', squareMetres: 30 },
      { id: 'l', use: 'living', squareMetres: 12 },
      bedroom('b', 8),
    ];
    const result = sleeping([adult('a')], rooms);
    expect(result.rooms.map((size) => size.roomId)).to.deep.equal(['l', 'b']);
    expect(result.arrangement).to.deep.equal([{ roomId: 'b', personIds: ['a'] }]);
  });

  it('places nobody when there is no bedroom or living room', () => {
    expect(
      hmoSleeping({ people: [child('c')], rooms: [{ id: 'k', use: 'kitchen', squareMetres: 9 }] }, []),
    ).to.deep.equal({
      arrangement: [],
      moved: false,
      rooms: [],
    });
  });
});
