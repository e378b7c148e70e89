import { countPersons } from '../../../../../core/overcrowding.ts';
import type { Finding } from '../../../../../print/overcrowding-layout.ts';
import { formatArea, formatPersons } from '../format.ts';
import type { OvercrowdingMessages } from '../messages.ts';
import { labels, type ReportContext } from './context.ts';

/** s.326(3) Table II's rows, named by the persons a room counts for. */
function band(m: OvercrowdingMessages, persons: number): string {
  if (persons >= 2) return m.band2;
  if (persons >= 1.5) return m.band15;
  if (persons >= 1) return m.band1;
  return persons > 0 ? m.bandHalf : m.band0;
}

/** s.326(2)(a): how one person counts. */
function counts(m: OvercrowdingMessages, age: number): string {
  const units = countPersons([age]);
  return units === 1 ? m.countsFull : units > 0 ? m.countsHalf : m.countsNone;
}

/** s.326: persons counted with halves, Table I, Table II per room, and the lower of the two. */
export function spaceFinding(context: ReportContext): Finding {
  const { m, result, people, rooms, units } = context;
  const name = labels(context);
  const space = result.space;
  const persons = m.persons(formatPersons(space.persons));
  const permitted = formatPersons(space.permitted);
  const exact = new Map(rooms.map((read) => [read.room.id, read.exactSquareMetres]));
  return {
    id: 'space',
    heading: m.spaceHeading,
    law: m.spaceLaw,
    status: {
      label: m.statusLabel,
      text: space.contravened ? m.notMet : m.met,
      tone: space.contravened ? 'bad' : 'good',
    },
    reasons: [space.contravened ? m.spaceNotMet(persons, permitted) : m.spaceMet(persons, permitted)],
    list: [],
    facts: [
      [m.personsCounted, formatPersons(space.persons)],
      [m.tableI, m.tableIValue(space.roomsCounted, formatPersons(space.byRooms))],
      [m.tableII, formatPersons(space.byArea)],
      [m.permitted, permitted],
    ],
    tables: [
      {
        caption: m.countsTableCaption,
        head: [m.colPerson, m.colAge, m.colCountsAs],
        rows: people.map((person) => [name.person(person.id), String(person.age), counts(m, person.age)]),
        total: [m.total, '', formatPersons(space.persons)],
      },
      {
        caption: m.tableIICaption,
        head: [m.colRoom, m.colFloorArea, m.colCountsFor],
        rows: space.rooms.map((room) => {
          const area = exact.get(room.roomId);
          return [
            name.room(room.roomId),
            area ? formatArea(area, units, m) : '',
            m.tableIIRow(formatPersons(room.persons), band(m, room.persons)),
          ];
        }),
        total: [m.total, '', formatPersons(space.byArea)],
      },
    ],
    notes: [],
  };
}
