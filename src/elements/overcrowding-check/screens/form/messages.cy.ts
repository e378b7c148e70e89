import type { FormMessages } from './messages.ts';

/** Cymraeg: the form's words, key for key with formMessages (see ../../messages.cy.ts). */
export const formCy: FormMessages = {
  homeHeading: 'Y cartref',
  addressLabel: 'Cyfeiriad',
  addressHint: 'Fel bod y canlyniad yn dweud pa gartref yw e. Er enghraifft, Fflat 2, 12 Lôn y Felin, Anytown AN1 2BC.',
  referenceLabel: 'Cyfeirnod (dewisol)',
  referenceHint: 'Cyfeirnod eich achos neu’r eiddo, os oes gennych chi un.',
  // A number takes a singular noun: "1 nod", "5 nod".
  charactersRemaining: (count: number) => `Mae gennych chi ${count} nod ar ôl`,
  charactersTooMany: (count: number) => `Mae gennych chi ${count} nod yn ormod`,
  peopleHeading: 'Pwy sy’n byw yma',
  peopleHint: 'Dylech gynnwys pawb sydd fel arfer yn cysgu yn y cartref, gan gynnwys babanod.',
  noPeople: 'Does neb wedi’i ychwanegu eto.',
  quickAddLegend: 'Dechrau gydag aelwyd gyffredin',
  quickAddHint: 'Mae hyn yn ychwanegu pobl i chi eu llenwi. Yna rhowch oed a rhyw pob person.',
  quickCouple: 'Ychwanegu cwpl',
  'quickCouple-1-child': 'Ychwanegu cwpl gydag 1 plentyn',
  'quickCouple-2-children': 'Ychwanegu cwpl gyda 2 blentyn',
  'quickSingleParent-1-child': 'Ychwanegu rhiant sengl gydag 1 plentyn',
  'quickSingleParent-2-children': 'Ychwanegu rhiant sengl gyda 2 blentyn',
  adultName: (n: number) => `Oedolyn ${n}`,
  childName: (n: number) => `Plentyn ${n}`,
  addPerson: 'Ychwanegu person',
  roomsHeading: 'Ystafelloedd',
  roomsHint:
    'Dylech gynnwys pob ystafell yn y cartref. Dim ond ystafelloedd sydd fel arfer yn cael eu defnyddio fel ystafell wely neu ystafell fyw sy’n cyfrif fel ystafelloedd i gysgu ynddyn nhw.',
  noRooms: 'Does dim ystafell wedi’i hychwanegu eto.',
  unitsLegend: 'Mesuriadau',
  unitsHint:
    'Mae newid yn trosi’r hyn rydych chi wedi’i deipio. Mae’r gwiriad bob amser yn defnyddio’r union ffigurau a deipiwyd gennych chi.',
  metric: 'Metrau (m a m²)',
  imperial: 'Troedfeddi (ft a sq ft)',
  hmo: 'Mae hwn yn dŷ amlfeddiannaeth (HMO) sydd angen trwydded yn Lloegr',
  hmoHint: 'Yn dangos isafswm maint ystafelloedd HMOs trwyddedig ac yn gofyn am nenfydau isel.',
  addRoom: 'Ychwanegu ystafell',
  check: 'Gwirio gorlenwi',
  errorPrefix: 'Gwall:',
  errorSummaryTitle: 'Mae problem wedi codi',
  noPeopleError: 'Ychwanegwch o leiaf un person sy’n byw yn y cartref',
  noRoomsError: 'Ychwanegwch o leiaf un ystafell',
};
