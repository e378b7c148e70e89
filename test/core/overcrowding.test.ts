import { expect } from '@open-wc/testing';
import { checkOvercrowding, type Person, type Room } from '../../src/core/overcrowding.ts';

const adults = (count: number): Person[] =>
  Array.from({ length: count }, (_, i) => ({ id: `a${i}`, age: 30, sex: 'female' }));

describe('checkOvercrowding — the space standard (s.326) and s.324', () => {
  const fourRooms: Room[] = [
    { id: 'b1', use: 'bedroom', squareFeet: 120 },
    { id: 'b2', use: 'bedroom', squareFeet: 115 },
    { id: 'b3', use: 'bedroom', squareFeet: 130 },
    { id: 'lr', use: 'living', squareMetres: 16 },
    { id: 'k', use: 'kitchen', squareFeet: 200 },
    { id: 'bath', use: 'bathroom', squareFeet: 60 },
  ];

  it('permits 7½ in four rooms: seven adults and a child of 5 fit exactly', () => {
    // s.326 Table I: 4 rooms → 7½; Table II: 4 × 2 = 8; persons 7 + ½ (s.326(2)(a))
    const people = [...adults(7), { id: 'c', age: 5, sex: 'male' } as const];
    const result = checkOvercrowding({ people, rooms: fourRooms });
    expect(result.space).to.include({ contravened: false, persons: 7.5, permitted: 7.5, byRooms: 7.5, byArea: 8 });
    expect(result.overcrowded).to.equal(false);
  });

  it('is overcrowded with eight adults in the same four rooms (7½ permitted)', () => {
    // s.326(1): persons 8 > permitted 7½; s.324: either standard contravened
    const result = checkOvercrowding({ people: adults(8), rooms: fourRooms });
    expect(result.space).to.include({ contravened: true, persons: 8, permitted: 7.5 });
    expect(result.room.contravened).to.equal(false);
    expect(result.overcrowded).to.equal(true);
  });

  it('does not count a baby under one, so a baby makes no difference', () => {
    // s.326(2)(a): a child under one is left out of account
    const people = [
      ...adults(7),
      { id: 'c', age: 5, sex: 'male' } as const,
      { id: 'baby', age: 0.5, sex: 'female' } as const,
    ];
    expect(checkOvercrowding({ people, rooms: fourRooms }).space.contravened).to.equal(false);
  });

  it('lists Table II for each bedroom and living room only, with its id, use and area', () => {
    // s.326(3) Table II: 110 sq ft or more → 2; 16 m² = 172.2 sq ft → 2; kitchens and bathrooms are not sleeping rooms
    const { rooms } = checkOvercrowding({ people: adults(1), rooms: fourRooms }).space;
    expect(rooms.map(({ roomId, use, persons, counted }) => ({ roomId, use, persons, counted }))).to.deep.equal([
      { roomId: 'b1', use: 'bedroom', persons: 2, counted: true },
      { roomId: 'b2', use: 'bedroom', persons: 2, counted: true },
      { roomId: 'b3', use: 'bedroom', persons: 2, counted: true },
      { roomId: 'lr', use: 'living', persons: 2, counted: true },
    ]);
    expect(rooms[3]?.squareFeet).to.be.closeTo(172.2226, 1e-4);
  });

  it('is overcrowded by the room standard alone when the space standard is met', () => {
    // s.324: a dwelling is overcrowded if either standard is contravened
    const result = checkOvercrowding({
      people: [
        { id: 'b', age: 12, sex: 'male' },
        { id: 's', age: 14, sex: 'female' },
      ],
      rooms: [{ id: 'b1', use: 'bedroom', squareFeet: 120 }],
    });
    expect(result.space.contravened).to.equal(false);
    expect(result.room.contravened).to.equal(true);
    expect(result.overcrowded).to.equal(true);
  });

  it('ignores a low ceiling for the space standard', () => {
    // s.326: the area is taken as measured; the 1.5 m ceiling rule belongs to the 2018 HMO regulations
    const result = checkOvercrowding({
      people: adults(2),
      rooms: [{ id: 'attic', use: 'bedroom', squareMetres: 10.22, lowCeilingSquareMetres: 4 }],
    });
    expect(result.space).to.include({ permitted: 2, contravened: false });
  });
});
