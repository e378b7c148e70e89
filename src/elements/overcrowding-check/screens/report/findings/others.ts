import type { Finding, ReportTable } from '../../../../../print/overcrowding-layout.ts';
import { formatArea, formatAreaNumber } from '../format.ts';
import { labels, type ReportContext } from './context.ts';

/** The bedroom standard: a measure for allocations, not the law. */
export function bedroomFinding(context: ReportContext): Finding {
  const { m } = context;
  const name = labels(context);
  const { bedroomsNeeded, bedroomsAvailable, allocation } = context.result.bedroomStandard;
  const short = bedroomsNeeded - bedroomsAvailable;
  return {
    id: 'bedroom',
    heading: m.bedroomHeading,
    law: m.bedroomLaw,
    status: {
      label: m.statusLabel,
      text: short > 0 ? m.bedroomsShort(short) : m.bedroomsEnough,
      tone: short > 0 ? 'bad' : 'good',
    },
    reasons: [m.bedroomsCompare(bedroomsNeeded, bedroomsAvailable)],
    list: allocation.map((bedroom) => m.bedroomFor(name.people(bedroom.personIds), m[bedroom.basis])),
    facts: [
      [m.bedroomsNeeded, String(bedroomsNeeded)],
      [m.bedroomsAvailable, String(bedroomsAvailable)],
    ],
    tables: [],
    notes: [],
  };
}

/** The people and rooms as entered, for the printout. */
export function inputTables(context: ReportContext): ReportTable[] {
  const { m, draft, units } = context;
  const name = labels(context);
  const hmo = draft.hmo;
  const rooms = new Map(context.rooms.map((read) => [read.room.id, read]));
  return [
    {
      caption: m.peopleTableCaption,
      head: [m.colPerson, m.colAge, m.colSex, m.colPartner],
      rows: context.people.map((person) => [
        name.person(person.id),
        String(person.age),
        person.sex === 'female' ? m.female : m.male,
        person.partnerId ? name.person(person.partnerId) : m.none,
      ]),
    },
    {
      caption: m.roomsTableCaption,
      head: hmo ? [m.colRoom, m.colUse, m.colFloorArea, m.colLowCeiling] : [m.colRoom, m.colUse, m.colFloorArea],
      rows: draft.rooms.map((room) => {
        const read = rooms.get(room.id);
        const low = read?.room.lowCeilingSquareMetres;
        const counts = read?.room.counts;
        const use = room.use ? m[room.use] : '';
        const used = counts === undefined ? use : counts ? m.useCounted(use) : m.useNotCounted(use);
        const row = [name.room(room.id), used, read ? formatArea(read.exactSquareMetres, units, m) : ''];
        return hmo ? [...row, low === undefined ? m.none : formatAreaNumber(low, units, m)] : row;
      }),
    },
  ];
}
