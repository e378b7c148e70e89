import type { ShellMessages } from './messages.ts';

// The first screen's Welsh comes in one fetch (see SCREENS.welsh): the shell's words here, the form's beside it.
export { formCy } from './screens/form/messages.cy.ts';

/** "1 person", "3 o bobl": a count of people (numbers before "o" and a plural, so no mutation to work out). */
export const pobl = (n: number | string): string => (n === 1 || n === '1' || n === '½' ? `${n} person` : `${n} o bobl`);

/** "a" (and), or "ac" before a vowel; names and figures after it are left as written, never mutated. */
export const a = (word: string): string => (/^[aeiouwyâêîôûŵŷ]/i.test(word) ? `ac ${word}` : `a ${word}`);

/**
 * Cymraeg: the words around the overcrowding check's screens, key for key with shellMessages (the type makes a
 * missing key an error). Plain Welsh as the tenant check uses it: "chi", "Dydy… ddim", numbers before a singular
 * noun ("3 nod"). Strings a Welsh speaker should review are listed in demo/welsh-review.md.
 */
export const shellCy: ShellMessages = {
  title: 'Gwirio a yw cartref yn orlawn',
  intro:
    'Dewch i wybod a yw cartref yn orlawn o dan y gyfraith yng Nghymru a Lloegr (Deddf Tai 1985, adrannau 324 i 326). Dywedwch wrthym pwy sy’n byw yno a sôn am yr ystafelloedd.',
  hazardNote:
    'Dim ond y safonau gorlenwi cyfreithiol y mae hyn yn eu gwirio. Mae “Gorlenwi a gofod” hefyd yn berygl 11 yn y System Mesur Iechyd a Diogelwch ar gyfer Tai (HHSRS). Mae swyddog y cyngor yn asesu’r perygl hwnnw ar wahân, a gall fod yn berygl hyd yn oed pan nad yw cartref yn orlawn yn ôl y gyfraith.',
  resultsHeading: 'Canlyniadau',
  resultsPending:
    'Bydd eich canlyniadau’n ymddangos yma pan fydd gan bob person oed a rhyw, a phan fydd gan bob ystafell ddefnydd a maint. Dewiswch “Gwirio gorlenwi” i weld unrhyw beth sydd angen ei gywiro.',
  pdfIntro:
    'A yw’r cartref hwn yn orlawn o dan y gyfraith yng Nghymru a Lloegr (Deddf Tai 1985, adrannau 324 i 326), wedi’i gyfrifo o’r bobl a’r ystafelloedd a restrir ar y diwedd.',
  loading: 'Wrthi’n llwytho eich atebion sydd wedi’u cadw…',
  partLoading: 'Wrthi’n llwytho…',
  partFailed:
    'Nid oedd modd llwytho’r rhan hon o’r dudalen. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni. Does dim byd rydych chi wedi’i roi wedi’i golli.',
  saving: 'Wrthi’n cadw…',
  saved: (time: string) => `Wedi’i gadw ar y ddyfais hon am ${time}`,
  notSaved:
    'Heb ei gadw — ar y dudalen hon yn unig. I gadw’r canlyniad, argraffwch ef neu ei lawrlwytho fel PDF cyn i chi gau’r dudalen.',
  savedNothing: 'Mae eich atebion yn cael eu cadw ar y ddyfais hon wrth i chi deipio.',
  homeTooLong: (field: 'address' | 'reference', over: number) =>
    `Heb ei gadw: mae’r ${field === 'address' ? 'cyfeiriad' : 'cyfeirnod'} ${over} nod yn rhy hir. ` +
    'Byrhewch ef i gadw eich atebion.',
  tooLong: (person: boolean, n: number, over: number) =>
    `Heb ei gadw: mae enw ${person ? 'person' : 'ystafell'} ${n} ${over} nod yn rhy hir. ` +
    'Byrhewch ef i gadw eich atebion.',
  unreadableTitle: 'Nid oedd modd darllen atebion a gadwyd o’r blaen',
  unreadableBody:
    'Maen nhw wedi’u cadw yn union fel yr oedden nhw, a fydd dim byd rydych chi’n ei roi yn cymryd eu lle. ' +
    'Allforiwch nhw i ffeil i’w cadw neu i’w hanfon am help.',
  unreadableProblems: 'Beth nad oedd modd ei ddarllen:',
  unreadableFound: (when: string) => `Wedi’i roi o’r neilltu ar ${when}`,
  exportUnreadable: 'Allforio’r cofnod annarllenadwy fel y mae',
  deleteUnreadable: 'Dileu’r cofnod annarllenadwy',
  confirmDeleteUnreadable:
    'Dileu’r cofnod annarllenadwy? Os nad ydych chi wedi’i allforio, bydd yn cael ei golli. Allwch chi ddim dadwneud hyn.',
  noticeTitle: 'Pwysig',
  memoryOnly:
    'Dydy’r porwr hwn ddim yn gadael i’r dudalen gadw (efallai ei fod yn y modd preifat). Gallwch chi barhau, ond bydd eich atebion yn cael eu colli pan fyddwch chi’n cau’r dudalen. Argraffwch y canlyniad neu ei lawrlwytho fel PDF cyn i chi adael.',
  refreshed:
    'Cafodd y gwiriad hwn ei newid mewn tab neu ffenestr arall. Rydych chi nawr yn gweld y fersiwn ddiweddaraf.',
  saveFailedTitle: 'Dydy eich atebion ddim wedi’u cadw',
  saveFailedQuota:
    'Does dim lle storio ar ôl ar y ddyfais hon, felly dydy eich newidiadau diweddaraf ddim wedi’u cadw. Maen nhw’n dal ar y dudalen hon: rhyddhewch ychydig o le a rhowch gynnig arall arni, neu argraffwch y canlyniad neu ei lawrlwytho fel PDF.',
  saveFailedUnavailable:
    'Mae’r porwr hwn wedi stopio gadael i’r dudalen gadw. Mae eich atebion yn dal ar y dudalen hon: argraffwch y canlyniad neu ei lawrlwytho fel PDF cyn i chi gau’r dudalen.',
  saveFailedOther:
    'Nid oedd modd cadw eich newidiadau diweddaraf. Maen nhw’n dal ar y dudalen hon: rhowch gynnig arall arni, neu argraffwch y canlyniad neu ei lawrlwytho fel PDF.',
  tryAgain: 'Rhowch gynnig arall arni',
  conflictTitle: 'Cafodd y gwiriad hwn ei newid mewn tab arall',
  conflictBody:
    'Dydy eich newidiadau yma ddim wedi’u cadw eto. Cadwch eich fersiwn chi i’w chadw: bydd y fersiwn o’r tab arall wedyn yn cael ei chadw ar y ddyfais hon hefyd, nid ei dileu. Neu defnyddiwch y fersiwn arall, a cholli eich newidiadau yma.',
  keepMine: 'Cadw fy fersiwn i',
  useOtherVersion: 'Defnyddio’r fersiwn arall',
  keptMine: 'Mae eich fersiwn chi wedi’i chadw. Mae’r fersiwn o’r tab arall hefyd wedi’i chadw ar y ddyfais hon.',
  usedOther: 'Rydych chi nawr yn gweld y fersiwn o’r tab arall.',
  print: 'Argraffu',
  downloadPdf: 'Lawrlwytho fel PDF',
  pdfMaking: 'Wrthi’n creu eich PDF…',
  pdfReady: 'Mae eich PDF wedi’i lawrlwytho.',
  pdfFailed: 'Nid oedd modd creu’r PDF. Rhowch gynnig arall arni, neu defnyddiwch Argraffu yn lle hynny.',
  deleteData: 'Dileu fy nata',
  deleteHint: 'Yn dileu popeth y mae’r gwiriad hwn wedi’i gadw ar y ddyfais hon.',
  confirmDeleteTitle: 'Dileu popeth y mae’r offeryn hwn wedi’i gadw?',
  confirmDeleteBody: 'Bydd hyn yn dileu eich atebion o’r ddyfais hon. Allwch chi ddim dadwneud hyn.',
  yesDelete: 'Ie, dilëwch nhw',
  cancel: 'Canslo',
  deleted: 'Mae eich atebion wedi’u dileu o’r ddyfais hon.',
  deleteFailed:
    'Nid oedd modd dileu eich atebion. Caewch unrhyw dab arall sydd â’r gwiriad hwn ar agor, yna rhowch gynnig arall arni.',
  noResultToPrint: 'Does dim canlyniad i’w argraffu eto. Atebwch bob cwestiwn yn gyntaf.',
  printInputsHeading: 'Beth gafodd ei wirio',
  draftTitle: (people: number, rooms: number) => `Gwiriad gorlenwi: ${pobl(people)}, ${rooms} ystafell`,
  pdfFileName: 'gwiriad-gorlenwi.pdf',
  // Figures, times and numeric dates are written as in en-GB ("1,000.5", "14:05", "08/12/2026"); Intl in
  // Chromium has no Welsh and would fall back to US dates. Month names come from `month`.
  locale: 'en-GB',
  month: (n: number) =>
    [
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ][n - 1] ?? '',
  areaFigure: (figure: string, unit: string) => `${figure} ${unit}`,
  areaWithOther: (area: string, other: string) => `${area} (${other})`,
  withAge: (name: string, age: string) => `${name} (${age})`,
};
