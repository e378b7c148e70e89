import { a, pobl, shellCy } from '../../messages.cy.ts';
import { cardsCy } from '../cards/messages.cy.ts';
import { formCy } from '../form/messages.cy.ts';
import type { OvercrowdingMessages, problemMessages, resultMessages } from './messages.ts';

/** "y lled" → "i led": the only word put after "i" here that changes (hyd and arwynebedd do not). */
const soft = (what: string) => (what === 'lled' ? 'led' : what);

/**
 * Cymraeg: the results, on screen and in the PDF, key for key with resultMessages (see ../../messages.cy.ts).
 * The law's words follow Deddf Tai 1985 adrannau 324–326; names the user typed are put where Welsh does not
 * change their first letter ("ar gyfer Mam", "Mae Mam…"), or left as typed (demo/welsh-review.md lists where).
 */
export const resultCy: typeof resultMessages = {
  statusLabel: 'Canlyniad',
  and: (first: string, second: string) => `${first} ${a(second)}`,
  list: (items: string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${a(items[items.length - 1]!)}`,
  // s.324
  verdictHeading: 'Yn orlawn yn ôl y gyfraith? (adran 324)',
  verdictLaw:
    'O dan adran 324 o Ddeddf Tai 1985, mae cartref yn orlawn os nad yw naill ai safon yr ystafelloedd neu safon y gofod yn cael ei bodloni.',
  overcrowded: 'Gorlawn',
  notOvercrowded: 'Ddim yn orlawn',
  verdictBoth: 'Mae’r cartref yn orlawn: dydy safon yr ystafelloedd na safon y gofod ddim yn cael eu bodloni.',
  verdictRoom: 'Mae’r cartref yn orlawn oherwydd nad yw safon yr ystafelloedd yn cael ei bodloni.',
  verdictSpace: 'Mae’r cartref yn orlawn oherwydd nad yw safon y gofod yn cael ei bodloni.',
  verdictNeither: 'Dydy’r cartref ddim yn orlawn: mae safon yr ystafelloedd a safon y gofod yn cael eu bodloni.',
  met: 'Wedi’i bodloni',
  notMet: 'Heb ei bodloni',
  // s.325
  roomHeading: 'Safon yr ystafelloedd (adran 325)',
  roomLaw:
    'Ni ddylai dau berson 10 oed neu hŷn, o wahanol ryw, orfod cysgu yn yr un ystafell oni bai eu bod yn byw gyda’i gilydd fel cwpl. Dydy plant dan 10 oed ddim yn cael eu cyfrif. Gall cwpl gysgu ar wahân i’w bodloni. Mae ystafelloedd o fath sydd fel arfer yn cael eu defnyddio fel ystafell wely neu ystafell fyw yn cyfrif fel ystafelloedd i gysgu ynddyn nhw, beth bynnag yw eu maint.',
  roomConflict: (first: string, second: string, rooms: number) =>
    `Mae ${first} ${a(second)} o wahanol ryw, y ddau yn 10 oed neu hŷn a ddim yn gwpl, felly mae angen ystafelloedd ar wahân arnyn nhw. Gyda ${rooms === 0 ? 'dim ystafell' : `dim ond ${rooms} ystafell`} i gysgu ynddi, byddai’n rhaid iddyn nhw rannu.`,
  roomNobodyOver10: 'Mae pawb dan 10 oed, felly does dim modd torri safon yr ystafelloedd.',
  roomNoRooms:
    'Does dim rhaid i neb rannu gyda rhywun o’r rhyw arall, ond does dim ystafell i gysgu ynddi. Gweler safon y gofod.',
  roomMet:
    'Does dim rhaid i neb 10 oed neu hŷn rannu ystafell gyda rhywun o’r rhyw arall sydd ddim yn bartner iddyn nhw. Un ffordd o gysgu sy’n bodloni’r safon:',
  sleepsIn: (room: string, people: string) => `${room}: ${people}`,
  metIfApart: 'Wedi’i bodloni os yw’r cwpl yn cysgu ar wahân',
  partedCouple: (first: string, second: string, withA: string, withB: string) =>
    `Wedi’i bodloni os yw’r cwpl ${first} ${a(second)} yn cysgu ar wahân: ${withA}, ${withB}.`,
  sleepsWith: (who: string, others: string) => `${who} gyda ${others}`,
  sleepsAlone: (who: string) => `${who} heb neb arall`,
  verdictRestsOnParting: (first: string, second: string) =>
    `Mae hyn yn dibynnu ar y cwpl ${first} ${a(second)} yn cysgu ar wahân. Mae’r gyfraith yn caniatáu hyn, ond dydy safon yr ystafelloedd ddim yn cael ei bodloni os ydyn nhw’n cysgu gyda’i gilydd.`,
  verdictRestsOnRoom: (room: string, counts: boolean) =>
    counts
      ? `Mae’r canlyniad hwn yn dibynnu ar eich ateb bod ${room} yn cyfrif fel ystafell i gysgu ynddi.`
      : `Mae’r canlyniad hwn yn dibynnu ar eich ateb nad yw ${room} yn cyfrif fel ystafell i gysgu ynddi.`,
  childrenAnywhere: 'Gall plant dan 10 oed gysgu mewn unrhyw ystafell.',
  roomsToSleepIn: 'Ystafelloedd i gysgu ynddyn nhw (ystafelloedd a ddefnyddir fel ystafell wely neu ystafell fyw)',
  roomsNeeded: 'Ystafelloedd sydd eu hangen i fodloni’r safon',
  // s.326
  spaceHeading: 'Safon y gofod (adran 326)',
  spaceLaw:
    'Ni ddylai nifer y bobl sy’n cysgu yn y cartref fod yn fwy na’r nifer a ganiateir. Dydy plant dan 1 oed ddim yn cael eu cyfrif, ac mae plant 1 oed i dan 10 oed yn cyfrif fel hanner. Y nifer a ganiateir yw’r isaf o Dabl I (yn ôl nifer yr ystafelloedd) a Thabl II (yn ôl arwynebedd llawr pob ystafell). Dim ond ystafelloedd o fath sydd fel arfer yn cael eu defnyddio fel ystafell wely neu ystafell fyw sy’n cyfrif, ac mae ystafell sy’n llai na 50 sq ft (4.645152 m²) yn cael ei gadael allan.',
  spaceMet: (persons: string, permitted: string) => `Cyfrifwyd ${persons}, a chaniateir ${permitted}.`,
  spaceNotMet: (persons: string, permitted: string) => `Cyfrifwyd ${persons}, sy’n fwy na’r ${permitted} a ganiateir.`,
  persons: (count: string) => pobl(count),
  personsCounted: 'Pobl a gyfrifwyd',
  tableI: 'Tabl I: yn ôl nifer yr ystafelloedd',
  tableIValue: (rooms: number, persons: string) => `${rooms} ystafell o 50 sq ft neu fwy: ${persons}`,
  tableII: 'Tabl II: yn ôl arwynebedd llawr',
  permitted: 'Y nifer a ganiateir (y ffigur isaf)',
  countsTableCaption: 'Sut mae pob person yn cael ei gyfrif',
  countsFull: '1',
  countsHalf: '½ (1 oed i dan 10 oed)',
  countsNone: '0 (dan 1 oed)',
  total: 'Cyfanswm',
  tableIICaption: 'Tabl II: pob ystafell i gysgu ynddi',
  tableIIRow: (persons: string, band: string) => `${persons} (${band})`,
  band2: '110 sq ft neu fwy',
  band15: '90 i dan 110 sq ft',
  band1: '70 i dan 90 sq ft',
  bandHalf: '50 i dan 70 sq ft',
  band0: 'llai na 50 sq ft: wedi’i gadael allan',
  // Bedroom standard
  bedroomHeading: 'Safon ystafelloedd gwely (nid prawf cyfreithiol)',
  bedroomLaw:
    'Y safon ystafelloedd gwely yw’r mesur sy’n cael ei ddefnyddio gan Arolwg Tai Lloegr a chan gynghorau wrth ddyrannu tai. Dydy hi ddim yn rhan o’r gyfraith gorlenwi. Mae’n caniatáu ystafell wely i bob cwpl, i bob person 21 oed neu hŷn, i bob pâr 10 i 20 oed o’r un rhyw, ac i bob pâr o blant dan 10 oed.',
  bedroomsShort: (n: number) => `Prinder o ${n} ystafell wely`,
  bedroomsEnough: 'Digon o ystafelloedd gwely',
  bedroomsCompare: (needed: number, available: number) =>
    `Mae angen ${needed} ystafell wely ar yr aelwyd. Mae gan y cartref ${available} ystafell wely.`,
  bedroomsNeeded: 'Ystafelloedd gwely sydd eu hangen',
  bedroomsAvailable: 'Ystafelloedd gwely yn y cartref',
  bedroomFor: (people: string, why: string) => `Ystafell wely ar gyfer ${people}: ${why}`,
  couple: 'cwpl',
  'aged-21-or-over': '21 oed neu hŷn',
  'same-sex-pair-aged-10-to-20': 'o’r un rhyw, 10 i 20 oed',
  'aged-10-to-20-with-child-under-10': '10 i 20 oed, gyda phlentyn dan 10 oed o’r un rhyw',
  'aged-10-to-20-alone': '10 i 20 oed, heb neb o’r un rhyw i wneud pâr',
  'pair-under-10': 'y ddau dan 10 oed',
  'child-under-10-alone': 'dan 10 oed, heb blentyn arall i wneud pâr',
  // HMO, 2018 regulations (made in English only: their title stays in English)
  hmoHeading: 'Maint ystafelloedd HMO (HMOs trwyddedig yn Lloegr)',
  hmoLaw:
    'Ar gyfer tŷ amlfeddiannaeth sydd angen trwydded yn Lloegr, mae’r Licensing of Houses in Multiple Occupation (Mandatory Conditions of Licences) (England) Regulations 2018 yn pennu isafswm maint ystafelloedd a ddefnyddir i gysgu: 6.51 m² ar gyfer un person dros 10 oed, 10.22 m² ar gyfer dau berson dros 10 oed, a 4.64 m² ar gyfer un plentyn dan 10 oed. Ni ddylid defnyddio ystafell sy’n llai na 4.64 m² i gysgu. Dydy llawr lle mae’r nenfwd yn is na 1.5 metr ddim yn cyfrif.',
  hmoTenNote:
    'Mae’r rheoliadau’n dweud “dros 10” a “dan 10” ac yn gadael plentyn sy’n union 10 oed allan. Rydyn ni’n trin plentyn 10 oed fel un dros 10, y darlleniad llymaf.',
  hmoTableCaption: 'Pwy all gysgu ym mhob ystafell',
  hmoTwo: 'Hyd at 2 berson 10 oed neu hŷn',
  hmoOne: '1 person 10 oed neu hŷn',
  hmoChild: '1 plentyn dan 10 oed yn unig',
  hmoNone: 'Neb: rhy fach i gysgu ynddi',
  hmoSizesMet: 'Meintiau wedi’u bodloni',
  hmoSizesNotMet: 'Meintiau heb eu bodloni',
  hmoSizesNotSet: 'Gwiriwch y drwydded',
  hmoArrangementChecked:
    'Fe wnaethon ni wirio’r meintiau hyn yn erbyn un ffordd o gysgu: y trefniant sy’n bodloni safon yr ystafelloedd, gyda phob plentyn dan 10 oed mewn ystafell ar wahân lle mae un yn rhydd.',
  hmoArrangementMoved:
    'Roedd y trefniant a awgrymwyd o dan safon yr ystafelloedd yn rhoi rhywun mewn ystafell sy’n rhy fach iddyn nhw, felly mae’r un grwpiau o bobl wedi’u rhoi mewn ystafelloedd eraill. Mae’n dal i fodloni safon yr ystafelloedd.',
  hmoNoArrangement:
    'Chafodd neb ei roi mewn ystafell, gan nad oes unrhyw ffordd o gysgu sy’n bodloni safon yr ystafelloedd. Dim ond maint pob ystafell sy’n cael ei ddangos.',
  hmoWho: (over10: number, under10: number) =>
    [
      over10 > 0 ? `${pobl(over10)} 10 oed neu hŷn` : '',
      under10 > 0 ? (under10 === 1 ? '1 plentyn dan 10 oed' : `${under10} o blant dan 10 oed`) : '',
    ]
      .filter(Boolean)
      .join(' a '),
  hmoRoomMet: (room: string, people: string, usable: string, minimum: string) =>
    `${room}: ${people}. Digon mawr: mae ganddi ${usable} sy’n cyfrif, ac mae rheoliadau 2018 yn gofyn am o leiaf ${minimum}.`,
  hmoRoomShort: (room: string, people: string, who: string, usable: string, minimum: string) =>
    `Mae ${room} yn rhy fach ar gyfer ${people}. Mae rheoliadau HMO 2018 yn gofyn am o leiaf ${minimum} ar gyfer ${who}, a dim ond ${usable} sy’n cyfrif sydd ganddi.`,
  hmoRoomNotSet: (room: string, people: string, who: string, usable: string) =>
    `${room}: ${people}. Dydy rheoliadau HMO 2018 ddim yn pennu maint ar gyfer ${who} mewn un ystafell, felly amodau’r drwydded sy’n penderfynu. Mae ganddi ${usable} sy’n cyfrif.`,
  hmoRoomNotSetShort: (minimum: string) =>
    `Mae hynny’n llai na’r ${minimum} sydd ei angen yn ôl y rheoliadau ar gyfer rhan o’r grŵp ar ei phen ei hun.`,
  hmoOneWayNote:
    'Un ffordd bosibl o gysgu yw hon, nid cofnod o bwy sy’n cysgu ble. Mae amodau’r drwydded yn berthnasol i sut mae’r ystafelloedd yn cael eu defnyddio mewn gwirionedd, felly gwiriwch y trefniant go iawn.',
  // Table columns
  colPerson: 'Person',
  colAge: 'Oed',
  colSex: 'Rhyw',
  colPartner: 'Cwpl gyda',
  colCountsAs: 'Yn cyfrif fel',
  colRoom: 'Ystafell',
  colUse: 'Defnydd',
  useCounted: (use: string) => `${use}: dywedoch chi ei bod yn cyfrif fel ystafell i gysgu ynddi`,
  useNotCounted: (use: string) => `${use}: dywedoch chi nad yw’n cyfrif`,
  colFloorArea: 'Arwynebedd llawr',
  colCountsFor: 'Yn cyfrif ar gyfer',
  colUsable: 'Arwynebedd llawr sy’n cyfrif',
  colWhoMaySleep: 'Pwy all gysgu yno',
  colLowCeiling: 'O dan nenfwd sy’n is na 1.5 m',
  // Print and PDF
  pdfTitle: 'Gwiriad gorlenwi',
  homeAddress: 'Cyfeiriad',
  homeReference: 'Cyfeirnod',
  addressNotGiven: 'Heb ei roi',
  footer: (date: string) =>
    `Deddf Tai 1985 adrannau 324 i 326, gyda’r safon ystafelloedd gwely a maint ystafelloedd HMO 2018. Argraffwyd ${date}.`,
  peopleTableCaption: 'Pobl',
  roomsTableCaption: 'Ystafelloedd',
  none: 'Dim',
  // "oed" after any age: "1 oed", "38 oed".
  ageYears: (age: string) => `${age} oed`,
};

/** Cymraeg: what is wrong in what was typed, key for key with problemMessages. */
export const problemCy: typeof problemMessages = {
  ageMissing: (who: string) => `Rhowch oed ${who}`,
  ageNotANumber: (who: string) => `Rhaid i oed ${who} fod yn rhif, fel 34, neu 0 ar gyfer babi dan 1 oed`,
  ageNegative: (who: string) => `Rhaid i oed ${who} fod yn 0 neu fwy`,
  ageTooOld: (who: string) => `Rhaid i oed ${who} fod yn 130 neu lai`,
  sexMissing: (who: string) => `Dewiswch a yw ${who} yn fenyw neu’n wryw`,
  partnerMissing: (who: string) =>
    `Dydy’r partner a ddewiswyd ar gyfer ${who} ddim ar y rhestr mwyach. Dewiswch eu partner eto, neu dewiswch "Ddim yn rhan o gwpl yma"`,
  partnerNotMutual: (who: string) =>
    `Mae partner ${who} yn enwi rhywun arall fel eu partner. Dewiswch bartner ${who} eto`,
  partnerUnder16: (who: string) =>
    `Mae ${who} dan 16 oed, felly does dim modd bod yn un o gwpl. Dewiswch "Ddim yn rhan o gwpl yma" ar gyfer ${who}, neu cywirwch eu hoed`,
  useMissing: (room: string) => `Dewiswch at beth mae ${room} yn cael ei defnyddio`,
  countsMissing: (room: string) => `Dewiswch a yw ${room} yn cyfrif fel ystafell i gysgu ynddi`,
  sizeMissing: (room: string, what: string) => `Rhowch ${soft(what)} ${room}`,
  sizeNotANumber: (room: string, what: string) => `Rhaid i ${soft(what)} ${room} fod yn rhif, fel 12.5`,
  sizeNegative: (room: string, what: string) => `Rhaid i ${soft(what)} ${room} fod yn fwy na 0`,
  sizeZero: (room: string, what: string) => `Rhaid i ${soft(what)} ${room} fod yn fwy na 0`,
  areaTooBig: (room: string, limit: string) => `Rhaid i arwynebedd llawr ${room} fod yn ${limit} neu lai`,
  lengthTooLong: (room: string, what: string, limit: string) => `Rhaid i ${soft(what)} ${room} fod yn ${limit} neu lai`,
  lowCeilingTooBig: (room: string, floorArea: string) =>
    `Ni all arwynebedd y llawr o dan nenfwd isel fod yn fwy nag arwynebedd llawr ${room}, sef ${floorArea}`,
  lowCeilingNegative: (room: string) =>
    `Rhaid i arwynebedd y llawr o dan nenfwd isel ar gyfer ${room} fod yn 0 neu fwy`,
  lowCeilingNotANumber: (room: string) =>
    `Rhaid i arwynebedd y llawr o dan nenfwd isel ar gyfer ${room} fod yn rhif, fel 1.5`,
  whatArea: 'arwynebedd llawr',
  whatLength: 'hyd',
  whatWidth: 'lled',
  limitArea: (units: 'metric' | 'imperial') => (units === 'metric' ? '1,000 m²' : '10,764 sq ft'),
  limitLength: (units: 'metric' | 'imperial') => (units === 'metric' ? '100 m' : '330 ft'),
};

/** Every string of the check in Welsh, as `en` is in English. */
export const cy: OvercrowdingMessages = { ...shellCy, ...formCy, ...cardsCy, ...problemCy, ...resultCy };
