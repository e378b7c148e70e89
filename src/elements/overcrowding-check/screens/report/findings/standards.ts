import type { Finding } from '../../../../../print/overcrowding-layout.ts';
import { labels, withAge, type ReportContext } from './context.ts';

const blank = { reasons: [], list: [], facts: [], tables: [], notes: [] } as const;

/** s.324: overcrowded when either standard is not met. */
export function verdictFinding(context: ReportContext): Finding {
  const { m, result } = context;
  const room = result.room.contravened;
  const space = result.space.contravened;
  const reason = room && space ? m.verdictBoth : room ? m.verdictRoom : space ? m.verdictSpace : m.verdictNeither;
  const name = labels(context);
  // What the result rests on: a couple parted for the room standard, and each room the user decided about.
  const parted = result.room.partedCouples.map(({ couple: [a, b] }) =>
    m.verdictRestsOnParting(name.person(a), name.person(b)),
  );
  const decided = result.decidedRooms.map(({ roomId, counts }) => m.verdictRestsOnRoom(name.room(roomId), counts));
  return {
    ...blank,
    id: 'verdict',
    heading: m.verdictHeading,
    law: m.verdictLaw,
    status: {
      label: m.statusLabel,
      text: result.overcrowded ? m.overcrowded : m.notOvercrowded,
      tone: result.overcrowded ? 'bad' : 'good',
    },
    reasons: [reason, ...parted, ...decided],
  };
}

/** s.325: the pair who must share, or an arrangement that avoids it. */
export function roomFinding(context: ReportContext): Finding {
  const { m, result, people } = context;
  const name = labels(context);
  const standard = result.room;
  const sleepers = people.filter((person) => person.age >= 10).length;
  const children = people.length > sleepers;
  let reasons: string[];
  let list: string[] = [];
  if (standard.conflict) {
    const [a, b] = standard.conflict;
    reasons = [m.roomConflict(withAge(context, a), withAge(context, b), standard.roomsAvailable)];
  } else if (sleepers === 0) {
    reasons = [m.roomNobodyOver10];
  } else if (!standard.arrangement) {
    reasons = [m.roomNoRooms];
  } else {
    const together = (who: string, others: readonly string[]) =>
      others.length > 0 ? m.sleepsWith(name.person(who), name.people(others)) : m.sleepsAlone(name.person(who));
    const parted = standard.partedCouples.map(({ couple: [a, b], sleepsWith: [withA, withB] }) =>
      m.partedCouple(name.person(a), name.person(b), together(a, withA), together(b, withB)),
    );
    reasons = [...parted, m.roomMet];
    list = standard.arrangement.map((room) => m.sleepsIn(name.room(room.roomId), name.people(room.personIds)));
  }
  const met = standard.partedCouples.length > 0 ? m.metIfApart : m.met;
  return {
    ...blank,
    id: 'room',
    heading: m.roomHeading,
    law: m.roomLaw,
    status: {
      label: m.statusLabel,
      text: standard.contravened ? m.notMet : met,
      tone: standard.contravened ? 'bad' : 'good',
    },
    reasons,
    list,
    facts: [
      [m.roomsToSleepIn, String(standard.roomsAvailable)],
      [m.roomsNeeded, String(standard.roomsNeeded)],
    ],
    notes: children && !standard.conflict && standard.arrangement ? [m.childrenAnywhere] : [],
  };
}
