import { expect } from '@open-wc/testing';
import { hmoRoomSizes, type HmoRoom, type Person, type Room } from '../../src/core/overcrowding.ts';

describe('hmoRoomSizes (2018 mandatory HMO licence conditions, England)', () => {
  const rows: { room: HmoRoom; sleepingAllowed: boolean; maxPersonsOver10: number; law: string }[] = [
    {
      room: { id: 'r', squareMetres: 10.22 },
      sleepingAllowed: true,
      maxPersonsOver10: 2,
      law: '10.22 m² for two persons over 10',
    },
    {
      room: { id: 'r', squareMetres: 10.21 },
      sleepingAllowed: true,
      maxPersonsOver10: 1,
      law: 'under 10.22 m²: one person over 10',
    },
    {
      room: { id: 'r', squareMetres: 6.51 },
      sleepingAllowed: true,
      maxPersonsOver10: 1,
      law: '6.51 m² for one person over 10',
    },
    {
      room: { id: 'r', squareMetres: 6.5 },
      sleepingAllowed: true,
      maxPersonsOver10: 0,
      law: 'under 6.51 m²: a child under 10 only',
    },
    {
      room: { id: 'r', squareMetres: 4.64 },
      sleepingAllowed: true,
      maxPersonsOver10: 0,
      law: '4.64 m² for one child under 10',
    },
    {
      room: { id: 'r', squareMetres: 4.63 },
      sleepingAllowed: false,
      maxPersonsOver10: 0,
      law: 'under 4.64 m²: not sleeping accommodation',
    },
    // 110 sq ft = 10.2193344 m², just under 10.22 m²
    {
      room: { id: 'r', squareFeet: 110 },
      sleepingAllowed: true,
      maxPersonsOver10: 1,
      law: '110 sq ft is under 10.22 m²',
    },
    {
      room: { id: 'r', squareFeet: 110.01 },
      sleepingAllowed: true,
      maxPersonsOver10: 2,
      law: '110.01 sq ft = 10.2202634 m²',
    },
    {
      room: { id: 'r', squareMetres: 10.6, lowCeilingSquareMetres: 0.38 },
      sleepingAllowed: true,
      maxPersonsOver10: 2,
      law: 'floor under a 1.5 m ceiling does not count: 10.6 − 0.38 = 10.22 m² exactly',
    },
    {
      room: { id: 'r', squareMetres: 10.6, lowCeilingSquareMetres: 0.39 },
      sleepingAllowed: true,
      maxPersonsOver10: 1,
      law: 'floor under a 1.5 m ceiling does not count: 10.21 m² left',
    },
    {
      room: { id: 'r', squareMetres: 6, lowCeilingSquareMetres: 1.5 },
      sleepingAllowed: false,
      maxPersonsOver10: 0,
      law: 'an attic of 6 m² with 1.5 m² under a low ceiling: 4.5 m², not sleeping accommodation',
    },
  ];
  for (const { room, sleepingAllowed, maxPersonsOver10, law } of rows) {
    it(`rates ${JSON.stringify(room)}: ${law}`, () => {
      const [size] = hmoRoomSizes({ rooms: [room] });
      expect(size).to.include({ roomId: 'r', sleepingAllowed, maxPersonsOver10, occupancy: null });
    });
  }

  it('reports the usable area after the low-ceiling floor is taken off', () => {
    expect(
      hmoRoomSizes({ rooms: [{ id: 'r', squareMetres: 10.6, lowCeilingSquareMetres: 0.38 }] })[0]?.usableSquareMetres,
    ).to.equal(10.22);
  });

  const occupancies: {
    squareMetres: number;
    ages: number[];
    expected: {
      over10: number;
      under10: number;
      prescribed: boolean;
      minimumSquareMetres: number;
      meetsMinimum: boolean;
    };
    law: string;
  }[] = [
    {
      squareMetres: 7,
      ages: [30],
      expected: { over10: 1, under10: 0, prescribed: true, minimumSquareMetres: 6.51, meetsMinimum: true },
      law: 'one person over 10: 6.51 m²',
    },
    {
      squareMetres: 10,
      ages: [30, 25],
      expected: { over10: 2, under10: 0, prescribed: true, minimumSquareMetres: 10.22, meetsMinimum: false },
      law: 'two persons over 10: 10.22 m²',
    },
    {
      squareMetres: 5,
      ages: [9],
      expected: { over10: 0, under10: 1, prescribed: true, minimumSquareMetres: 4.64, meetsMinimum: true },
      law: 'one child under 10: 4.64 m²',
    },
    {
      squareMetres: 5,
      ages: [10],
      expected: { over10: 1, under10: 0, prescribed: true, minimumSquareMetres: 6.51, meetsMinimum: false },
      law: 'a child of exactly 10 is treated as over 10',
    },
    {
      squareMetres: 3,
      ages: [],
      expected: { over10: 0, under10: 0, prescribed: true, minimumSquareMetres: 0, meetsMinimum: true },
      law: 'a room nobody sleeps in needs no size',
    },
    {
      squareMetres: 7,
      ages: [30, 4],
      expected: { over10: 1, under10: 1, prescribed: false, minimumSquareMetres: 6.51, meetsMinimum: true },
      law: 'an adult with a child: no size set; at least the adult’s 6.51 m²',
    },
    {
      squareMetres: 12,
      ages: [30, 30, 30],
      expected: { over10: 3, under10: 0, prescribed: false, minimumSquareMetres: 10.22, meetsMinimum: true },
      law: 'three over 10: no size set; at least 10.22 m²',
    },
    {
      squareMetres: 4.7,
      ages: [3, 5],
      expected: { over10: 0, under10: 2, prescribed: false, minimumSquareMetres: 4.64, meetsMinimum: true },
      law: 'two children: no size set; at least 4.64 m²',
    },
  ];
  for (const { squareMetres, ages, expected, law } of occupancies) {
    it(`checks ages [${ages.join(', ')}] in ${squareMetres} m² — ${law}`, () => {
      const people: Person[] = ages.map((age, i) => ({ id: `p${i}`, age, sex: 'female' }));
      const [size] = hmoRoomSizes({ rooms: [{ id: 'r', squareMetres }], people }, [
        { roomId: 'r', personIds: people.map((p) => p.id) },
      ]);
      expect(size?.occupancy).to.deep.equal(expected);
    });
  }

  it('checks only the rooms the arrangement puts someone in', () => {
    const people: Person[] = [{ id: 'p', age: 30, sex: 'male' }];
    const sizes = hmoRoomSizes(
      {
        rooms: [
          { id: 'a', squareMetres: 7 },
          { id: 'b', squareMetres: 7 },
        ],
        people,
      },
      [{ roomId: 'b', personIds: ['p'] }],
    );
    expect(sizes.map((size) => size.occupancy === null)).to.deep.equal([true, false]);
  });

  it('accepts the rooms of checkOvercrowding, use and all', () => {
    const kitchen: Room = { id: 'k', use: 'kitchen', squareMetres: 7 };
    expect(hmoRoomSizes({ rooms: [kitchen] })[0]?.maxPersonsOver10).to.equal(1);
  });
});
