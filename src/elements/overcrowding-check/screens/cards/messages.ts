import type { OvercrowdingDraft } from '../../../../schema/overcrowding.ts';

/** The words of each person's and room's card, which come with the cards (see index.ts). */
export const cardMessages = {
  personLegend: (n: number) => `Person ${n}`,
  personFallback: (n: number) => `Person ${n}`,
  name: 'Name or description (optional)',
  nameHint: 'For example, Mum or Lodger. We use it to show who sleeps where.',
  age: 'Age in years',
  ageHint: 'Their age at their last birthday. Enter 0 for a baby under 1.',
  sex: 'Sex',
  female: 'Female',
  male: 'Male',
  partner: 'Lives with as a couple',
  partnerHint: 'Choose their partner if they live together as a couple.',
  noPartner: 'Not part of a couple here',
  missingPartner: 'Someone who is no longer listed',
  removePerson: (label: string) => `Remove ${label}`,
  roomLegend: (n: number) => `Room ${n}`,
  roomFallback: (n: number) => `Room ${n}`,
  roomName: 'Name (optional)',
  roomNameHint: 'For example, front bedroom.',
  use: 'What is the room used as?',
  useHint:
    'Rooms normally used as a bedroom or living room count as rooms to sleep in: a dining room, study or box room usually does. A large kitchen-diner may count. A kitchen, bathroom, hall or store room does not.',
  useChoose: 'Choose',
  useCounts: 'Counts as a room to sleep in',
  useMayCount: 'May count: you decide',
  useDoesNotCount: 'Does not count',
  bedroom: 'Bedroom',
  'box-room': 'Box room',
  living: 'Living room',
  dining: 'Dining room',
  study: 'Study',
  'kitchen-diner': 'Kitchen-diner',
  kitchen: 'Kitchen',
  bathroom: 'Bathroom or toilet',
  hall: 'Hall or landing',
  store: 'Store room or utility room',
  other: 'Another room that is not a bedroom or living room',
  countsLegend: (room: string) => `Is ${room} big enough to be used as a living room or bedroom in homes in this area?`,
  countsHint:
    'A kitchen-diner counts as a room to sleep in only if rooms like it are normally used as a living room or bedroom locally (Housing Act 1985, sections 325 and 326). The result will say that it depends on your answer.',
  countsYes: 'Yes, it counts as a room to sleep in',
  countsNo: 'No, it does not count',
  sizeLegend: 'How do you want to give the size?',
  sizeArea: 'Floor area',
  sizeDimensions: 'Length and width',
  areaLabel: (unit: string) => `Floor area (${unit})`,
  lengthLabel: (unit: string) => `Length (${unit})`,
  widthLabel: (unit: string) => `Width (${unit})`,
  lowCeilingLabel: (unit: string) => `Floor where the ceiling is lower than 1.5 metres (${unit}, optional)`,
  lowCeilingHint: 'Leave blank if there is none. This only affects HMO room sizes.',
  convertedFrom: (typed: string) => `Converted from ${typed}. The check uses the exact figure unless you change it.`,
  unitSquareMetres: 'm²',
  unitSquareFeet: 'sq ft',
  unitMetres: 'm',
  unitFeet: 'ft',
  removeRoom: (label: string) => `Remove ${label}`,
};

export type CardMessages = typeof cardMessages;

/** A person's name as entered, or "Person 2". */
export function personLabel(draft: OvercrowdingDraft, m: CardMessages, id: string): string {
  const index = draft.people.findIndex((person) => person.id === id);
  return draft.people[index]?.name.trim() || m.personFallback(index + 1);
}

/** A room's name as entered, or "Room 3". */
export function roomLabel(draft: OvercrowdingDraft, m: CardMessages, id: string): string {
  const index = draft.rooms.findIndex((room) => room.id === id);
  return draft.rooms[index]?.name.trim() || m.roomFallback(index + 1);
}
