import type { Catalogue } from '../../../i18n.ts';
import { shellMessages } from '../../messages.ts';
import { cardMessages } from '../cards/messages.ts';
import { formMessages } from '../form/messages.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The words for the results, on screen, in print and in the PDF. */
export const resultMessages = {
  statusLabel: 'Result',
  and: (a: string, b: string) => `${a} and ${b}`,
  list: (items: string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  // s.324
  verdictHeading: 'Overcrowded by law? (section 324)',
  verdictLaw:
    'Under section 324 of the Housing Act 1985, a home is overcrowded if either the room standard or the space standard is not met.',
  overcrowded: 'Overcrowded',
  notOvercrowded: 'Not overcrowded',
  verdictBoth: 'The home is overcrowded: neither the room standard nor the space standard is met.',
  verdictRoom: 'The home is overcrowded because the room standard is not met.',
  verdictSpace: 'The home is overcrowded because the space standard is not met.',
  verdictNeither: 'The home is not overcrowded: the room standard and the space standard are both met.',
  met: 'Met',
  notMet: 'Not met',
  // s.325
  roomHeading: 'Room standard (section 325)',
  roomLaw:
    'Two people aged 10 or over, of opposite sexes, must not have to sleep in the same room unless they live together as a couple. Children under 10 are left out. A couple may sleep apart to meet it. Rooms of a kind normally used as a bedroom or living room count as rooms to sleep in, whatever their size.',
  roomConflict: (a: string, b: string, rooms: number) =>
    `${a} and ${b} are of opposite sexes, both aged 10 or over and not a couple, so they need separate rooms. With ${rooms === 0 ? 'no room' : `only ${plural(rooms, 'room', 'rooms')}`} to sleep in, they would have to share.`,
  roomNobodyOver10: 'Everyone is under 10, so the room standard cannot be broken.',
  roomNoRooms:
    'Nobody has to share with someone of the opposite sex, but there is no room to sleep in. See the space standard.',
  roomMet:
    'Nobody aged 10 or over has to share a room with someone of the opposite sex who is not their partner. One way to sleep that meets the standard:',
  sleepsIn: (room: string, people: string) => `${room}: ${people}`,
  metIfApart: 'Met if the couple sleep apart',
  partedCouple: (a: string, b: string, withA: string, withB: string) =>
    `Met if the couple ${a} and ${b} sleep apart: ${withA}, ${withB}.`,
  sleepsWith: (who: string, others: string) => `${who} with ${others}`,
  sleepsAlone: (who: string) => `${who} alone`,
  verdictRestsOnParting: (a: string, b: string) =>
    `This rests on ${a} and ${b}, a couple, sleeping apart. The law allows this, but the room standard is not met if they sleep together.`,
  verdictRestsOnRoom: (room: string, counts: boolean) =>
    counts
      ? `This result depends on your answer that ${room} counts as a room to sleep in.`
      : `This result depends on your answer that ${room} does not count as a room to sleep in.`,
  childrenAnywhere: 'Children under 10 can sleep in any room.',
  roomsToSleepIn: 'Rooms to sleep in (rooms used as a bedroom or living room)',
  roomsNeeded: 'Rooms needed to meet the standard',
  // s.326
  spaceHeading: 'Space standard (section 326)',
  spaceLaw:
    'The number of people who sleep in the home must not be more than the permitted number. Children under 1 are not counted, and children aged 1 to under 10 count as half. The permitted number is the lower of Table I (by the number of rooms) and Table II (by each room’s floor area). Only rooms of a kind normally used as a bedroom or living room count, and a room under 50 sq ft (4.645152 m²) is left out.',
  spaceMet: (persons: string, permitted: string) => `${persons} counted, and ${permitted} permitted.`,
  spaceNotMet: (persons: string, permitted: string) =>
    `${persons} counted, which is more than the ${permitted} permitted.`,
  persons: (count: string) => `${count} ${count === '1' || count === '½' ? 'person' : 'people'}`,
  personsCounted: 'People counted',
  tableI: 'Table I: by number of rooms',
  tableIValue: (rooms: number, persons: string) => `${plural(rooms, 'room', 'rooms')} of 50 sq ft or more: ${persons}`,
  tableII: 'Table II: by floor area',
  permitted: 'Permitted number (the lower figure)',
  countsTableCaption: 'How each person is counted',
  countsFull: '1',
  countsHalf: '½ (aged 1 to under 10)',
  countsNone: '0 (under 1)',
  total: 'Total',
  tableIICaption: 'Table II: each room to sleep in',
  tableIIRow: (persons: string, band: string) => `${persons} (${band})`,
  band2: '110 sq ft or more',
  band15: '90 to under 110 sq ft',
  band1: '70 to under 90 sq ft',
  bandHalf: '50 to under 70 sq ft',
  band0: 'under 50 sq ft: left out',
  // Bedroom standard
  bedroomHeading: 'Bedroom standard (not a legal test)',
  bedroomLaw:
    'The bedroom standard is the measure used by the English Housing Survey and by councils when they allocate housing. It is not part of the overcrowding law. It allows a bedroom for each couple, each person aged 21 or over, each pair aged 10 to 20 of the same sex, and each pair of children under 10.',
  bedroomsShort: (n: number) => `${plural(n, 'bedroom', 'bedrooms')} short`,
  bedroomsEnough: 'Enough bedrooms',
  bedroomsCompare: (needed: number, available: number) =>
    `The household needs ${plural(needed, 'bedroom', 'bedrooms')}. The home has ${plural(available, 'bedroom', 'bedrooms')}.`,
  bedroomsNeeded: 'Bedrooms needed',
  bedroomsAvailable: 'Bedrooms in the home',
  bedroomFor: (people: string, why: string) => `A bedroom for ${people}: ${why}`,
  couple: 'a couple',
  'aged-21-or-over': 'aged 21 or over',
  'same-sex-pair-aged-10-to-20': 'the same sex, aged 10 to 20',
  'aged-10-to-20-with-child-under-10': 'aged 10 to 20, with a child under 10 of the same sex',
  'aged-10-to-20-alone': 'aged 10 to 20, with nobody of the same sex to pair with',
  'pair-under-10': 'both under 10',
  'child-under-10-alone': 'under 10, with no other child to pair with',
  // HMO, 2018 regulations
  hmoHeading: 'HMO room sizes (licensed HMOs in England)',
  hmoLaw:
    'For a house in multiple occupation that needs a licence in England, the Licensing of Houses in Multiple Occupation (Mandatory Conditions of Licences) (England) Regulations 2018 set minimum sizes for rooms used for sleeping: 6.51 m² for one person over 10, 10.22 m² for two people over 10, and 4.64 m² for one child under 10. A room under 4.64 m² must not be used for sleeping. Floor where the ceiling is lower than 1.5 metres does not count.',
  hmoTenNote:
    'The regulations say “over 10” and “under 10” and leave a child of exactly 10 out. We treat a child aged 10 as over 10, the stricter reading.',
  hmoTableCaption: 'Who may sleep in each room',
  hmoTwo: 'Up to 2 people aged 10 or over',
  hmoOne: '1 person aged 10 or over',
  hmoChild: '1 child under 10 only',
  hmoNone: 'Nobody: too small to sleep in',
  hmoSizesMet: 'Sizes met',
  hmoSizesNotMet: 'Sizes not met',
  hmoSizesNotSet: 'Check the licence',
  hmoArrangementChecked:
    'We checked these sizes against one way to sleep: the arrangement that meets the room standard, with each child under 10 in a room of their own where one is free.',
  hmoArrangementMoved:
    'The arrangement suggested under the room standard put someone in a room too small for them, so the same groups of people have been put in other rooms. It still meets the room standard.',
  hmoNoArrangement:
    'Nobody was put in a room, because no way to sleep meets the room standard. Only the size of each room is shown.',
  hmoWho: (over10: number, under10: number) =>
    [
      over10 > 0 ? plural(over10, 'person aged 10 or over', 'people aged 10 or over') : '',
      under10 > 0 ? plural(under10, 'child under 10', 'children under 10') : '',
    ]
      .filter(Boolean)
      .join(' and '),
  hmoRoomMet: (room: string, people: string, usable: string, minimum: string) =>
    `${room}: ${people}. Big enough: it has ${usable} that counts, and the 2018 regulations need at least ${minimum}.`,
  hmoRoomShort: (room: string, people: string, who: string, usable: string, minimum: string) =>
    `${room} is too small for ${people}. The 2018 HMO regulations need at least ${minimum} for ${who}, and it has only ${usable} that counts.`,
  hmoRoomNotSet: (room: string, people: string, who: string, usable: string) =>
    `${room}: ${people}. The 2018 HMO regulations set no size for ${who} in one room, so the licence conditions decide. It has ${usable} that counts.`,
  hmoRoomNotSetShort: (minimum: string) =>
    `That is less than the ${minimum} the regulations need for part of the group alone.`,
  hmoOneWayNote:
    'This is one possible way to sleep, not a record of who sleeps where. The licence conditions apply to how the rooms are actually used, so check the real arrangement.',
  // Table columns
  colPerson: 'Person',
  colAge: 'Age',
  colSex: 'Sex',
  colPartner: 'Couple with',
  colCountsAs: 'Counts as',
  colRoom: 'Room',
  colUse: 'Used as',
  useCounted: (use: string) => `${use}: you said it counts as a room to sleep in`,
  useNotCounted: (use: string) => `${use}: you said it does not count`,
  colFloorArea: 'Floor area',
  colCountsFor: 'Counts for',
  colUsable: 'Floor area that counts',
  colWhoMaySleep: 'Who may sleep there',
  colLowCeiling: 'Under a ceiling lower than 1.5 m',
  // Print and PDF
  pdfTitle: 'Overcrowding check',
  homeAddress: 'Address',
  homeReference: 'Reference',
  addressNotGiven: 'Not given',
  footer: (date: string) =>
    `Housing Act 1985 sections 324 to 326, with the bedroom standard and 2018 HMO room sizes. Printed ${date}.`,
  peopleTableCaption: 'People',
  roomsTableCaption: 'Rooms',
  none: 'None',
  ageYears: (age: string) => (age === '1' ? '1 year' : `${age} years`),
};

/** The words for what is wrong in what was typed, and how to put it right. */
export const problemMessages = {
  ageMissing: (who: string) => `Enter ${who}’s age`,
  ageNotANumber: (who: string) => `${who}’s age must be a number, like 34, or 0 for a baby under 1`,
  ageNegative: (who: string) => `${who}’s age must be 0 or more`,
  ageTooOld: (who: string) => `${who}’s age must be 130 or less`,
  sexMissing: (who: string) => `Select whether ${who} is female or male`,
  partnerMissing: (who: string) =>
    `The partner chosen for ${who} is no longer listed. Choose their partner again, or choose "Not part of a couple here"`,
  partnerNotMutual: (who: string) =>
    `${who}’s partner names someone else as their partner. Choose ${who}’s partner again`,
  partnerUnder16: (who: string) =>
    `${who} is under 16, so cannot be one of a couple. Choose "Not part of a couple here" for ${who}, or correct their age`,
  useMissing: (room: string) => `Select what ${room} is used as`,
  countsMissing: (room: string) => `Select whether ${room} counts as a room to sleep in`,
  sizeMissing: (room: string, what: string) => `Enter the ${what} of ${room}`,
  sizeNotANumber: (room: string, what: string) => `The ${what} of ${room} must be a number, like 12.5`,
  sizeNegative: (room: string, what: string) => `The ${what} of ${room} must be more than 0`,
  sizeZero: (room: string, what: string) => `The ${what} of ${room} must be more than 0`,
  areaTooBig: (room: string, limit: string) => `The floor area of ${room} must be ${limit} or less`,
  lengthTooLong: (room: string, what: string, limit: string) => `The ${what} of ${room} must be ${limit} or less`,
  lowCeilingTooBig: (room: string, floorArea: string) =>
    `The floor under a low ceiling in ${room} cannot be more than the room’s floor area, which is ${floorArea}`,
  lowCeilingNegative: (room: string) => `The floor under a low ceiling in ${room} must be 0 or more`,
  lowCeilingNotANumber: (room: string) => `The floor under a low ceiling in ${room} must be a number, like 1.5`,
  whatArea: 'floor area',
  whatLength: 'length',
  whatWidth: 'width',
  limitArea: (units: 'metric' | 'imperial') => (units === 'metric' ? '1,000 m²' : '10,764 sq ft'),
  limitLength: (units: 'metric' | 'imperial') => (units === 'metric' ? '100 m' : '330 ft'),
};

/**
 * Every string the overcrowding check shows or prints, in plain English: the shell's, the form's, the
 * cards' and the report's. The report is worded from all of them (names, units, the introduction on paper).
 * Welsh, key for key, is `cy` in messages.cy.ts.
 */
export const en = {
  ...shellMessages,
  ...formMessages,
  ...cardMessages,
  ...problemMessages,
  ...resultMessages,
} satisfies Catalogue;
export type OvercrowdingMessages = typeof en;
