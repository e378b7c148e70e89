import type { TenantMessages } from './messages.ts';
import { listWelsh, softDate, toWelsh, withWelsh } from './welsh.ts';

/**
 * Cymraeg: the tenant self-check and the letter in Welsh, key for key with the English catalogue (the type
 * makes a missing key an error). Plain Welsh as a council would publish it: "chi" throughout, everyday
 * words, numbers before a singular noun ("14 diwrnod"). Strings a Welsh speaker should review are listed in
 * demo/welsh-review.md. Names, dates and list items that follow a mutating word go through welsh.ts.
 */
export const cy: TenantMessages = {
  // Shared
  back: 'Yn ôl',
  continue: 'Parhau',
  errorSummaryTitle: 'Mae problem wedi codi',
  errorPrefix: 'Gwall:',
  or: 'neu',
  list: listWelsh,
  warning: 'Rhybudd',
  loading: 'Wrthi’n llwytho eich atebion…',
  selectAll: 'Dewiswch bob un sy’n berthnasol.',
  // Only asked as "Ydy’r tywydd yn oer…?", so the answer is "Ydy" or "Nac ydy".
  yes: 'Ydy',
  no: 'Nac ydy',
  councilFallback: 'eich cyngor lleol',
  findCouncil: 'Dod o hyd i’ch cyngor lleol ar GOV.UK',
  councilPhone: (phone: string) => `Ffôn: ${phone}`,
  councilHours: (hours: string) => `Oriau agor: ${hours}`,
  councilWebsite: (name: string) => `Gwefan ${name}`,
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
  weekday: (n: number) =>
    ['dydd Sul', 'dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn'][n] ?? '',

  // Saving and deleting
  draftTitle: 'Gwirio problem yn y cartref',
  storageNotice: 'Dim ond yn y porwr gwe hwn, ar y ddyfais hon, y mae eich atebion yn cael eu cadw.',
  storageDelete: 'Dileu popeth y mae’r offeryn hwn wedi’i gadw',
  statusSaving: 'Wrthi’n cadw eich atebion…',
  statusSaved: 'Mae eich atebion wedi’u cadw.',
  statusUnsaved: 'Wrthi’n cadw eich atebion…',
  statusFailed:
    'Nid oedd modd cadw eich atebion diweddaraf. Maen nhw’n dal ar y dudalen hon. Os bydd eu hangen arnoch chi yn nes ymlaen, ysgrifennwch nhw i lawr neu argraffwch y dudalen hon.',
  statusQuota:
    'Does dim lle ar ôl ar y ddyfais hon, felly dydy eich atebion diweddaraf ddim wedi’u cadw. Maen nhw’n dal ar y dudalen hon.',
  statusConflict:
    'Cafodd eich atebion eu newid mewn tab neu ffenestr arall. Fydd yr hyn rydych chi’n ei newid yma ddim yn cael ei gadw.',
  useLatest: 'Defnyddio’r atebion diweddaraf',
  keepMine: 'Cadw fy atebion i',
  memoryOnly:
    'Dydy’r porwr hwn ddim yn gadael i ni gadw eich atebion (efallai ei fod yn y modd preifat). Byddan nhw’n cael eu colli pan fyddwch chi’n cau’r dudalen hon.',
  otherTab: 'Cafodd eich atebion eu diweddaru mewn tab neu ffenestr arall. Rydych chi’n gweld yr atebion diweddaraf.',
  recovered: 'Mae’r atebion a roesoch chi ychydig cyn i’r dudalen gau wedi’u cadw’n ôl.',
  statusNotSaved:
    'Heb eu cadw — dim ond ar y dudalen hon y maen nhw. Byddan nhw’n cael eu colli pan fyddwch chi’n cau’r dudalen hon.',
  statusTooLong: (over: number) =>
    `Heb eu cadw: mae’r hyn a deipioch chi ${over} nod yn rhy hir. Gwnewch e’n fyrrach i gadw eich atebion.`,
  /** For dates and times written by the browser. */
  locale: 'cy-GB',
  unreadableTitle: 'Doedd dim modd i ni ddarllen yr atebion a gadwyd o’r blaen',
  unreadableBody:
    'Maen nhw wedi’u cadw yn union fel yr oedden nhw, a fydd dim byd rydych chi’n ei deipio yn cymryd eu lle. Gallwch chi eu llwytho i lawr fel ffeil i’w cadw neu i ofyn am help.',
  unreadableProblems: 'Beth nad oedd modd i ni ei ddarllen:',
  unreadableFound: (when: string) => `Wedi’u cadw o’r neilltu ar ${when}`,
  unreadableExport: 'Llwytho i lawr yr atebion nad oedd modd eu darllen, fel y maen nhw',
  unreadableDelete: 'Dileu’r atebion nad oedd modd eu darllen',
  unreadableConfirm:
    'Dileu’r atebion nad oedd modd eu darllen? Os nad ydych chi wedi’u llwytho i lawr, byddan nhw’n cael eu ' +
    'colli. Allwch chi ddim dadwneud hyn.',
  unreadableYesDelete: 'Ydw, dileu nhw',
  unreadableCancel: 'Canslo',
  charactersRemaining: (count: number) => `Mae gennych chi ${count} nod ar ôl`,
  charactersTooMany: (count: number) => `Mae gennych chi ${count} nod yn ormod`,
  deleteTitle: 'Dileu popeth y mae’r offeryn hwn wedi’i gadw?',
  deleteText:
    'Bydd hyn yn dileu eich atebion a’ch manylion ar gyfer y llythyr o’r porwr gwe hwn. Does dim modd dadwneud hyn.',
  deleteConfirm: 'Ydw, dileu popeth',
  deleteCancel: 'Nac ydw, mynd yn ôl',
  deleteFailed:
    'Nid oedd modd i ni ddileu eich atebion. Rhowch gynnig arall arni, neu cliriwch ddata’r wefan hon yng ngosodiadau eich porwr.',
  deletedTitle: 'Mae popeth yr oedd yr offeryn hwn wedi’i gadw wedi cael ei ddileu',
  deletedText: 'Does dim byd o’r gwiriad hwn wedi’i gadw yn y porwr gwe hwn mwyach.',
  startAgain: 'Dechrau eto',

  // Start
  startTitle: 'Gwirio problem yn eich cartref rhent',
  startIntro:
    'Defnyddiwch hwn i wirio a allai problem yn eich cartref niweidio eich iechyd neu eich diogelwch, a beth i’w wneud amdani.\nAr y diwedd, gallwch chi greu llythyr i’w anfon at eich landlord.\nMae’n cymryd tua 5 i 10 munud.',
  startNotOfficial:
    'Nid gwiriad swyddogol yw hwn. Dim ond y cyngor all benderfynu pa mor ddifrifol yw problem, drwy archwilio eich cartref.',
  startWhere: 'Mae’r gwiriad hwn ar gyfer cartrefi yng Nghymru a Lloegr.',
  startEmergency: 'Os oes tân, ffoniwch 999. Os ydych chi’n arogli nwy, ffoniwch 0800 111 999 nawr.',
  startStorageTitle: 'Mae eich atebion yn aros ar y ddyfais hon',
  startStorage: (council: string) =>
    `Rydyn ni’n cadw eich atebion yn y porwr gwe hwn, ar y ddyfais hon, fel y gallwch chi ddod yn ôl yn nes ymlaen. Dydyn nhw ddim yn cael eu hanfon at neb, gan gynnwys ${council}.\nOs ydych chi’n defnyddio cyfrifiadur a rennir, dilëwch eich atebion pan fyddwch chi wedi gorffen.`,
  startButton: 'Dechrau nawr',

  // Where you live
  nationTitle: 'Ble mae eich cartref?',
  nationError: 'Dewiswch ble mae eich cartref',
  'nation.england': 'Lloegr',
  'nation.wales': 'Cymru',
  'nation.scotland': 'Yr Alban',
  'nation.northern-ireland': 'Gogledd Iwerddon',
  outsideTitle: 'Mae’r gwiriad hwn ar gyfer cartrefi yng Nghymru a Lloegr',
  'outside.scotland':
    'Dydy’r system sgorio y mae’r gwiriad hwn yn ei defnyddio ddim yn cael ei defnyddio yn yr Alban. Mae gan yr Alban ei rheolau ei hun ar gyflwr cartrefi.\nDywedwch wrth eich landlord am y broblem yn ysgrifenedig a chadwch gopi.\nOs ydych chi’n rhentu gan landlord preifat a dydy e ddim yn ei thrwsio, gallwch chi wneud cais i Dribiwnlys Haen Gyntaf yr Alban (Siambr Tai ac Eiddo).\nOs ydych chi’n rhentu gan y cyngor neu gymdeithas dai, defnyddiwch eu proses gwyno. Os na fydd hynny’n gweithio, gallwch chi fynd at Ombwdsmon Gwasanaethau Cyhoeddus yr Alban.\nMae Shelter Scotland a Citizens Advice Scotland yn rhoi cyngor am ddim.',
  'outside.northern-ireland':
    'Dydy’r system sgorio y mae’r gwiriad hwn yn ei defnyddio ddim yn cael ei defnyddio yng Ngogledd Iwerddon. Mae gan Ogledd Iwerddon ei rheolau ei hun ar gyflwr cartrefi.\nDywedwch wrth eich landlord am y broblem yn ysgrifenedig a chadwch gopi.\nOs ydych chi’n rhentu gan landlord preifat a dydy e ddim yn ei thrwsio, cysylltwch â thîm iechyd yr amgylchedd eich cyngor lleol.\nOs ydych chi’n rhentu gan y Housing Executive neu gymdeithas dai, defnyddiwch eu proses atgyweirio a chwyno. Os na fydd hynny’n gweithio, gallwch chi fynd at Ombwdsmon Gwasanaethau Cyhoeddus Gogledd Iwerddon.\nMae Housing Rights yn rhoi cyngor am ddim.',
  outsideEmergency: (gas: string) =>
    `Mewn argyfwng: os oes tân, ffoniwch 999. Os ydych chi’n arogli nwy, ffoniwch ${gas}.`,

  // Landlord
  landlordTitle: 'Pwy yw eich landlord?',
  landlordHint: 'Dyma’r un rydych chi’n talu rhent iddo.',
  landlordError: 'Dewiswch pwy yw eich landlord',
  'landlord.council': 'Y cyngor',
  'landlord.housing-association': 'Cymdeithas dai',
  'landlord.private': 'Landlord preifat neu asiant gosod',
  'landlord.not-sure': 'Dydw i ddim yn siŵr',

  // Household
  householdTitle: 'Oes unrhyw un sy’n byw yn eich cartref yn un o’r rhain?',
  householdHint: 'Mae rhai pobl mewn mwy o berygl o broblemau yn y cartref. Dewiswch bob un sy’n berthnasol.',
  householdError: 'Dewiswch pwy sy’n byw yn eich cartref, neu dewiswch ‘Dim un o’r rhain’',
  'household.under-5': 'Plentyn dan 5 oed',
  'household.5-to-14': 'Plentyn rhwng 5 a 14 oed',
  'household.60-to-64': 'Rhywun rhwng 60 a 64 oed',
  'household.65-plus': 'Rhywun 65 oed neu’n hŷn',
  'household.health-condition': 'Rhywun â salwch hirdymor, fel asthma neu gyflwr ar y galon neu’r ysgyfaint',
  'household.none': 'Dim un o’r rhain',

  // Problems
  problemsTitle: 'Pa broblemau sydd gennych chi yn eich cartref?',
  problemsHint: 'Dewiswch bob un sy’n berthnasol. Byddwn ni’n gofyn am bob un.',
  problemsError: 'Dewiswch o leiaf un broblem',
  'topic.damp-and-mould': 'Lleithder neu lwydni',
  'topic.cold': 'Cartref oer, gwres neu ddŵr poeth',
  'topic.heat': 'Cartref rhy boeth',
  'topic.falls': 'Grisiau, stepiau, lloriau neu ffenestri',
  'topic.fire': 'Diogelwch tân neu larymau mwg',
  'topic.electrics': 'Trydan, socedi neu wifrau',
  'topic.gas': 'Nwy neu garbon monocsid',
  'topic.pests-and-rubbish': 'Llygod, llygod mawr, pryfed neu sbwriel',
  'topic.water-and-drainage': 'Dŵr, toiled neu ddraeniau',
  'topic.kitchen-and-bathroom': 'Cegin neu ystafell ymolchi',
  'topic.security': 'Drysau, ffenestri neu gloeon',
  'topic.noise-and-light': 'Sŵn neu olau',
  'topic.crowding': 'Dim digon o le neu ystafelloedd gwely',
  'topic.structure': 'Waliau, nenfydau neu do',

  // What is the problem?
  kindsTitle: 'Beth yw’r broblem?',
  kindsError: 'Dewiswch beth yw’r broblem',
  'kind.mould': 'Llwydni du neu wyrdd ar waliau, nenfydau, dodrefn neu ddillad',
  'kind.damp-patches': 'Clytiau llaith neu waliau gwlyb',
  'kind.condensation': 'Llawer o ddŵr ar ffenestri a waliau',
  'kind.water-coming-in': 'Dŵr yn dod i mewn drwy’r to, y waliau neu’r ffenestri',
  'kind.musty-smell': 'Arogl mws, neu bethau’n mynd yn llaith neu’n cael eu difetha',
  'kind.no-heating': 'Dydy’r gwres ddim yn gweithio o gwbl',
  'kind.no-hot-water': 'Does dim dŵr poeth',
  'kind.some-rooms-cold': 'Does dim modd cynhesu rhai ystafelloedd',
  'kind.will-not-warm-up': 'Mae’r gwres ymlaen ond dydy’r cartref ddim yn cynhesu',
  'kind.draughts': 'Drafftiau oer o ffenestri neu ddrysau',
  'kind.too-hot': 'Mae’r cartref yn mynd yn rhy boeth, er enghraifft yn yr haf neu o dan y to',
  'kind.heating-stuck-on': 'Does dim modd troi’r gwres i lawr na’i ddiffodd',
  'kind.windows-do-not-open': 'Does dim modd agor ffenestri i adael aer i mewn',
  'kind.stair-rail': 'Mae canllaw’r grisiau ar goll, yn rhydd neu wedi torri',
  'kind.stairs-damaged': 'Mae grisiau neu stepiau wedi torri, yn anwastad neu’n llithrig',
  'kind.floors': 'Mae lloriau’n anwastad, wedi torri neu’n llithrig',
  'kind.bath-or-shower': 'Mae’n anodd mynd i mewn ac allan o’r bath neu’r gawod yn ddiogel',
  'kind.window-or-balcony': 'Ffenestr, balconi neu landin y gallai plentyn gwympo ohono',
  'kind.fire-now': 'Mae tân neu fwg nawr',
  'kind.no-smoke-alarm': 'Does dim larwm mwg, neu dydy e ddim yn gweithio',
  'kind.hard-to-escape': 'Byddai’n anodd mynd allan pe bai tân',
  'kind.fire-doors': 'Mae drysau tân yr adeilad wedi torri neu ddim yn cau',
  'kind.exposed-wires': 'Gwifrau noeth, gwreichion, neu arogl llosgi o socedi neu switsys',
  'kind.water-on-electrics': 'Dŵr yn gollwng ar oleuadau, socedi neu’r blwch ffiwsiau',
  'kind.damaged-sockets': 'Socedi, switsys neu oleuadau wedi torri neu gracio',
  'kind.power-keeps-tripping': 'Mae’r trydan yn diffodd o hyd',
  'kind.too-few-sockets': 'Dim digon o socedi, felly rydyn ni’n defnyddio llawer o geblau estyn',
  'kind.gas-smell': 'Rwy’n gallu arogli nwy',
  'kind.carbon-monoxide':
    'Mae larwm carbon monocsid yn canu, neu mae pobl yn teimlo’n benysgafn neu’n sâl, neu’n cael cur pen gartref',
  'kind.appliance-faulty': 'Mae gan foeler, tân neu gwcer nwy fflamau melyn neu oren, neu farciau du o’i gwmpas',
  'kind.no-co-alarm': 'Does dim larwm carbon monocsid ger tân neu foeler nwy, glo neu goed',
  'kind.no-gas-safety-check': 'Dydy’r nwy ddim wedi cael gwiriad diogelwch yn ystod y flwyddyn ddiwethaf',
  'kind.mice-or-rats': 'Llygod neu lygod mawr',
  'kind.insects': 'Chwilod duon, llau gwely neu bryfed eraill',
  'kind.gaps-where-pests-get-in': 'Tyllau neu fylchau lle mae plâu’n dod i mewn',
  'kind.rubbish': 'Unman diogel i gadw sbwriel, neu dydy’r biniau ddim yn cael eu gwagio',
  'kind.no-water': 'Does dim dŵr yn dod o’r tapiau',
  'kind.dirty-water': 'Mae dŵr y tap yn fudr, neu’n arogli neu’n blasu’n rhyfedd',
  'kind.sewage': 'Mae carthion neu ddŵr budr yn dod i fyny i’r cartref',
  'kind.no-toilet': 'Does dim toiled sy’n gweithio',
  'kind.blocked-drains': 'Mae sinc, bath, toiled neu ddraen wedi blocio neu’n gollwng',
  'kind.old-lead-pipes': 'Hen bibellau dŵr plwm, neu hen baent sy’n plicio',
  'kind.no-cooker': 'Dim cwcer sy’n gweithio, neu unman diogel i baratoi bwyd',
  'kind.kitchen-broken': 'Mae sinc, arwynebau gwaith neu gypyrddau’r gegin wedi torri, neu does dim modd eu glanhau',
  'kind.bathroom-broken': 'Mae’r bath, y gawod, y basn neu’r toiled wedi torri',
  'kind.burn-risk': 'Cwcer, gwresogydd neu bibell boeth y gallai rhywun gael ei losgi arno',
  'kind.hard-to-use': 'Mae’r gegin neu’r ystafell ymolchi yn rhy fach neu’n anodd ei defnyddio’n ddiogel',
  'kind.door-will-not-lock': 'Dydy’r drws ffrynt neu’r drws cefn ddim yn cloi, neu mae wedi torri',
  'kind.windows-will-not-lock': 'Dydy ffenestri y gallai rhywun ddringo i mewn drwyddyn nhw ddim yn cloi',
  'kind.shared-entrance': 'Mae drws y fynedfa a rennir neu’r ffôn drws wedi torri',
  'kind.doors-or-windows-trap': 'Gallai drws neu ffenestr ddal bysedd neu daro rhywun',
  'kind.too-dark': 'Mae ystafelloedd yn rhy dywyll, heb lawer o olau dydd',
  'kind.lights-not-working': 'Dydy’r goleuadau ddim yn gweithio, er enghraifft ar y grisiau',
  'kind.noise-comes-through': 'Mae sŵn yn dod drwy waliau, lloriau neu ffenestri tenau',
  'kind.noisy-equipment': 'Sŵn uchel o’r boeler, pibellau, lifft neu bwmp',
  'kind.not-enough-bedrooms': 'Dim digon o ystafelloedd gwely i bawb',
  'kind.sleeping-in-living-room': 'Mae pobl yn gorfod cysgu yn yr ystafell fyw neu’r gegin',
  'kind.no-space': 'Dim digon o le i goginio, bwyta neu dreulio amser gyda’ch gilydd',
  'kind.ceiling-falling': 'Mae nenfwd, wal neu ran o’r to yn sagio neu’n cwympo',
  'kind.cracks': 'Craciau mawr mewn waliau neu nenfydau',
  'kind.loose-outside': 'Teils to, cwteri neu simnai rhydd a allai gwympo',
  'kind.damaged-old-boards': 'Hen fyrddau, nenfydau neu orchuddion pibellau wedi’u difrodi a allai gynnwys asbestos',
  'kindHint.noise-comes-through':
    'Os mai’r broblem yw bod eich cymdogion yn swnllyd, gall tîm sŵn y cyngor helpu gyda hynny.',

  // How bad is it?
  severityError: 'Dewiswch pa mor ddrwg yw hi',
  'severityTitle.damp-and-mould': 'Faint o leithder neu lwydni sydd yna?',
  'severityTitle.cold': 'Pa mor oer mae eich cartref yn mynd?',
  'severityTitle.heat': 'Pa mor boeth mae eich cartref yn mynd?',
  'severityTitle.falls': 'Oes rhywun wedi cwympo neu bron â chwympo?',
  'severityTitle.pests-and-rubbish': 'Pa mor ddrwg yw hi?',
  'severityTitle.noise-and-light': 'Faint mae’n effeithio arnoch chi?',
  'severity.damp-and-mould.low': 'Darn bach, llai na dalen o bapur',
  'severity.damp-and-mould.medium': 'Sawl darn, neu mewn mwy nag un ystafell',
  'severity.damp-and-mould.high': 'Darnau mawr, neu mae’n dod yn ôl o hyd ar ôl ei lanhau',
  'severity.cold.low': 'Ychydig yn oer, ond rydyn ni’n gallu cadw’n gynnes',
  'severity.cold.medium': 'Digon oer ein bod ni’n gwisgo cotiau yn y tŷ neu’n aros mewn un ystafell',
  'severity.cold.high': 'Mor oer fel nad ydyn ni’n gallu cynhesu o gwbl',
  'severity.heat.low': 'Ychydig yn rhy boeth weithiau',
  'severity.heat.medium': 'Rhy boeth i gysgu’n dda',
  'severity.heat.high': 'Mor boeth fel bod rhywun yn teimlo’n sâl',
  'severity.falls.low': 'Nac oes, ond gallai rhywun gwympo',
  'severity.falls.medium': 'Mae rhywun wedi bod bron â chwympo',
  'severity.falls.high': 'Mae rhywun wedi cwympo neu wedi cael anaf',
  'severity.pests-and-rubbish.low': 'Rydyn ni wedi gweld arwyddion unwaith neu ddwy',
  'severity.pests-and-rubbish.medium': 'Rydyn ni’n eu gweld nhw neu eu baw yn aml',
  'severity.pests-and-rubbish.high': 'Maen nhw ym mhobman, neu’n agos at ein bwyd',
  'severity.noise-and-light.low': 'Mae’n boendod',
  'severity.noise-and-light.medium': 'Mae’n ein rhwystro rhag cysgu neu wneud pethau bob dydd',
  'severity.noise-and-light.high': 'Mae’n gwneud rhywun yn sâl',

  // Is it cold now?
  coldNowTitle: 'Ydy’r tywydd yn oer ar hyn o bryd?',
  coldNowHint: 'Er enghraifft, byddech chi fel arfer yn cael y gwres ymlaen.',
  coldNowError: 'Dewiswch ‘Ydy’ os yw’r tywydd yn oer ar hyn o bryd',

  // When and where
  sinceTitle: 'Pryd wnaethoch chi sylwi ar y broblem gyntaf?',
  sinceError: 'Dewiswch pryd wnaethoch chi sylwi ar y broblem gyntaf',
  'since.this-week': 'Yn ystod yr wythnos ddiwethaf',
  'since.this-month': 'Yn ystod y mis diwethaf',
  'since.1-to-6-months': 'Rhwng 1 a 6 mis yn ôl',
  'since.over-6-months': 'Mwy na 6 mis yn ôl',
  roomsTitle: 'Ble mae’r broblem?',
  roomsError: 'Dewiswch ble mae’r broblem',
  'room.kitchen': 'Cegin',
  'room.bathroom': 'Ystafell ymolchi neu doiled',
  'room.bedroom': 'Ystafell wely',
  'room.living-room': 'Ystafell fyw',
  'room.hall-and-stairs': 'Cyntedd, grisiau neu landin',
  'room.shared-areas': 'Rhannau o’r adeilad a rennir, fel y fynedfa',
  'room.outside': 'Tu allan, fel y to, y waliau neu’r ardd',

  // Emergencies
  emergencyCaption: 'Cael help nawr',
  'emergencyTitle.fire': 'Os oes tân, ewch allan a ffoniwch 999',
  'emergencyTitle.gas': (phone: string) => `Os ydych chi’n arogli nwy, ffoniwch ${phone} nawr`,
  'emergencyTitle.carbon-monoxide': 'Ewch â phawb allan i’r awyr iach nawr',
  'emergencyTitle.electric-shock-risk': 'Cadwch draw o’r gwifrau a gwnewch y lle’n ddiogel',
  'emergencyTitle.collapse': 'Cadwch bawb draw oddi wrtho',
  'emergencyTitle.no-heat-vulnerable': 'Gofynnwch i’ch landlord drwsio hyn heddiw',
  'emergencyTitle.no-water': 'Ffoniwch rif atgyweiriadau brys eich landlord nawr',
  'emergencyTitle.sewage': 'Cadwch draw o’r dŵr budr a ffoniwch eich landlord nawr',
  'emergencyTitle.no-toilet': 'Ffoniwch rif atgyweiriadau brys eich landlord nawr',
  'emergencyTitle.insecure-home': 'Ffoniwch rif atgyweiriadau brys eich landlord nawr',
  'emergency.fire':
    'Ewch â phawb allan. Caewch y drysau ar eich ôl.\nFfoniwch 999 pan fyddwch chi y tu allan a gofynnwch am y gwasanaeth tân.\nPeidiwch â mynd yn ôl i mewn.',
  'emergency.gas': (phone: string) =>
    `Agorwch y drysau a’r ffenestri.\nPeidiwch â defnyddio switsys golau, plygiau nac unrhyw beth â fflam. Peidiwch ag ysmygu.\nTrowch y nwy i ffwrdd wrth y mesurydd os gallwch chi wneud hynny’n ddiogel.\nEwch allan a ffoniwch ${phone}. Mae am ddim, ddydd a nos.`,
  'emergency.carbon-monoxide': (phone: string) =>
    `Diffoddwch danau a boeleri nwy, glo neu goed os gallwch chi. Agorwch y drysau a’r ffenestri.\nEwch allan a ffoniwch ${phone}. Mae am ddim, ddydd a nos.\nOs oes rhywun yn teimlo’n sâl, ffoniwch GIG 111. Os yw rhywun yn sâl iawn, ffoniwch 999.`,
  'emergency.electric-shock-risk':
    'Peidiwch â chyffwrdd â’r gwifrau, nac unrhyw beth gwlyb yn agos atyn nhw.\nOs yw’n ddiogel ac yn sych, diffoddwch y trydan wrth y blwch ffiwsiau (yr uned defnyddwyr).\nFfoniwch rif atgyweiriadau brys eich landlord nawr. Os na allwch chi gael gafael arnyn nhw, ffoniwch drydanwr.',
  'emergency.collapse':
    'Symudwch i ffwrdd a chadwch blant ac anifeiliaid anwes allan o’r ystafell honno.\nFfoniwch rif atgyweiriadau brys eich landlord nawr.\nOs gallai gwympo ar rywun nawr, ffoniwch 999.',
  'emergency.no-heat-vulnerable':
    'Mae bod heb wres na dŵr poeth mewn tywydd oer yn argyfwng i blant ifanc a phobl hŷn.\nFfoniwch rif atgyweiriadau brys eich landlord nawr, ddydd neu nos.\nCadwch un ystafell yn gynnes os gallwch chi, a gwisgwch haenau cynnes.\nOs oes rhywun yn teimlo’n sâl, ffoniwch GIG 111.',
  'emergency.no-water':
    'Yn gyntaf, holwch gymydog neu eich cwmni dŵr: efallai fod y dŵr i’ch stryd wedi’i ddiffodd.\nOs mai dim ond eich cartref chi sydd heb ddŵr, ffoniwch rif atgyweiriadau brys eich landlord nawr.',
  'emergency.sewage':
    'Cadwch blant ac anifeiliaid anwes draw oddi wrtho.\nGolchwch eich dwylo’n dda os byddwch chi’n cyffwrdd ag unrhyw beth.\nFfoniwch rif atgyweiriadau brys eich landlord nawr.',
  'emergency.no-toilet':
    'Mae bod heb doiled sy’n gweithio yn atgyweiriad brys.\nFfoniwch eich landlord nawr, ddydd neu nos.',
  'emergency.insecure-home':
    'Mae drws ffrynt neu ddrws cefn sydd ddim yn cloi yn atgyweiriad brys.\nOs ydych chi mewn perygl nawr, ffoniwch 999.',
  emergencyLandlordNumber:
    'Mae rhif atgyweiriadau brys eich landlord yn aml ar eich contract meddiannaeth (cytundeb tenantiaeth), ar eich datganiad rhent neu ar ei wefan.',
  emergencyCarryOn: 'Pan fydd pawb yn ddiogel, gallwch chi barhau â’r gwiriad hwn. Mae eich atebion wedi’u cadw.',

  // Told the landlord
  toldTitle: 'Ydych chi wedi dweud wrth eich landlord am y problemau hyn?',
  toldError: 'Dewiswch a ydych chi wedi dweud wrth eich landlord',
  'told.in-writing': 'Ydw, yn ysgrifenedig (er enghraifft, mewn llythyr, e-bost neu neges destun)',
  'told.not-in-writing': 'Ydw, ond nid yn ysgrifenedig (er enghraifft, dros y ffôn neu wyneb yn wyneb)',
  'told.no': 'Nac ydw, ddim eto',

  // When the landlord first knew
  toldWhenTitle: 'Pryd oedd eich landlord yn gwybod am y problemau hyn gyntaf?',
  toldWhenLead:
    'Mae rhai terfynau amser yn cyfrif o’r adeg y cafodd eich landlord wybod gyntaf, sut bynnag y dywedoch chi wrtho, nid o ddyddiad y llythyr hwn.',
  toldHowTitle: 'Sut wnaethoch chi ddweud wrtho gyntaf?',
  'toldHow.phone': 'Galwad ffôn',
  'toldHow.repair-report': 'Adroddiad atgyweirio neu ffurflen ar-lein',
  'toldHow.visit': 'Wyneb yn wyneb, neu yn ystod ymweliad',
  'toldHow.email': 'E-bost',
  'toldHow.letter': 'Llythyr drwy’r post',
  'toldHow.other': 'Ffordd arall',
  toldHowError: 'Dewiswch sut wnaethoch chi ddweud wrth eich landlord gyntaf',
  toldDateTitle: 'Pryd wnaethoch chi ddweud wrtho gyntaf?',
  toldDateHint: (year: string) => `Er enghraifft, 3 9 ${year}. Ar gyfer llythyr, y diwrnod y gwnaethoch chi ei bostio.`,
  toldDateUnknown: 'Dydw i ddim yn gwybod yr union ddyddiad',
  toldWhenMissing:
    'Rhowch y dyddiad y gwnaethoch chi ddweud wrth eich landlord gyntaf, neu dewiswch nad ydych chi’n gwybod yr union ddyddiad',
  toldWhenReal: 'Rhaid i’r dyddiad y gwnaethoch chi ddweud wrth eich landlord gyntaf fod yn ddyddiad go iawn',
  toldWhenFuture: 'Rhaid i’r dyddiad y gwnaethoch chi ddweud wrth eich landlord gyntaf fod heddiw neu yn y gorffennol',
  toldWhenAnswer: (how: string, date: string) => `${how} ar ${date}`,
  toldWhenAnswerUnknown: (how: string) => `${how}, dyddiad ddim yn hysbys`,
  atLatest: (date: string) => `${date} fan bellaf`,
  'awareBasis.told': (date: string) =>
    `Mae’r dyddiadau hyn yn cyfrif o ${date}, pan ddywedoch chi wrth eich landlord gyntaf.`,
  'awareBasis.letter-arrives': (date: string) =>
    `Mae’r dyddiadau hyn yn cyfrif o ${date}, y diwrnod y byddai llythyr a bostiwyd ar y dyddiad a roesoch yn cyrraedd. Os aeth dosbarth cyntaf, gallant fod yn gynharach.`,
  'awareBasis.date-unknown': (date: string) =>
    `Dydych chi ddim yn gwybod yr union ddiwrnod y dywedoch chi wrth eich landlord gyntaf, felly mae’r dyddiadau hyn yn cyfrif o ${date}, dyddiad eich llythyr. Dyma’r hwyraf sydd gan eich landlord: gall y dyddiadau go iawn fod yn gynharach.`,
  'awareBasis.in-force': (date: string) =>
    `Dywedoch chi wrth eich landlord cyn i Gyfraith Awaab ddechrau, felly mae’r dyddiadau hyn yn cyfrif o ${date}, y diwrnod y dechreuodd.`,

  // Check your answers
  checkTitle: 'Gwirio eich atebion',
  checkAboutYou: 'Amdanoch chi a’ch cartref',
  checkChange: 'Newid',
  'checkRow.nation': 'Ble mae eich cartref',
  'checkRow.landlord': 'Eich landlord',
  'checkRow.household': 'Pwy sy’n byw yno',
  'checkRow.problems': 'Problemau',
  'checkRow.kinds': 'Beth yw’r broblem',
  'checkRow.severity': 'Pa mor ddrwg yw hi',
  'checkRow.cold-now': 'Tywydd oer nawr',
  'checkRow.since': 'Pryd wnaethoch chi sylwi',
  'checkRow.rooms': 'Ble',
  'checkRow.told': 'Wedi dweud wrth eich landlord',
  'checkRow.toldWhen': 'Sut a phryd y dywedoch chi wrtho gyntaf',
  checkContinue: 'Gweld y canlyniadau',

  // Results
  resultsTitle: 'Beth mae eich atebion yn ei awgrymu',
  resultsNotOfficial:
    'Nid asesiad swyddogol yw hwn. Dim ond y cyngor all benderfynu pa mor ddifrifol yw perygl, drwy archwilio eich cartref. Dylai eich landlord drwsio problemau llai difrifol hefyd.',
  'seriousnessTag.urgent': 'Brys',
  'seriousnessTag.serious': 'Gallai fod yn ddifrifol',
  'seriousnessTag.moderate': 'Gallai fod yn berygl',
  'seriousnessTag.minor': 'Mân broblem, mwy na thebyg',
  'seriousness.urgent': 'Gallai hyn fod yn argyfwng. Mae’r dudalen nesaf yn dweud beth i’w wneud nawr.',
  'seriousness.serious': 'Gallai hyn fod yn berygl difrifol. Mae’r cyngor yn penderfynu drwy archwilio eich cartref.',
  'seriousness.moderate':
    'Gallai hyn fod yn berygl y mae angen i’ch landlord ei drwsio. Mae’r cyngor yn penderfynu drwy archwilio eich cartref.',
  'seriousness.minor': 'Mân broblem yw hon mwy na thebyg, ond dylai eich landlord ei thrwsio o hyd.',
  resultsInspector: 'Byddai arolygydd o’r cyngor yn ei wirio fel:',
  'atRisk.under-5': 'Mae plentyn dan 5 oed yn byw yn eich cartref. Mae plant ifanc mewn mwy o berygl o hyn.',
  'atRisk.5-to-14': 'Mae plentyn rhwng 5 a 14 oed yn byw yn eich cartref. Mae plant mewn mwy o berygl o hyn.',
  'atRisk.60-to-64': 'Mae rhywun 60 oed neu’n hŷn yn byw yn eich cartref. Maen nhw mewn mwy o berygl o hyn.',
  'atRisk.65-plus': 'Mae rhywun 65 oed neu’n hŷn yn byw yn eich cartref. Maen nhw mewn mwy o berygl o hyn.',
  'atRisk.health-condition': 'Mae gan rywun yn eich cartref salwch hirdymor, a all wneud hyn yn waeth iddyn nhw.',
  'atRisk.none': '',
  resultsContinue: 'Gweld beth i’w wneud nesaf',

  // Hazard names (HHSRS Schedule 1)
  'hazard.1': 'Lleithder a thyfiant llwydni',
  'hazard.2': 'Oerfel gormodol',
  'hazard.3': 'Gwres gormodol',
  'hazard.4': 'Asbestos a ffibrau mwynol wedi’u gweithgynhyrchu',
  'hazard.5': 'Bioleiddiaid',
  'hazard.6': 'Carbon monocsid a chynhyrchion hylosgi tanwydd',
  'hazard.7': 'Plwm',
  'hazard.8': 'Ymbelydredd',
  'hazard.9': 'Nwy tanwydd heb ei losgi',
  'hazard.10': 'Cyfansoddion organig anweddol',
  'hazard.11': 'Gorlenwi a lle',
  'hazard.12': 'Mynediad gan dresmaswyr',
  'hazard.13': 'Goleuadau',
  'hazard.14': 'Sŵn',
  'hazard.15': 'Hylendid domestig, plâu a sbwriel',
  'hazard.16': 'Diogelwch bwyd',
  'hazard.17': 'Hylendid personol, glanweithdra a draenio',
  'hazard.18': 'Cyflenwad dŵr',
  'hazard.19': 'Cwympo mewn baddonau ac ati',
  'hazard.20': 'Cwympo ar arwynebau gwastad ac ati',
  'hazard.21': 'Cwympo ar risiau ac ati',
  'hazard.22': 'Cwympo rhwng lefelau',
  'hazard.23': 'Peryglon trydanol',
  'hazard.24': 'Tân',
  'hazard.25': 'Fflamau, arwynebau poeth ac ati',
  'hazard.26': 'Gwrthdaro a chaethiwo',
  'hazard.27': 'Ffrwydradau',
  'hazard.28': 'Lleoliad amwynderau a’u gweithrediad ac ati',
  'hazard.29': 'Cwymp strwythurol ac elfennau’n cwympo',
  hazardNumber: (n: number, name: string) => `${name} (perygl ${n} o 29)`,

  // Next steps
  nextTitle: 'Beth i’w wneud nesaf',
  nextGetHelpNow: 'Cael help nawr',
  nextThen: 'Yna',
  nextWriteTitle: 'Dywedwch wrth eich landlord yn ysgrifenedig',
  nextWrite:
    'Anfonwch y llythyr sydd ar ddiwedd y gwiriad hwn at eich landlord, drwy e-bost neu drwy’r post. Cadwch gopi. Mae llythyr yn dangos pryd roedd eich landlord yn gwybod am y problemau.',
  nextAlreadyToldTitle: 'Anfonwch y llythyr hwn at eich landlord hefyd',
  nextAlreadyTold:
    'Rydych chi wedi dweud wrth eich landlord yn ysgrifenedig yn barod. Mae’r llythyr hwn yn rhestru pob problem a’r dyddiad, sy’n help os bydd angen i chi fynd ymhellach.',
  nextAsking: 'Mae’r llythyr yn gofyn:',
  'nextTerm.awaabs-law-emergency': (topic: string, hours: number) =>
    `${topic}: ymchwilio a gwneud yn ddiogel o fewn ${hours} awr`,
  'nextTerm.awaabs-law-significant': (topic: string, days: number, date: string) =>
    date
      ? `${topic}: ymchwilio o fewn ${days} diwrnod gwaith (erbyn ${date})`
      : `${topic}: ymchwilio o fewn ${days} diwrnod gwaith`,
  'nextTerm.urgent': (topic: string, hours: number) => `${topic}: gwneud yn ddiogel o fewn ${hours} awr`,
  'nextTerm.reasonable-time': (topic: string, days: number, date: string) =>
    `${topic}: trwsio o fewn ${days} diwrnod (erbyn ${date})`,
  nextAwaabsTitle: 'Cyfraith Awaab: terfynau amser i’ch landlord',
  nextAwaabs: (hours: number, investigate: number, summary: number, safe: number) =>
    `Yn Lloegr, mae’n rhaid i gynghorau a chymdeithasau tai sy’n landlordiaid ddelio â rhai problemau o fewn amseroedd penodol:\nArgyfyngau: ymchwilio a gwneud yn ddiogel o fewn ${hours} awr.\nLleithder a llwydni: ymchwilio o fewn ${investigate} diwrnod gwaith. Yna anfon crynodeb ysgrifenedig atoch chi o fewn ${summary} diwrnod gwaith, a gwneud yn ddiogel o fewn ${safe} diwrnod gwaith.`,
  nextAwaabsCovered: 'Mae’r terfynau amser yn cynnwys y problemau hyn sydd gennych chi:',
  nextAwaabsNotCovered:
    'Dydyn nhw ddim yn cynnwys y problemau hyn eto, ond dylai eich landlord eu trwsio mewn amser rhesymol o hyd:',
  nextAwaabsSource: (source: string, asOf: string) =>
    `Ffynhonnell: ${source}. Terfynau amser fel y’u cyhoeddwyd ar ${asOf}. Gwiriwch nhw’n lleol, oherwydd gallan nhw newid.`,
  nextAwaabsUnsettled:
    'Dydy dau bwynt ddim wedi’u setlo eto, felly gwiriwch nhw’n lleol: a yw’r 24 awr i wneud argyfwng yn ddiogel yn cyfrif o’r adeg y gwyddai eich landlord neu o ddiwedd ei ymchwiliad; ac a oes rhaid i waith i atal problem rhag dod yn ôl ddechrau o fewn 5 diwrnod gwaith i’r ymchwiliad, neu dim ond o fewn 12 wythnos.',
  nextNoAwaabsWalesTitle: 'Dydy Cyfraith Awaab ddim yn berthnasol yng Nghymru',
  nextNoAwaabsWales:
    'Mae Cyfraith Awaab yn gosod terfynau amser i gynghorau a chymdeithasau tai sy’n landlordiaid yn Lloegr yn unig. Yng Nghymru, dylai eich landlord drwsio problemau mewn amser rhesymol o hyd.',
  nextAwaabsSocialOnlyTitle: 'Cyfraith Awaab',
  nextAwaabsSocialOnly:
    'Efallai eich bod chi wedi clywed am Gyfraith Awaab. Mae ei therfynau amser ar gyfer cynghorau a chymdeithasau tai sy’n landlordiaid, nid landlordiaid preifat. Dylai eich landlord drwsio problemau mewn amser rhesymol o hyd.',
  nextAwaabsIfSocialTitle: 'Os mai’r cyngor neu gymdeithas dai yw eich landlord',
  nextAwaabsIfSocial:
    'Mae Cyfraith Awaab yn rhoi terfynau amser i gynghorau a chymdeithasau tai sy’n landlordiaid yn Lloegr ar gyfer lleithder a llwydni, ac ar gyfer argyfyngau.',
  nextFindLandlordTitle: 'Dewch i wybod pwy yw eich landlord',
  nextFindLandlord:
    'Edrychwch ar eich contract meddiannaeth (cytundeb tenantiaeth) neu eich datganiad rhent. Os ydych chi’n talu rhent i’r cyngor neu i gymdeithas dai, gallwch chi fynd yn ôl a newid eich ateb.',
  nextKeepRecordsTitle: 'Cadwch gofnod',
  nextKeepRecords:
    'Tynnwch luniau o’r problemau, gyda’r dyddiad. Cadwch gopïau o lythyrau, negeseuon e-bost a negeseuon testun. Ysgrifennwch pryd rydych chi’n ffonio a gyda phwy y buoch chi’n siarad.',
  nextComplainTitle: 'Os nad yw eich landlord yn ei drwsio',
  nextComplain: 'Gwnewch gŵyn drwy broses gwyno eich landlord. Gofynnwch am eu hateb yn ysgrifenedig.',
  'nextOmbudsman.housing-ombudsman':
    'Os na fydd eich landlord yn unioni pethau ar ôl eich cwyn, gallwch chi ofyn i’r Ombwdsmon Tai ymchwilio. Mae am ddim.',
  'nextOmbudsman.public-services-ombudsman-for-wales':
    'Os na fydd eich landlord yn unioni pethau ar ôl eich cwyn, gallwch chi ofyn i Ombwdsmon Gwasanaethau Cyhoeddus Cymru ymchwilio. Mae am ddim.',
  'ombudsmanUrl.housing-ombudsman': 'https://www.housing-ombudsman.org.uk',
  'ombudsmanUrl.public-services-ombudsman-for-wales': 'https://www.ombwdsmon.cymru',
  ombudsmanLink: (name: string) => `Gwefan ${name}`,
  ombudsmanTitle: (name: string) => `Gofynnwch ${toWelsh(name)}`,
  'ombudsmanName.housing-ombudsman': 'yr Ombwdsmon Tai',
  'ombudsmanName.public-services-ombudsman-for-wales': 'Ombwdsmon Gwasanaethau Cyhoeddus Cymru',
  nextCouncilNowTitle: (council: string) => `Cysylltwch ${withWelsh(council)} nawr`,
  nextCouncilAfterTitle: (council: string, date: string) =>
    `Os nad yw wedi’i drwsio erbyn ${date}, cysylltwch ${withWelsh(council)}`,
  nextCouncilAfterAskTitle: (council: string, date: string) =>
    `Os nad yw eich landlord wedi gwneud yr hyn y mae’r llythyr yn ei ofyn erbyn ${date}, cysylltwch ${withWelsh(council)}`,
  nextCouncilIfNotSafeTitle: (council: string) => `Os nad yw wedi’i wneud yn ddiogel, cysylltwch ${withWelsh(council)}`,
  nextCouncil:
    'Gall tîm tai preifat y cyngor (sy’n cael ei alw weithiau’n iechyd yr amgylchedd) archwilio eich cartref. Maen nhw’n defnyddio’r system sgorio y mae’r gwiriad hwn yn seiliedig arni, a gallan nhw wneud i landlord drwsio peryglon difrifol.',
  nextCouncilHousingAssociation: 'Gall y cyngor archwilio cartrefi cymdeithasau tai hefyd.',
  nextCrowdingTitle: 'Help os nad oes gennych chi ddigon o le',
  nextCrowding: (council: string) =>
    `Gall tîm tai ${council} wirio a yw eich cartref yn orlawn yn ôl y gyfraith, a dweud wrthych chi am eich dewisiadau tai.`,
  nextContinue: 'Ysgrifennu eich llythyr',

  // Letter details
  detailsTitle: 'Eich manylion ar gyfer y llythyr',
  detailsHint: 'Dim ond i ysgrifennu eich llythyr rydyn ni’n defnyddio’r rhain. Maen nhw’n aros ar y ddyfais hon.',
  detailsName: 'Eich enw llawn',
  detailsNameError: 'Rhowch eich enw llawn',
  detailsAddress: 'Eich cyfeiriad',
  detailsAddressHint: 'Cofiwch gynnwys eich cod post.',
  detailsAddressError: 'Rhowch eich cyfeiriad',
  detailsLandlord: 'Enw eich landlord neu eich asiant gosod (dewisol)',
  detailsContact: 'Eich rhif ffôn neu eich cyfeiriad e-bost (dewisol)',
  detailsContactHint: 'Fel y gall eich landlord gysylltu â chi i drefnu ymweliad.',
  detailsExtra: 'Unrhyw beth arall rydych chi eisiau ei ddweud (dewisol)',
  detailsExtraHint: 'Er enghraifft, pryd wnaethoch chi ddweud wrth eich landlord o’r blaen, neu gyfeirnod.',
  detailsContinue: 'Creu’r llythyr',
  photosLabel: 'Lluniau o’r problemau (dewisol)',
  photosHint:
    'Mae lluniau’n aros ar y ddyfais hon. Rydyn ni’n tynnu manylion y lleoliad a’r camera ohonyn nhw. Gallwch chi lwytho’r copïau glân i lawr i’w hanfon gyda’ch llythyr.',
  photosTooMany: (max: number) => `Gallwch chi ychwanegu hyd at ${max} llun.`,
  photosAdding: 'Wrthi’n ychwanegu eich lluniau…',
  photosAdded: (n: number) => (n === 1 ? '1 llun wedi’i ychwanegu.' : `${n} llun wedi’u hychwanegu.`),
  photoAlt: (n: number) => `Llun ${n}`,
  photoDownload: 'Llwytho i lawr',
  photoRemove: 'Tynnu',
  photoHidden: (n: number) => ` llun ${n}`,
  photoRefused: (name: string) =>
    `Nid oedd modd ychwanegu “${name}”. Dewiswch lun JPEG, PNG neu WebP sydd ddim yn fwy na 8 MB.`,
  photosUnavailable: 'Nid oedd modd ychwanegu eich lluniau. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.',

  // The letter
  letterTitle: 'Eich llythyr at eich landlord',
  letterHowToSend:
    'Gwiriwch y llythyr. Yna anfonwch ef at eich landlord drwy e-bost neu drwy’r post, a chadwch gopi. Os byddwch chi’n ei bostio, gofynnwch i’r swyddfa bost am brawf postio.',
  letterPrint: 'Argraffu’r llythyr',
  letterPdf: 'Llwytho i lawr fel PDF',
  letterCopy: 'Copïo fel testun plaen',
  letterCopied: 'Mae’r llythyr wedi’i gopïo. Gallwch chi ei ludo mewn e-bost at eich landlord.',
  letterCopyFailed: 'Wnaeth eich porwr ddim gadael i ni gopïo’r llythyr. Dewiswch y testun isod a’i gopïo.',
  letterCopyLabel: 'Y llythyr fel testun plaen',
  letterPdfMaking: 'Wrthi’n creu’r PDF…',
  letterPdfReady: 'Mae’r PDF wedi’i lwytho i lawr.',
  letterPdfFailed: 'Nid oedd modd creu’r PDF. Argraffwch y llythyr yn lle hynny, neu copïwch ef fel testun plaen.',
  letterChangeDetails: 'Newid eich manylion',
  letterLangTitle: 'Ym mha iaith ydych chi eisiau’r llythyr?',
  'letterLang.cy': 'Cymraeg',
  'letterLang.en': 'Saesneg',
  letterSentTitle: 'Ar ôl i chi anfon y llythyr',
  letterSentText:
    'Dywedwch wrthyn ni sut a phryd wnaethoch chi ei anfon. Byddwn ni’n dweud wrthych chi faint o amser sydd gan eich landlord, a beth i’w wneud os na fydd y problemau wedi’u trwsio.',
  letterSentButton: 'Rydw i wedi anfon y llythyr',
  letterFileName: 'llythyr-at-y-landlord.pdf',
  letterSubject: (address: string) =>
    address ? `Atgyweiriadau sydd eu hangen: ${address}` : 'Atgyweiriadau sydd eu hangen yn fy nghartref',
  letterTo: (name: string) => (name ? `At: ${name}` : 'At: fy landlord'),
  letterDear: (name: string) => (name ? `Annwyl ${name},` : 'Annwyl Syr neu Fadam,'),
  letterOpening:
    'Rwy’n ysgrifennu atoch i ofyn i chi atgyweirio problemau yn fy nghartref. Maen nhw wedi’u rhestru isod.',
  'letterTold.in-writing': 'Rwyf wedi dweud wrthych am y problemau hyn yn ysgrifenedig o’r blaen.',
  'letterTold.not-in-writing': 'Rwyf wedi dweud wrthych am y problemau hyn o’r blaen, ond nid yn ysgrifenedig.',
  letterFirstTold: (date: string) => `Dywedais wrthych amdanynt gyntaf ar ${softDate(date)}.`,
  'letterTold.no': '',
  letterHousehold: (people: string) => `Mae’r bobl sy’n byw yma yn cynnwys ${people}.`,
  'letterGroup.under-5': 'plentyn dan 5 oed',
  'letterGroup.5-to-14': 'plentyn rhwng 5 a 14 oed',
  'letterGroup.60-to-64': 'rhywun rhwng 60 a 64 oed',
  'letterGroup.65-plus': 'rhywun 65 oed neu’n hŷn',
  'letterGroup.health-condition': 'rhywun â salwch hirdymor',
  'letterGroup.none': '',
  letterProblem: (n: number, topic: string) => `Problem ${n}: ${topic}`,
  letterRowWhat: 'Y broblem',
  letterRowHowBad: 'Pa mor ddrwg yw hi',
  letterRowWhere: 'Ble',
  letterRowSince: 'Pryd wnes i sylwi arni gyntaf',
  letterRowAsk: 'Beth rwy’n gofyn i chi ei wneud',
  letterRowByWhen: 'Erbyn pryd',
  letterWholeHome: 'Fy nghartref',
  'letterAsk.damp-and-mould':
    'Dod o hyd i achos y lleithder a’i drwsio, cael gwared ar y llwydni’n ddiogel a thrwsio unrhyw ddifrod.',
  'letterAsk.cold': 'Trwsio’r gwres neu’r dŵr poeth, a’i gwneud yn bosibl cadw fy nghartref yn gynnes.',
  'letterAsk.heat': 'Ei gwneud yn bosibl cadw fy nghartref ar dymheredd diogel.',
  'letterAsk.falls': 'Trwsio neu osod yr hyn sydd ei angen fel bod y grisiau, y lloriau a’r ffenestri yn ddiogel.',
  'letterAsk.fire': 'Gwneud fy nghartref yn ddiogel rhag tân, gyda larymau mwg sy’n gweithio a ffordd ddiogel allan.',
  'letterAsk.electrics': 'Cael trydanwr cymwys i wirio’r trydan a’i wneud yn ddiogel.',
  'letterAsk.gas': 'Cael peiriannydd sydd wedi’i gofrestru gyda Gas Safe i wirio’r nwy a’i wneud yn ddiogel.',
  'letterAsk.pests-and-rubbish':
    'Cael gwared ar y plâu, cau’r bylchau maen nhw’n eu defnyddio, a sicrhau bod lle diogel i gadw sbwriel.',
  'letterAsk.water-and-drainage': 'Trwsio’r cyflenwad dŵr, y toiled neu’r draeniau.',
  'letterAsk.kitchen-and-bathroom':
    'Trwsio neu newid gosodiadau’r gegin neu’r ystafell ymolchi fel eu bod nhw’n ddiogel i’w defnyddio.',
  'letterAsk.security': 'Trwsio’r drysau, y ffenestri neu’r cloeon fel bod fy nghartref yn ddiogel.',
  'letterAsk.noise-and-light': 'Trwsio’r hyn sy’n achosi’r sŵn neu’r diffyg golau.',
  'letterAsk.crowding': 'Siarad â mi am y diffyg lle a beth y gellir ei wneud amdano.',
  'letterAsk.structure': 'Trefnu bod y waliau, y nenfydau neu’r to yn cael eu harchwilio a’u gwneud yn ddiogel.',
  'letterBy.awaabs-law-emergency': (hours: number) =>
    `Ymchwiliwch a gwnewch y sefyllfa’n ddiogel o fewn ${hours} awr, os gwelwch yn dda. Rwy’n credu bod hwn yn berygl brys. Mae Cyfraith Awaab yn ei gwneud yn ofynnol i landlordiaid cymdeithasol yn Lloegr ymchwilio i beryglon brys a’u gwneud yn ddiogel o fewn ${hours} awr.`,
  'letterBy.awaabs-law-significant': (days: number, date: string, summary: number, safe: number) =>
    `${date ? `Ymchwiliwch o fewn ${days} diwrnod gwaith, erbyn ${date}, os gwelwch yn dda.` : `Ymchwiliwch o fewn ${days} diwrnod gwaith, os gwelwch yn dda.`} Mae Cyfraith Awaab yn ei gwneud yn ofynnol i landlordiaid cymdeithasol yn Lloegr ymchwilio i leithder a llwydni o fewn ${days} diwrnod gwaith. Rhaid iddyn nhw wedyn anfon crynodeb ysgrifenedig o fewn ${summary} diwrnod gwaith a gwneud y sefyllfa’n ddiogel o fewn ${safe} diwrnod gwaith.`,
  'letterBy.urgent': (hours: number) =>
    `Gwnewch y sefyllfa’n ddiogel o fewn ${hours} awr, os gwelwch yn dda, gan fod hwn yn argyfwng.`,
  'letterBy.reasonable-time': (days: number, date: string) =>
    `Trwsiwch hyn o fewn ${days} diwrnod, erbyn ${date}, os gwelwch yn dda.`,
  letterReply:
    'Atebwch yn ysgrifenedig, os gwelwch yn dda, i ddweud pryd byddwch chi’n archwilio a phryd bydd y gwaith yn cael ei wneud. Cysylltwch â mi i drefnu ymweliad.',
  letterIfNotComplaints: 'Os na fydd y problemau hyn yn cael eu hunioni, byddaf yn defnyddio eich proses gwyno.',
  letterIfNotOmbudsman: (name: string) =>
    `Os na fydd y problemau hyn yn cael eu hunioni, byddaf yn defnyddio eich proses gwyno ac efallai y byddaf yn gofyn ${toWelsh(name)} ymchwilio.`,
  letterCouncilFallback: 'y cyngor lleol',
  letterIfNotCouncil: (council: string) =>
    `Os na fydd y problemau hyn yn cael eu hunioni o fewn yr amseroedd uchod, efallai y byddaf yn gofyn ${toWelsh(council)} archwilio fy nghartref.`,
  letterExtra: (text: string) => `Gwybodaeth arall: ${text}`,
  letterPhotos: (n: number) =>
    n === 1
      ? 'Mae gen i lun o’r problemau, y gallaf ei anfon atoch.'
      : `Mae gen i ${n} llun o’r problemau, y gallaf eu hanfon atoch.`,
  letterSignOffNamed: 'Yn gywir,',
  letterSignOffUnnamed: 'Yn gywir,',
  letterFooter: (date: string) => `Llythyr am atgyweiriadau, dyddiedig ${date}`,

  // Sending the letter
  sentHowTitle: 'Sut wnaethoch chi anfon y llythyr?',
  sentHowError: 'Dewiswch sut wnaethoch chi anfon y llythyr',
  'sentHow.post': 'Drwy’r post',
  'sentHow.email': 'Drwy e-bost',
  'sentHow.online': 'Ar wefan, ap neu ffurflen ar-lein eich landlord',
  'sentHow.by-hand': 'Â llaw',
  sentOnTitle: 'Pryd wnaethoch chi anfon y llythyr?',
  sentOnHint: (year: string) => `Er enghraifft, 27 3 ${year}`,
  sentOnHintPost: (year: string) => `Y diwrnod y gwnaethoch chi ei bostio. Er enghraifft, 27 3 ${year}`,
  sentDay: 'Diwrnod',
  sentMonth: 'Mis',
  sentYear: 'Blwyddyn',
  sentOnMissing: 'Rhowch y dyddiad y gwnaethoch chi anfon y llythyr',
  sentOnReal: 'Rhaid i’r dyddiad y gwnaethoch chi anfon y llythyr fod yn ddyddiad go iawn',
  sentOnFuture: 'Rhaid i’r dyddiad y gwnaethoch chi anfon y llythyr fod heddiw neu yn y gorffennol',

  // After sending
  'sentBy.post': 'drwy’r post',
  'sentBy.email': 'drwy e-bost',
  'sentBy.online': 'ar-lein',
  'sentBy.by-hand': 'â llaw',
  followCaption: 'Eich llythyr at eich landlord',
  followSent: (how: string, date: string) => `Fe wnaethoch chi anfon eich llythyr ${how} ar ${softDate(date)}.`,
  followWaitTitle: (date: string) => `Arhoswch tan ${softDate(date)}`,
  followWaitUndatedTitle: 'Rhowch amser i’ch landlord ddelio â’r problemau',
  followWaitLead: 'Gofynnodd eich llythyr i’ch landlord:',
  followWaitThen: (date: string) =>
    `Os na fydd y problemau wedi’u trwsio erbyn hynny, dewch yn ôl i’r dudalen hon ar ôl ${date}. Bydd yn dweud wrthych chi beth i’w wneud nesaf.`,
  followWaitUndated:
    'Os na fydd y problemau wedi cael sylw o fewn yr amser y gofynnodd eich llythyr amdano, dewch yn ôl i’r dudalen hon. Bydd yn dweud wrthych chi beth i’w wneud nesaf.',
  followIfNothing: 'Os na fydd dim yn digwydd',
  followFixed:
    'Os bydd eich landlord yn trwsio popeth, does dim angen i chi wneud dim byd arall. Cadwch eich llythyr ac unrhyw atebion.',
  followOverdueTitle: 'Mae amser eich landlord ar ben',
  followOverdueLead: (date: string) => `Dylai eich landlord fod wedi delio â’r problemau hyn erbyn ${date}:`,
  followStillTime: 'Mae gan eich landlord amser o hyd ar gyfer y rhain:',
  followNextTitle: 'Beth i’w wneud nesaf',
  'followDue.reasonable-time': (topic: string, date: string) => `${topic}: trwsio erbyn ${date}`,
  'followDue.urgent': (topic: string, date: string) => `${topic}: gwneud yn ddiogel erbyn ${date} (o fewn 24 awr)`,
  'followDue.awaabs-law-emergency': (topic: string, date: string) =>
    `${topic}: ymchwilio a gwneud yn ddiogel erbyn ${date} (o fewn 24 awr)`,
  'followDue.awaabs-law-significant': (topic: string, date: string, days: number) =>
    date
      ? `${topic}: ymchwilio erbyn ${date}`
      : `${topic}: ymchwilio o fewn ${days} diwrnod gwaith ar ôl cael eich llythyr`,
  followCouncilTitle: (council: string) => `Cysylltwch ${withWelsh(council)}`,
  followCouncil:
    'Dywedwch wrthyn nhw pa broblemau sydd heb eu trwsio a phryd wnaethoch chi anfon eich llythyr. Anfonwch gopi o’ch llythyr atyn nhw os gallwch chi.',
  followComplainTitle: 'Gwnewch gŵyn i’ch landlord',
  followComplain:
    'Defnyddiwch broses gwyno eich landlord. Dywedwch pa broblemau sydd heb eu trwsio a phryd wnaethoch chi anfon eich llythyr. Gofynnwch am eu hateb yn ysgrifenedig.',
  followAwaabsTitle: 'Cyfraith Awaab: y dyddiadau ar gyfer eich llythyr',
  followAwaabs:
    'Rhaid i’ch landlord gadw at y terfynau amser hyn. Maen nhw’n cyfrif o’r diwrnod y gwnaethoch chi anfon eich llythyr. Os gwnaethoch chi ei bostio, maen nhw’n cyfrif o’r diwrnod y cafodd eich landlord ef, a allai fod ddiwrnod neu ddau yn ddiweddarach.',
  followAwaabsEmergency: (date: string, hours: number) =>
    `Ymchwilio a gwneud yn ddiogel o fewn ${hours} awr: erbyn ${date}`,
  followAwaabsInvestigate: (date: string) => `Ymchwilio: erbyn ${date}`,
  followAwaabsSummary: (date: string) =>
    `Anfon crynodeb ysgrifenedig atoch chi o’r hyn y daethon nhw o hyd iddo: erbyn ${date} fan bellaf`,
  followAwaabsSafe: (date: string) => `Gwneud yn ddiogel: erbyn ${date} fan bellaf`,
  followAwaabsWorks: (date: string) => `Dechrau unrhyw waith pellach sydd ei angen: erbyn ${date} fan bellaf`,
  followAwaabsLatest:
    'Mae’r tri dyddiad olaf yn cyfrif o ddiwedd yr ymchwiliad. Os bydd eich landlord yn ymchwilio’n gynt, byddan nhw’n dod yn gynt hefyd.',
  followCopy: 'Copïo eich llythyr fel testun plaen',
  followCopyHint: 'Gallwch chi ei ludo mewn e-bost at y cyngor neu at dîm cwynion eich landlord.',
  followSeeLetter: 'Gweld eich llythyr',
  followChangeSent: 'Newid sut neu pryd wnaethoch chi anfon y llythyr',
};
