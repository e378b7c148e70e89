import { expect } from '@open-wc/testing';
import {
  countPersons,
  permittedNumber,
  SPACE_STANDARD_TABLE_I,
  SPACE_STANDARD_TABLE_II,
  type RoomArea,
} from '../../src/core/overcrowding.ts';

const feet = (...areas: number[]): RoomArea[] => areas.map((squareFeet) => ({ squareFeet }));

describe('countPersons (s.326(2)(a))', () => {
  const rows: { ages: number[]; persons: number; law: string }[] = [
    { ages: [], persons: 0, law: 'nobody sleeps there' },
    { ages: [0], persons: 0, law: 's.326(2)(a): a child under one is left out' },
    { ages: [0.99], persons: 0, law: 's.326(2)(a): still under one' },
    { ages: [1], persons: 0.5, law: 's.326(2)(a): aged one → ½' },
    { ages: [9.99], persons: 0.5, law: 's.326(2)(a): under ten → ½' },
    { ages: [10], persons: 1, law: 's.326(2)(a): aged ten counts in full' },
    { ages: [130], persons: 1, law: 'the oldest age accepted' },
    { ages: [40, 38, 12, 7, 4, 0.5], persons: 4, law: '3 in full + two halves + a baby not counted' },
  ];
  for (const { ages, persons, law } of rows) {
    it(`counts ages [${ages.join(', ')}] as ${persons} — ${law}`, () => {
      expect(countPersons(ages)).to.equal(persons);
    });
  }
});

describe('permittedNumber — s.326(3) Table I (number of rooms)', () => {
  // Rooms of 110 sq ft each give 2 apiece under Table II, so Table I is the lower figure from two rooms.
  const rows: { rooms: number; byRooms: number; law: string }[] = [
    { rooms: 0, byRooms: 0, law: 'no room available as sleeping accommodation' },
    { rooms: 1, byRooms: 2, law: 's.326 Table I: 1 room → 2' },
    { rooms: 2, byRooms: 3, law: 's.326 Table I: 2 rooms → 3' },
    { rooms: 3, byRooms: 5, law: 's.326 Table I: 3 rooms → 5' },
    { rooms: 4, byRooms: 7.5, law: 's.326 Table I: 4 rooms → 7½ (seed 003 said 7)' },
    { rooms: 5, byRooms: 10, law: 's.326 Table I: 5 rooms or more → 2 for each room' },
    { rooms: 7, byRooms: 14, law: 's.326 Table I: 5 rooms or more → 2 for each room' },
  ];
  for (const { rooms, byRooms, law } of rows) {
    it(`permits ${byRooms} for ${rooms} rooms of 110 sq ft — ${law}`, () => {
      const result = permittedNumber(feet(...Array<number>(rooms).fill(110)));
      expect(result.byRooms).to.equal(byRooms);
      expect(result.byArea).to.equal(2 * rooms);
      expect(result.permitted).to.equal(Math.min(byRooms, 2 * rooms));
      expect(result.roomsCounted).to.equal(rooms);
    });
  }

  it('publishes Table I as data with the half in it', () => {
    expect(SPACE_STANDARD_TABLE_I.map((row) => row.persons)).to.deep.equal([2, 3, 5, 7.5]);
  });
});

