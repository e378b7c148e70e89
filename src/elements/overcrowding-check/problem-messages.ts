/**
 * The overcrowding check's words for what is wrong in what was typed, and how to put it right (see
 * messages.ts). Fetched with the rest of the check once there is something typed to read.
 */
export const problemMessages = {
  ageMissing: (who: string) => `Enter ${who}’s age`,
  ageNotANumber: (who: string) => `${who}’s age must be a number, like 34, or 0 for a baby under 1`,
  ageNegative: (who: string) => `${who}’s age must be 0 or more`,
  ageTooOld: (who: string) => `${who}’s age must be 130 or less`,
  sexMissing: (who: string) => `Select whether ${who} is female or male`,
  partnerMissing: (who: string) => `The partner chosen for ${who} is no longer listed. Choose their partner again, or choose "Not part of a couple here"`,
  partnerNotMutual: (who: string) => `${who}’s partner names someone else as their partner. Choose ${who}’s partner again`,
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
