import type { HmoOccupancy, HmoRoomSize } from '../../../../../core/overcrowding.ts';
import type { SleepingRoom } from '../../../../../core/overcrowding/room-standard.ts';
import type { Finding } from '../../../../../print/overcrowding-layout.ts';
import { formatAreaNumber } from '../format.ts';
import { labels, withAge, type ReportContext } from './context.ts';

type Status = Finding['status'];

/** One room of the arrangement: who sleeps there and whether the room is big enough for them. */
function roomVerdict(context: ReportContext, room: SleepingRoom, size: HmoRoomSize, occupancy: HmoOccupancy): string {
  const { m, units } = context;
  const area = (squareMetres: number) => formatAreaNumber(squareMetres, units, m);
  const roomName = labels(context).room(room.roomId);
  const people = m.list(room.personIds.map((id) => withAge(context, id)));
  const who = m.hmoWho(occupancy.over10, occupancy.under10);
  const usable = area(size.usableSquareMetres);
  const minimum = area(occupancy.minimumSquareMetres);
  if (!occupancy.prescribed) {
    const verdict = m.hmoRoomNotSet(roomName, people, who, usable);
    return occupancy.meetsMinimum ? verdict : `${verdict} ${m.hmoRoomNotSetShort(minimum)}`;
  }
  return occupancy.meetsMinimum
    ? m.hmoRoomMet(roomName, people, usable, minimum)
    : m.hmoRoomShort(roomName, people, who, usable, minimum);
}

/**
 * Too small where the regulations set a size for the people in the room; for the licence to decide where
 * they set none for the mix (however small the room, the regulations alone do not say it breaks them).
 */
function status(context: ReportContext, sizes: readonly HmoRoomSize[]): Status {
  const { m } = context;
  // Only the rooms the arrangement puts someone in have an occupancy.
  const checked = sizes.flatMap((size) => (size.occupancy ? [size.occupancy] : []));
  const short = checked.some((occupancy) => occupancy.prescribed && !occupancy.meetsMinimum);
  const notSet = checked.some((occupancy) => !occupancy.prescribed);
  const [text, tone] = short
    ? [m.hmoSizesNotMet, 'bad' as const]
    : notSet
      ? [m.hmoSizesNotSet, 'neutral' as const]
      : [m.hmoSizesMet, 'good' as const];
  return { label: m.statusLabel, text, tone };
}

/**
 * The 2018 HMO licence room sizes (licensed HMOs in England only): what each room may be slept in by, and
 * whether the suggested arrangement puts more in a room than its size allows.
 */
export function hmoFinding(context: ReportContext): Finding | null {
  const { m, units } = context;
  const sizes = context.result.hmoRoomSizes;
  if (!sizes) return null;
  const name = labels(context);
  const who = (size: HmoRoomSize) =>
    size.maxPersonsOver10 === 2
      ? m.hmoTwo
      : size.maxPersonsOver10 === 1
        ? m.hmoOne
        : size.sleepingAllowed
          ? m.hmoChild
          : m.hmoNone;
  const checked = context.result.hmoArrangement;
  const bySize = new Map(sizes.map((size) => [size.roomId, size]));
  const arranged = (checked?.arrangement ?? []).flatMap((room) => {
    const size = bySize.get(room.roomId);
    return size?.occupancy ? [roomVerdict(context, room, size, size.occupancy)] : [];
  });
  const reasons = checked
    ? [m.hmoArrangementChecked, ...(checked.moved ? [m.hmoArrangementMoved] : [])]
    : sizes.length > 0
      ? [m.hmoNoArrangement]
      : [];
  return {
    id: 'hmo',
    heading: m.hmoHeading,
    law: m.hmoLaw,
    status: checked && arranged.length > 0 ? status(context, sizes) : null,
    reasons,
    list: arranged,
    facts: [],
    tables: [
      {
        caption: m.hmoTableCaption,
        head: [m.colRoom, m.colUsable, m.colWhoMaySleep],
        rows: sizes.map((size) => [
          name.room(size.roomId),
          formatAreaNumber(size.usableSquareMetres, units, m),
          who(size),
        ]),
      },
    ],
    notes: [...(checked ? [m.hmoOneWayNote] : []), m.hmoTenNote],
  };
}
