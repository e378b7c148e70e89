import { expect } from '@open-wc/testing';
import { bedroomStandard, type Person, type Sex } from '../../src/core/overcrowding.ts';

const person = (id: string, age: number, sex: Sex, partnerId?: string): Person =>
  partnerId === undefined ? { id, age, sex } : { id, age, sex, partnerId };

describe('bedroomStandard (English Housing Survey bedroom standard)', () => {
  it('needs 2 bedrooms for boys of 12 and 5 and girls of 4 and 3 — the fewest, as FACTS §5 says', () => {
    // the unpaired boy of 12 shares with the boy of 5; the two girls under 10 pair
    const result = bedroomStandard([
      person('boy12', 12, 'male'),
      person('boy5', 5, 'male'),
      person('girl4', 4, 'female'),
      person('girl3', 3, 'female'),
    ]);
    expect(result).to.deep.equal({
      bedroomsNeeded: 2,
      allocation: [
        { basis: 'aged-10-to-20-with-child-under-10', personIds: ['boy12', 'boy5'] },
        { basis: 'pair-under-10', personIds: ['girl4', 'girl3'] },
      ],
    });
  });

  const rows: { name: string; people: Person[]; bedroomsNeeded: number; bases: string[] }[] = [
    { name: 'nobody', people: [], bedroomsNeeded: 0, bases: [] },
    {
      name: 'a couple, a lodger of 21 and two sisters of 15 and 11',
      people: [
        person('h', 40, 'male', 'w'),
        person('w', 38, 'female', 'h'),
        person('l', 21, 'male'),
        person('s1', 11, 'female'),
        person('s2', 15, 'female'),
      ],
      bedroomsNeeded: 3, // a bedroom each for the couple, the person 21 or over, the same-sex pair aged 10–20
      bases: ['couple', 'aged-21-or-over', 'same-sex-pair-aged-10-to-20'],
    },
    {
      name: 'a brother of 14 and a sister of 12',
      people: [person('b', 14, 'male'), person('s', 12, 'female')],
      bedroomsNeeded: 2, // opposite sexes aged 10–20 do not pair
      bases: ['aged-10-to-20-alone', 'aged-10-to-20-alone'],
    },
    {
      name: 'a girl of 16 and a boy of 3',
      people: [person('g', 16, 'female'), person('b', 3, 'male')],
      bedroomsNeeded: 2, // no same-sex child for the girl, so each has a room
      bases: ['aged-10-to-20-alone', 'child-under-10-alone'],
    },
    {
      name: 'a boy of 8, a girl of 6 and a boy of 2',
      people: [person('b8', 8, 'male'), person('g6', 6, 'female'), person('b2', 2, 'male')],
      bedroomsNeeded: 2, // a pair under 10 whatever their sex; the odd child alone
      bases: ['pair-under-10', 'child-under-10-alone'],
    },
    {
      name: 'three girls of 15, 13 and 11 and a girl of 7',
      people: [
        person('g11', 11, 'female'),
        person('g13', 13, 'female'),
        person('g15', 15, 'female'),
        person('g7', 7, 'female'),
      ],
      bedroomsNeeded: 2, // the two eldest pair; the youngest of 10–20 shares with the child
      bases: ['same-sex-pair-aged-10-to-20', 'aged-10-to-20-with-child-under-10'],
    },
    {
      name: 'brothers of 21 and 20',
      people: [person('m21', 21, 'male'), person('m20', 20.9, 'male')],
      bedroomsNeeded: 2, // 21 or over has a room of his own; 20.9 is still "10 to 20"
      bases: ['aged-21-or-over', 'aged-10-to-20-alone'],
    },
    {
      name: 'brothers of 20 and 10',
      people: [person('m20', 20, 'male'), person('m10', 10, 'male')],
      bedroomsNeeded: 1, // a same-sex pair aged 10–20
      bases: ['same-sex-pair-aged-10-to-20'],
    },
  ];
  for (const { name, people, bedroomsNeeded, bases } of rows) {
    it(`needs ${bedroomsNeeded} for ${name}`, () => {
      const result = bedroomStandard(people);
      expect(result.bedroomsNeeded).to.equal(bedroomsNeeded);
      expect(result.allocation.map((bedroom) => bedroom.basis)).to.deep.equal(bases);
    });
  }

  it('pairs the eldest first and gives the youngest of an odd number the eldest child of their sex', () => {
    const result = bedroomStandard([
      person('g11', 11, 'female'),
      person('g13', 13, 'female'),
      person('g15', 15, 'female'),
      person('g3', 3, 'female'),
      person('g7', 7, 'female'),
    ]);
    expect(result.allocation.map((bedroom) => bedroom.personIds)).to.deep.equal([
      ['g15', 'g13'],
      ['g11', 'g7'],
      ['g3'],
    ]);
  });
});