describe('permittedNumber — s.326(3) Table II (floor area of each room)', () => {
  const rows: { area: RoomArea; persons: number; law: string }[] = [
    { area: { squareFeet: 500 }, persons: 2, law: 's.326 Table II: 110 sq ft or more → 2' },
    { area: { squareFeet: 110 }, persons: 2, law: 's.326 Table II: 110 sq ft or more → 2' },
    { area: { squareFeet: 109.99 }, persons: 1.5, law: 's.326 Table II: 90 to under 110 → 1½' },
    { area: { squareFeet: 90 }, persons: 1.5, law: 's.326 Table II: 90 to under 110 → 1½ (seed 003 said 1)' },
    { area: { squareFeet: 89.99 }, persons: 1, law: 's.326 Table II: 70 to under 90 → 1' },
    { area: { squareFeet: 70 }, persons: 1, law: 's.326 Table II: 70 to under 90 → 1' },
    { area: { squareFeet: 69.99 }, persons: 0.5, law: 's.326 Table II: 50 to under 70 → ½' },
    { area: { squareFeet: 50 }, persons: 0.5, law: 's.326 Table II: 50 to under 70 → ½' },
    { area: { squareFeet: 49.99 }, persons: 0, law: 's.326(3): a room under 50 sq ft is not counted' },
    { area: { squareFeet: 0 }, persons: 0, law: 's.326(3): a room under 50 sq ft is not counted' },
    // 1 sq ft = 0.09290304 m², so 110 sq ft = 10.2193344 m²; 90 = 8.3612736; 70 = 6.5032128; 50 = 4.645152.
    { area: { squareMetres: 10.22 }, persons: 2, law: '10.22 m² = 110.007 sq ft → 2' },
    { area: { squareMetres: 10.21 }, persons: 1.5, law: '10.21 m² = 109.90 sq ft → 1½' },
    { area: { squareMetres: 10.2193344 }, persons: 2, law: 'exactly 110 sq ft → 2, not rounded down' },
    { area: { squareMetres: 10.2193343 }, persons: 1.5, law: 'a hair under 110 sq ft → 1½' },
    { area: { squareMetres: 8.3612736 }, persons: 1.5, law: 'exactly 90 sq ft → 1½' },
    { area: { squareMetres: 8.36 }, persons: 1, law: '8.36 m² = 89.99 sq ft → 1' },
    { area: { squareMetres: 6.5032128 }, persons: 1, law: 'exactly 70 sq ft → 1' },
    { area: { squareMetres: 6.5 }, persons: 0.5, law: '6.5 m² = 69.97 sq ft → ½' },
    { area: { squareMetres: 4.645152 }, persons: 0.5, law: 'exactly 50 sq ft → ½' },
    { area: { squareMetres: 4.64 }, persons: 0, law: '4.64 m² = 49.94 sq ft: under 50, not counted' },
    { area: { squareMetres: 1e-7 }, persons: 0, law: 'a tiny area written in exponent form' },
  ];
  for (const { area, persons, law } of rows) {
    it(`gives ${persons} for ${JSON.stringify(area)} — ${law}`, () => {
      const result = permittedNumber([area]);
      expect(result.byArea).to.equal(persons);
      expect(result.rooms[0]?.persons).to.equal(persons);
      expect(result.rooms[0]?.counted).to.equal(persons > 0);
    });
  }

  it('publishes Table II as data with the half in it', () => {
    expect(SPACE_STANDARD_TABLE_II.map((row) => row.persons)).to.deep.equal([2, 1.5, 1, 0.5]);
  });

  it('reports each room in both units, converted exactly (1 sq ft = 0.09290304 m²)', () => {
    const [metric, imperial] = permittedNumber([{ squareMetres: 10.22 }, { squareFeet: 100 }]).rooms;
    expect(metric?.squareFeet).to.be.closeTo(110.0071645, 1e-7);
    expect(metric?.squareMetres).to.equal(10.22);
    expect(imperial?.squareMetres).to.be.closeTo(9.290304, 1e-12);
    expect(imperial?.squareFeet).to.equal(100);
  });
});

describe('permittedNumber — the lower of Table I and Table II (s.326(3))', () => {
  it('lets small rooms limit a three-room flat: Table I 5, Table II 3 × ½ → 1½', () => {
    // s.326 Table I: 3 rooms → 5; Table II: 50 to under 70 → ½ each
    expect(permittedNumber(feet(60, 60, 60))).to.include({ byRooms: 5, byArea: 1.5, permitted: 1.5 });
  });

  it('lets the room count limit two large rooms: Table I 3, Table II 2 + 2 → 3', () => {
    // s.326 Table I: 2 rooms → 3; Table II: 110 sq ft or more → 2 each
    expect(permittedNumber(feet(120, 150))).to.include({ byRooms: 3, byArea: 4, permitted: 3 });
  });

  it('ignores a room under 50 sq ft in Table I as well as Table II', () => {
    // s.326(3): "no account shall be taken for the purposes of either Table" of it → 2 rooms → 3
    const result = permittedNumber(feet(40, 200, 200));
    expect(result).to.include({ roomsCounted: 2, byRooms: 3, byArea: 4, permitted: 3 });
    expect(result.rooms.map((room) => room.counted)).to.deep.equal([false, true, true]);
  });

  it('permits 7½ in four rooms of 90 to 110 sq ft and more: the halves survive', () => {
    // s.326 Table I: 4 → 7½; Table II: 2 + 2 + 1½ + 1½ = 7
    expect(permittedNumber(feet(110, 120, 95, 100))).to.include({ byRooms: 7.5, byArea: 7, permitted: 7 });
    expect(permittedNumber(feet(110, 120, 130, 95))).to.include({ byRooms: 7.5, byArea: 7.5, permitted: 7.5 });
  });
});
