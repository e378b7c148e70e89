/** The words of the form (people and rooms, before any card), on the first screen (see ../../messages.ts). */
export const formMessages = {
  homeHeading: 'The home',
  addressLabel: 'Address',
  addressHint: 'So the result says which home it is about. For example, Flat 2, 12 Mill Lane, Anytown AN1 2BC.',
  referenceLabel: 'Reference (optional)',
  referenceHint: 'Your case or property reference, if you have one.',
  charactersRemaining: (count: number) => `You have ${count} character${count === 1 ? '' : 's'} remaining`,
  charactersTooMany: (count: number) => `You have ${count} character${count === 1 ? '' : 's'} too many`,
  peopleHeading: 'Who lives here',
  peopleHint: 'Include everyone who normally sleeps in the home, including babies.',
  noPeople: 'Nobody added yet.',
  quickAddLegend: 'Start with a common household',
  quickAddHint: 'This adds people for you to fill in. Then enter each person’s age and sex.',
  quickCouple: 'Add a couple',
  'quickCouple-1-child': 'Add a couple with 1 child',
  'quickCouple-2-children': 'Add a couple with 2 children',
  'quickSingleParent-1-child': 'Add a single parent with 1 child',
  'quickSingleParent-2-children': 'Add a single parent with 2 children',
  adultName: (n: number) => `Adult ${n}`,
  childName: (n: number) => `Child ${n}`,
  addPerson: 'Add a person',
  roomsHeading: 'Rooms',
  roomsHint:
    'Include every room in the home. Only rooms normally used as a bedroom or living room count as rooms to sleep in.',
  noRooms: 'No rooms added yet.',
  unitsLegend: 'Measurements',
  unitsHint: 'Switching converts what you have typed. The check always uses the exact figures you typed.',
  metric: 'Metres (m and m²)',
  imperial: 'Feet (ft and sq ft)',
  hmo: 'This is a house in multiple occupation (HMO) that needs a licence in England',
  hmoHint: 'Shows the minimum room sizes for licensed HMOs and asks about low ceilings.',
  addRoom: 'Add a room',
  check: 'Check overcrowding',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  // Errors before anything is typed; those in what was typed are in problem-messages.ts.
  noPeopleError: 'Add at least one person who lives in the home',
  noRoomsError: 'Add at least one room',
};

export type FormMessages = typeof formMessages;

/** The words of a character count under a free-text field (the home's, and each card's name). */
export const countWords = (m: FormMessages) => ({ remaining: m.charactersRemaining, tooMany: m.charactersTooMany });
