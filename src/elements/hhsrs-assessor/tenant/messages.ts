import { translator, type Translate } from '../../i18n.ts';
import { startMessages, tenantLang } from './messages.start.ts';

export { tenantLang, type TenantLang } from './messages.start.ts';

/**
 * Every word the tenant self-check shows, in plain English (GOV.UK style, reading age about 9 to 11: short
 * sentences, everyday words, no "RSPPR"): the first screen's (messages.start.ts) and the rest. Welsh is in
 * messages.cy.ts, key for key, and is fetched only for a page in Welsh; anything missing would fall back to
 * English. Multi-line messages use "\n" between lines.
 */
const en = {
  ...startMessages,

  // Shared
  continue: 'Continue',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  charactersRemaining: (count: number) =>
    `You have ${count.toLocaleString('en-GB')} character${count === 1 ? '' : 's'} remaining`,
  charactersTooMany: (count: number) =>
    `You have ${count.toLocaleString('en-GB')} character${count === 1 ? '' : 's'} too many`,
  or: 'or',
  /** "a, b and c", for a list inside a sentence. */
  list: (items: readonly string[]) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  selectAll: 'Select all that apply.',
  yes: 'Yes',
  no: 'No',
  findCouncil: 'Find your local council on GOV.UK',
  councilPhone: (phone: string) => `Phone: ${phone}`,
  councilHours: (hours: string) => `Opening times: ${hours}`,
  councilWebsite: (name: string) => `${name} website`,
  month: (n: number) =>
    [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ][n - 1] ?? '',
  /** 0 is Sunday, as Date.getUTCDay counts. */
  weekday: (n: number) => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][n] ?? '',

  // Where you live
  nationTitle: 'Where is your home?',
  nationError: 'Select where your home is',
  'nation.england': 'England',
  'nation.wales': 'Wales',
  'nation.scotland': 'Scotland',
  'nation.northern-ireland': 'Northern Ireland',
  outsideTitle: 'This check is for homes in England and Wales',
  'outside.scotland':
    'The rating system this check uses is not used in Scotland. Scotland has its own rules for the condition of homes.\nTell your landlord about the problem in writing and keep a copy.\nIf you rent from a private landlord and they do not fix it, you can apply to the First-tier Tribunal for Scotland (Housing and Property Chamber).\nIf you rent from the council or a housing association, use their complaints process. If that does not work, you can go to the Scottish Public Services Ombudsman.\nShelter Scotland and Citizens Advice Scotland give free advice.',
  'outside.northern-ireland':
    'The rating system this check uses is not used in Northern Ireland. Northern Ireland has its own rules for the condition of homes.\nTell your landlord about the problem in writing and keep a copy.\nIf you rent from a private landlord and they do not fix it, contact your local council’s environmental health team.\nIf you rent from the Housing Executive or a housing association, use their repairs and complaints process. If that does not work, you can go to the Northern Ireland Public Services Ombudsman.\nHousing Rights gives free advice.',
  outsideEmergency: (gas: string) => `In an emergency: if there is a fire, call 999. If you smell gas, call ${gas}.`,

  // Landlord
  landlordTitle: 'Who is your landlord?',
  landlordHint: 'This is who you pay rent to.',
  landlordError: 'Select who your landlord is',
  'landlord.council': 'The council',
  'landlord.housing-association': 'A housing association',
  'landlord.private': 'A private landlord or letting agent',
  'landlord.not-sure': 'I’m not sure',

  // Household
  householdTitle: 'Does anyone who lives in your home fit any of these?',
  householdHint: 'Some people are more at risk from problems in the home. Select all that apply.',
  householdError: 'Select who lives in your home, or select ‘None of these’',
  'household.under-5': 'A child under 5',
  'household.5-to-14': 'A child aged 5 to 14',
  'household.60-to-64': 'Someone aged 60 to 64',
  'household.65-plus': 'Someone aged 65 or over',
  'household.health-condition': 'Someone with a long-term illness, such as asthma or a heart or lung condition',
  'household.none': 'None of these',

  // Problems
  problemsTitle: 'What problems do you have in your home?',
  problemsHint: 'Select all that apply. We will ask about each one.',
  problemsError: 'Select at least one problem',
  'topic.damp-and-mould': 'Damp or mould',
  'topic.cold': 'Cold home, heating or hot water',
  'topic.heat': 'Home too hot',
  'topic.falls': 'Stairs, steps, floors or windows',
  'topic.fire': 'Fire safety or smoke alarms',
  'topic.electrics': 'Electrics, sockets or wiring',
  'topic.gas': 'Gas or carbon monoxide',
  'topic.pests-and-rubbish': 'Mice, rats, insects or rubbish',
  'topic.water-and-drainage': 'Water, toilet or drains',
  'topic.kitchen-and-bathroom': 'Kitchen or bathroom',
  'topic.security': 'Doors, windows or locks',
  'topic.noise-and-light': 'Noise or light',
  'topic.crowding': 'Not enough space or bedrooms',
  'topic.structure': 'Walls, ceilings or roof',

  // What is the problem?
  kindsTitle: 'What is the problem?',
  kindsError: 'Select what the problem is',
  'kind.mould': 'Black or green mould on walls, ceilings, furniture or clothes',
  'kind.damp-patches': 'Damp patches or wet walls',
  'kind.condensation': 'Lots of water on windows and walls',
  'kind.water-coming-in': 'Water coming in through the roof, walls or windows',
  'kind.musty-smell': 'A musty smell, or things getting damp or spoiled',
  'kind.no-heating': 'The heating does not work at all',
  'kind.no-hot-water': 'There is no hot water',
  'kind.some-rooms-cold': 'Some rooms cannot be heated',
  'kind.will-not-warm-up': 'The heating is on but the home will not get warm',
  'kind.draughts': 'Cold draughts from windows or doors',
  'kind.too-hot': 'The home gets too hot, for example in summer or under the roof',
  'kind.heating-stuck-on': 'The heating cannot be turned down or off',
  'kind.windows-do-not-open': 'Windows cannot be opened to let air in',
  'kind.stair-rail': 'A stair rail or banister is missing, loose or broken',
  'kind.stairs-damaged': 'Stairs or steps are broken, uneven or slippery',
  'kind.floors': 'Floors are uneven, broken or slippery',
  'kind.bath-or-shower': 'The bath or shower is hard to get in and out of safely',
  'kind.window-or-balcony': 'A window, balcony or landing a child could fall from',
  'kind.fire-now': 'There is a fire or smoke now',
  'kind.no-smoke-alarm': 'There is no smoke alarm, or it does not work',
  'kind.hard-to-escape': 'It would be hard to get out in a fire',
  'kind.fire-doors': 'Fire doors in the building are broken or do not close',
  'kind.exposed-wires': 'Bare wires, sparks, or a burning smell from sockets or switches',
  'kind.water-on-electrics': 'Water leaking onto lights, sockets or the fuse box',
  'kind.damaged-sockets': 'Broken or cracked sockets, switches or lights',
  'kind.power-keeps-tripping': 'The electricity keeps going off',
  'kind.too-few-sockets': 'Not enough sockets, so we use lots of extension leads',
  'kind.gas-smell': 'I can smell gas',
  'kind.carbon-monoxide': 'A carbon monoxide alarm is going off, or people feel dizzy, sick or get headaches at home',
  'kind.appliance-faulty': 'A gas boiler, fire or cooker has yellow or orange flames, or black marks around it',
  'kind.no-co-alarm': 'There is no carbon monoxide alarm near a gas, coal or wood fire or boiler',
  'kind.no-gas-safety-check': 'The gas has not been safety checked in the last year',
  'kind.mice-or-rats': 'Mice or rats',
  'kind.insects': 'Cockroaches, bed bugs or other insects',
  'kind.gaps-where-pests-get-in': 'Holes or gaps where pests get in',
  'kind.rubbish': 'Nowhere safe to keep rubbish, or bins not emptied',
  'kind.no-water': 'No water comes out of the taps',
  'kind.dirty-water': 'Tap water is dirty, or smells or tastes wrong',
  'kind.sewage': 'Sewage or dirty water is coming up into the home',
  'kind.no-toilet': 'There is no toilet that works',
  'kind.blocked-drains': 'A sink, bath, toilet or drain is blocked or leaking',
  'kind.old-lead-pipes': 'Old lead water pipes, or old flaking paint',
  'kind.no-cooker': 'No working cooker, or nowhere safe to make food',
  'kind.kitchen-broken': 'Kitchen sink, worktops or cupboards are broken or cannot be cleaned',
  'kind.bathroom-broken': 'The bath, shower, basin or toilet is broken',
  'kind.burn-risk': 'A cooker, heater or hot pipe someone could get burned on',
  'kind.hard-to-use': 'The kitchen or bathroom is too small or hard to use safely',
  'kind.door-will-not-lock': 'The front or back door will not lock or is broken',
  'kind.windows-will-not-lock': 'Windows that someone could climb in through will not lock',
  'kind.shared-entrance': 'The shared entrance door or entry phone is broken',
  'kind.doors-or-windows-trap': 'A door or window could trap fingers or hit someone',
  'kind.too-dark': 'Rooms are too dark, with little daylight',
  'kind.lights-not-working': 'Lights do not work, for example on the stairs',
  'kind.noise-comes-through': 'Noise comes through thin walls, floors or windows',
  'kind.noisy-equipment': 'Loud noise from the boiler, pipes, a lift or a pump',
  'kind.not-enough-bedrooms': 'Not enough bedrooms for everyone',
  'kind.sleeping-in-living-room': 'People have to sleep in the living room or kitchen',
  'kind.no-space': 'Not enough space to cook, eat or spend time together',
  'kind.ceiling-falling': 'A ceiling, wall or part of the roof is sagging or falling down',
  'kind.cracks': 'Large cracks in walls or ceilings',
  'kind.loose-outside': 'Loose roof tiles, gutters or a chimney that could fall',
  'kind.damaged-old-boards': 'Old, damaged boards, ceilings or pipe covers that might contain asbestos',
  'kindHint.noise-comes-through':
    'If the problem is your neighbours being loud, the council’s noise team can help with that.',

  // How bad is it?
  severityError: 'Select how bad it is',
  'severityTitle.damp-and-mould': 'How much damp or mould is there?',
  'severityTitle.cold': 'How cold does your home get?',
  'severityTitle.heat': 'How hot does your home get?',
  'severityTitle.falls': 'Has anyone fallen or nearly fallen?',
  'severityTitle.pests-and-rubbish': 'How bad is it?',
  'severityTitle.noise-and-light': 'How much does it affect you?',
  'severity.damp-and-mould.low': 'A small patch, smaller than a sheet of paper',
  'severity.damp-and-mould.medium': 'Several patches, or in more than one room',
  'severity.damp-and-mould.high': 'Large areas, or it keeps coming back after cleaning',
  'severity.cold.low': 'A bit cold, but we can keep warm',
  'severity.cold.medium': 'Cold enough that we wear coats indoors or stay in one room',
  'severity.cold.high': 'So cold we cannot get warm at all',
  'severity.heat.low': 'A bit too hot at times',
  'severity.heat.medium': 'Too hot to sleep well',
  'severity.heat.high': 'So hot that someone feels unwell',
  'severity.falls.low': 'No, but someone could',
  'severity.falls.medium': 'Someone has nearly fallen',
  'severity.falls.high': 'Someone has fallen or been hurt',
  'severity.pests-and-rubbish.low': 'We have seen signs once or twice',
  'severity.pests-and-rubbish.medium': 'We see them or their droppings often',
  'severity.pests-and-rubbish.high': 'They are everywhere, or near our food',
  'severity.noise-and-light.low': 'It is annoying',
  'severity.noise-and-light.medium': 'It stops us sleeping or doing everyday things',
  'severity.noise-and-light.high': 'It is making someone unwell',

  // Is it cold now?
  coldNowTitle: 'Is the weather cold at the moment?',
  coldNowHint: 'For example, you would normally have the heating on.',
  coldNowError: 'Select yes if the weather is cold at the moment',

  // When and where
  sinceTitle: 'When did you first notice the problem?',
  sinceError: 'Select when you first noticed the problem',
  'since.this-week': 'In the last week',
  'since.this-month': 'In the last month',
  'since.1-to-6-months': 'Between 1 and 6 months ago',
  'since.over-6-months': 'More than 6 months ago',
  roomsTitle: 'Where is the problem?',
  roomsError: 'Select where the problem is',
  'room.kitchen': 'Kitchen',
  'room.bathroom': 'Bathroom or toilet',
  'room.bedroom': 'Bedroom',
  'room.living-room': 'Living room',
  'room.hall-and-stairs': 'Hall, stairs or landing',
  'room.shared-areas': 'Shared parts of the building, such as the entrance',
  'room.outside': 'Outside, such as the roof, walls or garden',

  // Emergencies
  emergencyCaption: 'Get help now',
  'emergencyTitle.fire': 'If there is a fire, get out and call 999',
  'emergencyTitle.gas': (phone: string) => `If you smell gas, call ${phone} now`,
  'emergencyTitle.carbon-monoxide': 'Get everyone into fresh air now',
  'emergencyTitle.electric-shock-risk': 'Stay away from the wires and make it safe',
  'emergencyTitle.collapse': 'Keep everyone away from it',
  'emergencyTitle.no-heat-vulnerable': 'Ask your landlord to fix this today',
  'emergencyTitle.no-water': 'Call your landlord’s emergency repairs number now',
  'emergencyTitle.sewage': 'Keep away from the dirty water and call your landlord now',
  'emergencyTitle.no-toilet': 'Call your landlord’s emergency repairs number now',
  'emergencyTitle.insecure-home': 'Call your landlord’s emergency repairs number now',
  'emergency.fire':
    'Get everyone out. Close doors behind you.\nCall 999 when you are outside and ask for the fire service.\nDo not go back inside.',
  'emergency.gas': (phone: string) =>
    `Open doors and windows.\nDo not use light switches, plugs or anything with a flame. Do not smoke.\nTurn the gas off at the meter if you can do it safely.\nGo outside and call ${phone}. It is free, day and night.`,
  'emergency.carbon-monoxide': (phone: string) =>
    `Turn off gas, coal or wood fires and boilers if you can. Open doors and windows.\nGo outside and call ${phone}. It is free, day and night.\nIf anyone feels unwell, call NHS 111. If someone is very unwell, call 999.`,
  'emergency.electric-shock-risk':
    'Do not touch the wires, or anything wet near them.\nIf it is safe and dry, turn the power off at the fuse box (also called the consumer unit).\nCall your landlord’s emergency repairs number now. If you cannot reach them, call an electrician.',
  'emergency.collapse':
    'Move away and keep children and pets out of that room.\nCall your landlord’s emergency repairs number now.\nIf it could fall on someone now, call 999.',
  'emergency.no-heat-vulnerable':
    'No heating or hot water in cold weather is an emergency for young children and older people.\nCall your landlord’s emergency repairs number now, day or night.\nKeep one room warm if you can, and wear warm layers.\nIf someone feels unwell, call NHS 111.',
  'emergency.no-water':
    'First check with a neighbour or your water company: the water to your street may be off.\nIf it is only your home, call your landlord’s emergency repairs number now.',
  'emergency.sewage':
    'Keep children and pets away from it.\nWash your hands well if you touch anything.\nCall your landlord’s emergency repairs number now.',
  'emergency.no-toilet': 'Having no toilet that works is an emergency repair.\nCall your landlord now, day or night.',
  'emergency.insecure-home':
    'A front or back door that will not lock is an emergency repair.\nIf you are in danger now, call 999.',
  emergencyLandlordNumber:
    'Your landlord’s emergency repairs number is often on your tenancy agreement, rent statement or their website.',
  emergencyCarryOn: 'When everyone is safe, you can carry on with this check. Your answers are saved.',

  // Told the landlord
  toldTitle: 'Have you told your landlord about these problems?',
  toldError: 'Select if you have told your landlord',
  'told.in-writing': 'Yes, in writing (for example, by letter, email or text)',
  'told.not-in-writing': 'Yes, but not in writing (for example, by phone or in person)',
  'told.no': 'No, not yet',

  // When the landlord first knew
  toldWhenTitle: 'When did your landlord first know about these problems?',
  toldWhenLead:
    'Some time limits count from when your landlord first knew, however you told them, not from the date of this letter.',
  toldHowTitle: 'How did you first tell them?',
  'toldHow.phone': 'Phone call',
  'toldHow.repair-report': 'Repair report or online form',
  'toldHow.visit': 'In person, or at a visit',
  'toldHow.email': 'Email',
  'toldHow.letter': 'Letter by post',
  'toldHow.other': 'Another way',
  toldHowError: 'Select how you first told your landlord',
  toldDateTitle: 'When did you first tell them?',
  toldDateHint: (year: string) => `For example, 3 9 ${year}. For a letter, the day you posted it.`,
  toldDateUnknown: 'I do not know the exact date',
  toldWhenMissing: 'Enter the date you first told your landlord, or select that you do not know the exact date',
  toldWhenReal: 'The date you first told your landlord must be a real date',
  toldWhenFuture: 'The date you first told your landlord must be today or in the past',
  toldWhenAnswer: (how: string, date: string) => `${how} on ${date}`,
  toldWhenAnswerUnknown: (how: string) => `${how}, date not known`,
  atLatest: (date: string) => `${date} at the latest`,
  'awareBasis.told': (date: string) => `These dates count from ${date}, when you first told your landlord.`,
  'awareBasis.letter-arrives': (date: string) =>
    `These dates count from ${date}, the day a letter posted on the date you gave would arrive. If it went first class, they may be earlier.`,
  'awareBasis.date-unknown': (date: string) =>
    `You do not know the exact day you first told your landlord, so these dates count from ${date}, the date of your letter. They are the latest your landlord has: the real dates may be earlier.`,
  'awareBasis.in-force': (date: string) =>
    `You told your landlord before Awaab’s Law started, so these dates count from ${date}, the day it started.`,

  // Check your answers
  checkTitle: 'Check your answers',
  checkAboutYou: 'About you and your home',
  checkChange: 'Change',
  'checkRow.nation': 'Where your home is',
  'checkRow.landlord': 'Your landlord',
  'checkRow.household': 'Who lives there',
  'checkRow.problems': 'Problems',
  'checkRow.kinds': 'What the problem is',
  'checkRow.severity': 'How bad it is',
  'checkRow.cold-now': 'Cold weather now',
  'checkRow.since': 'When you noticed it',
  'checkRow.rooms': 'Where',
  'checkRow.told': 'Told your landlord',
  'checkRow.toldWhen': 'How and when you first told them',
  checkContinue: 'See the results',

  // Results
  resultsTitle: 'What your answers suggest',
  resultsNotOfficial:
    'This is not an official assessment. Only the council can decide how serious a hazard is, by inspecting your home. Your landlord should still fix problems that are less serious.',
  'seriousnessTag.urgent': 'Urgent',
  'seriousnessTag.serious': 'Could be serious',
  'seriousnessTag.moderate': 'Could be a hazard',
  'seriousnessTag.minor': 'Probably minor',
  'seriousness.urgent': 'This could be an emergency. The next page says what to do now.',
  'seriousness.serious': 'This could be a serious hazard. The council decides by inspecting your home.',
  'seriousness.moderate':
    'This could be a hazard that your landlord needs to fix. The council decides by inspecting your home.',
  'seriousness.minor': 'This is probably a minor problem, but your landlord should still fix it.',
  resultsInspector: 'A council inspector would check it as:',
  'atRisk.under-5': 'A child under 5 lives in your home. Young children are more at risk from this.',
  'atRisk.5-to-14': 'A child aged 5 to 14 lives in your home. Children are more at risk from this.',
  'atRisk.60-to-64': 'Someone aged 60 or over lives in your home. They are more at risk from this.',
  'atRisk.65-plus': 'Someone aged 65 or over lives in your home. They are more at risk from this.',
  'atRisk.health-condition': 'Someone in your home has a long-term illness, which can make this worse for them.',
  'atRisk.none': '',
  resultsContinue: 'See what to do next',

  // Hazard names (HHSRS Schedule 1), for "a council inspector would check it as"
  'hazard.1': 'Damp and mould growth',
  'hazard.2': 'Excess cold',
  'hazard.3': 'Excess heat',
  'hazard.4': 'Asbestos and manufactured mineral fibres',
  'hazard.5': 'Biocides',
  'hazard.6': 'Carbon monoxide and fuel combustion products',
  'hazard.7': 'Lead',
  'hazard.8': 'Radiation',
  'hazard.9': 'Uncombusted fuel gas',
  'hazard.10': 'Volatile organic compounds',
  'hazard.11': 'Crowding and space',
  'hazard.12': 'Entry by intruders',
  'hazard.13': 'Lighting',
  'hazard.14': 'Noise',
  'hazard.15': 'Domestic hygiene, pests and refuse',
  'hazard.16': 'Food safety',
  'hazard.17': 'Personal hygiene, sanitation and drainage',
  'hazard.18': 'Water supply',
  'hazard.19': 'Falls associated with baths etc.',
  'hazard.20': 'Falling on level surfaces etc.',
  'hazard.21': 'Falling on stairs etc.',
  'hazard.22': 'Falling between levels',
  'hazard.23': 'Electrical hazards',
  'hazard.24': 'Fire',
  'hazard.25': 'Flames, hot surfaces etc.',
  'hazard.26': 'Collision and entrapment',
  'hazard.27': 'Explosions',
  'hazard.28': 'Position and operability of amenities etc.',
  'hazard.29': 'Structural collapse and falling elements',
  hazardNumber: (n: number, name: string) => `${name} (hazard ${n} of 29)`,

  // Next steps
  nextTitle: 'What to do next',
  nextGetHelpNow: 'Get help now',
  nextThen: 'Then',
  nextWriteTitle: 'Tell your landlord in writing',
  nextWrite:
    'Send your landlord the letter at the end of this check, by email or post. Keep a copy. A letter shows when your landlord knew about the problems.',
  nextAlreadyToldTitle: 'Send your landlord this letter as well',
  nextAlreadyTold:
    'You have told your landlord in writing already. This letter lists every problem and the date, which helps if you need to go further.',
  nextAsking: 'The letter asks:',
  'nextTerm.awaabs-law-emergency': (topic: string, hours: number) =>
    `${topic}: investigate and make safe within ${hours} hours`,
  'nextTerm.awaabs-law-significant': (topic: string, days: number, date: string) =>
    date
      ? `${topic}: investigate within ${days} working days (by ${date})`
      : `${topic}: investigate within ${days} working days`,
  'nextTerm.urgent': (topic: string, hours: number) => `${topic}: make safe within ${hours} hours`,
  'nextTerm.reasonable-time': (topic: string, days: number, date: string) =>
    `${topic}: fix within ${days} days (by ${date})`,
  nextAwaabsTitle: 'Awaab’s Law: time limits for your landlord',
  nextAwaabs: (hours: number, investigate: number, summary: number, safe: number) =>
    `Council and housing association landlords in England must deal with some problems within set times:\nEmergencies: investigate and make safe within ${hours} hours.\nDamp and mould: investigate within ${investigate} working days. Then send you a written summary within ${summary} working days, and make it safe within ${safe} working days.`,
  nextAwaabsCovered: 'The time limits cover these problems of yours:',
  nextAwaabsNotCovered:
    'They do not cover these problems yet, but your landlord should still fix them in a reasonable time:',
  nextAwaabsSource: (source: string, asOf: string) =>
    `Source: ${source}. Time limits as published on ${asOf}. Check them locally, as they can change.`,
  nextAwaabsUnsettled:
    'Two points are not settled yet, so check them locally: whether the 24 hours to make an emergency safe count from when your landlord knew or from the end of their investigation; and whether work to stop a problem coming back must start within 5 working days of the investigation, or only within 12 weeks.',
  nextNoAwaabsWalesTitle: 'Awaab’s Law does not apply in Wales',
  nextNoAwaabsWales:
    'Awaab’s Law sets time limits for council and housing association landlords in England only. In Wales, your landlord should still fix problems in a reasonable time.',
  nextAwaabsSocialOnlyTitle: 'Awaab’s Law',
  nextAwaabsSocialOnly:
    'You may have heard of Awaab’s Law. Its time limits are for council and housing association landlords, not private landlords. Your landlord should still fix problems in a reasonable time.',
  nextAwaabsIfSocialTitle: 'If your landlord is the council or a housing association',
  nextAwaabsIfSocial:
    'Awaab’s Law gives council and housing association landlords in England time limits for damp and mould, and for emergencies.',
  nextFindLandlordTitle: 'Find out who your landlord is',
  nextFindLandlord:
    'Look at your tenancy agreement or rent statement. If you pay rent to the council or a housing association, you can go back and change your answer.',
  nextKeepRecordsTitle: 'Keep a record',
  nextKeepRecords:
    'Take photos of the problems, with the date. Keep copies of letters, emails and texts. Write down when you phone and who you spoke to.',
  nextComplainTitle: 'If your landlord does not fix it',
  nextComplain: 'Make a complaint using your landlord’s complaints process. Ask for their reply in writing.',
  'nextOmbudsman.housing-ombudsman':
    'If your landlord does not put things right after your complaint, you can ask the Housing Ombudsman to look into it. It is free.',
  'nextOmbudsman.public-services-ombudsman-for-wales':
    'If your landlord does not put things right after your complaint, you can ask the Public Services Ombudsman for Wales to look into it. It is free.',
  'ombudsmanUrl.housing-ombudsman': 'https://www.housing-ombudsman.org.uk',
  'ombudsmanUrl.public-services-ombudsman-for-wales': 'https://www.ombudsman.wales',
  ombudsmanLink: (name: string) => `${name} website`,
  ombudsmanTitle: (name: string) => `Ask the ${name}`,
  'ombudsmanName.housing-ombudsman': 'Housing Ombudsman',
  'ombudsmanName.public-services-ombudsman-for-wales': 'Public Services Ombudsman for Wales',
  nextCouncilNowTitle: (council: string) => `Contact ${council} now`,
  nextCouncilAfterTitle: (council: string, date: string) => `If it is not fixed by ${date}, contact ${council}`,
  nextCouncilAfterAskTitle: (council: string, date: string) =>
    `If your landlord has not done what the letter asks by ${date}, contact ${council}`,
  nextCouncilIfNotSafeTitle: (council: string) => `If it is not made safe, contact ${council}`,
  nextCouncil:
    'The council’s private housing team (sometimes called environmental health) can inspect your home. They use the rating system this check is based on, and can make a landlord fix serious hazards.',
  nextCouncilHousingAssociation: 'The council can inspect housing association homes too.',
  nextCrowdingTitle: 'Help with not having enough space',
  nextCrowding: (council: string) =>
    `${capitalise(council)}’s housing team can check if your home is overcrowded by law, and tell you about your housing options.`,
  nextContinue: 'Write your letter',

  // Letter details
  detailsTitle: 'Your details for the letter',
  detailsHint: 'We only use these to write your letter. They stay on this device.',
  detailsName: 'Your full name',
  detailsNameError: 'Enter your full name',
  detailsAddress: 'Your address',
  detailsAddressHint: 'Include your postcode.',
  detailsAddressError: 'Enter your address',
  detailsLandlord: 'Your landlord’s or letting agent’s name (optional)',
  detailsContact: 'Your phone number or email address (optional)',
  detailsContactHint: 'So your landlord can contact you to arrange a visit.',
  detailsExtra: 'Anything else you want to say (optional)',
  detailsExtraHint: 'For example, when you told your landlord before, or a reference number.',
  detailsContinue: 'Make the letter',
  photosLabel: 'Photos of the problems (optional)',
  photosHint:
    'Photos stay on this device. We remove the location and camera details from them. You can download the cleaned copies to send with your letter.',
  photosTooMany: (max: number) => `You can add up to ${max} photos.`,
  photosAdding: 'Adding your photos…',
  photosAdded: (n: number) => (n === 1 ? '1 photo added.' : `${n} photos added.`),
  photoAlt: (n: number) => `Photo ${n}`,
  photoDownload: 'Download',
  photoRemove: 'Remove',
  photoHidden: (n: number) => ` photo ${n}`,
  /** Why a photo was refused: `detail` is the checker's own explanation, in English. */
  photoRefused: (_name: string, detail: string) => detail,
  photosUnavailable: 'Your photos could not be added. Check your connection, then try again.',

  // The letter
  letterTitle: 'Your letter to your landlord',
  letterHowToSend:
    'Check the letter. Then email it or post it to your landlord, and keep a copy. If you post it, ask the post office for proof of postage.',
  letterPrint: 'Print the letter',
  letterPdf: 'Download as PDF',
  letterCopy: 'Copy as plain text',
  letterCopied: 'Letter copied. You can paste it into an email to your landlord.',
  letterCopyFailed: 'Your browser did not let us copy the letter. Select the text below and copy it.',
  letterCopyLabel: 'The letter as plain text',
  letterPdfMaking: 'Making the PDF…',
  letterPdfReady: 'The PDF has been downloaded.',
  letterPdfFailed: 'The PDF could not be made. Print the letter instead, or copy it as plain text.',
  letterChangeDetails: 'Change your details',
  letterLangTitle: 'Which language do you want the letter in?',
  'letterLang.cy': 'Welsh',
  'letterLang.en': 'English',
  letterSentTitle: 'After you send the letter',
  letterSentText:
    'Tell us how and when you sent it. We will tell you how long your landlord has, and what to do if the problems are not fixed.',
  letterSentButton: 'I have sent the letter',
  letterFileName: 'letter-to-landlord.pdf',
  letterSubject: (address: string) => (address ? `Repairs needed at ${address}` : 'Repairs needed at my home'),
  letterTo: (name: string) => (name ? `To: ${name}` : 'To: my landlord'),
  letterDear: (name: string) => (name ? `Dear ${name},` : 'Dear Sir or Madam,'),
  letterOpening: 'I am writing to ask you to repair problems in my home. They are listed below.',
  'letterTold.in-writing': 'I have told you about these problems in writing before.',
  'letterTold.not-in-writing': 'I have told you about these problems before, but not in writing.',
  letterFirstTold: (date: string) => `I first told you about them on ${date}.`,
  'letterTold.no': '',
  letterHousehold: (people: string) => `The people who live here include ${people}.`,
  'letterGroup.under-5': 'a child under 5',
  'letterGroup.5-to-14': 'a child aged 5 to 14',
  'letterGroup.60-to-64': 'someone aged 60 to 64',
  'letterGroup.65-plus': 'someone aged 65 or over',
  'letterGroup.health-condition': 'someone with a long-term illness',
  'letterGroup.none': '',
  letterProblem: (n: number, topic: string) => `Problem ${n}: ${topic}`,
  letterRowWhat: 'The problem',
  letterRowHowBad: 'How bad it is',
  letterRowWhere: 'Where',
  letterRowSince: 'When I first noticed it',
  letterRowAsk: 'What I am asking you to do',
  letterRowByWhen: 'By when',
  letterWholeHome: 'My home',
  'letterAsk.damp-and-mould': 'Find and fix the cause of the damp, remove the mould safely and repair any damage.',
  'letterAsk.cold': 'Repair the heating or hot water, and make it possible to keep my home warm.',
  'letterAsk.heat': 'Make it possible to keep my home at a safe temperature.',
  'letterAsk.falls': 'Repair or fit what is needed so that the stairs, floors and windows are safe.',
  'letterAsk.fire': 'Make my home safe from fire, with working smoke alarms and a safe way out.',
  'letterAsk.electrics': 'Have a qualified electrician check the electrics and make them safe.',
  'letterAsk.gas': 'Have a Gas Safe registered engineer check the gas and make it safe.',
  'letterAsk.pests-and-rubbish':
    'Get rid of the pests, block the gaps they use, and make sure there is safe storage for rubbish.',
  'letterAsk.water-and-drainage': 'Repair the water supply, toilet or drains.',
  'letterAsk.kitchen-and-bathroom': 'Repair or replace the kitchen or bathroom fittings so they are safe to use.',
  'letterAsk.security': 'Repair the doors, windows or locks so my home is secure.',
  'letterAsk.noise-and-light': 'Repair what is causing the noise or the lack of light.',
  'letterAsk.crowding': 'Talk to me about the lack of space and what can be done about it.',
  'letterAsk.structure': 'Have the walls, ceilings or roof inspected and made safe.',
  'letterBy.awaabs-law-emergency': (hours: number) =>
    `Please investigate and make it safe within ${hours} hours. I believe this is an emergency hazard. Awaab’s Law requires social landlords in England to investigate emergency hazards and make them safe within ${hours} hours.`,
  'letterBy.awaabs-law-significant': (days: number, date: string, summary: number, safe: number) =>
    `${date ? `Please investigate within ${days} working days, by ${date}.` : `Please investigate within ${days} working days.`} Awaab’s Law requires social landlords in England to investigate damp and mould within ${days} working days. They must then send a written summary within ${summary} working days and make it safe within ${safe} working days.`,
  'letterBy.urgent': (hours: number) => `Please make it safe within ${hours} hours, as this is an emergency.`,
  'letterBy.reasonable-time': (days: number, date: string) => `Please fix it within ${days} days, by ${date}.`,
  letterReply:
    'Please reply in writing to tell me when you will inspect and when the work will be done. Please contact me to arrange a visit.',
  letterIfNotComplaints: 'If these problems are not put right, I will use your complaints process.',
  letterIfNotOmbudsman: (name: string) =>
    `If these problems are not put right, I will use your complaints process and may ask the ${name} to look into it.`,
  letterCouncilFallback: 'the local council',
  letterIfNotCouncil: (council: string) =>
    `If these problems are not put right in the times above, I may ask ${council} to inspect my home.`,
  letterExtra: (text: string) => `Other information: ${text}`,
  letterPhotos: (n: number) =>
    n === 1
      ? 'I have a photo of the problems, which I can send you.'
      : `I have ${n} photos of the problems, which I can send you.`,
  letterSignOffNamed: 'Yours sincerely,',
  letterSignOffUnnamed: 'Yours faithfully,',
  letterFooter: (date: string) => `Letter about repairs, dated ${date}`,

  // Sending the letter
  sentHowTitle: 'How did you send the letter?',
  sentHowError: 'Select how you sent the letter',
  'sentHow.post': 'By post',
  'sentHow.email': 'By email',
  'sentHow.online': 'On your landlord’s website, app or online form',
  'sentHow.by-hand': 'By hand',
  sentOnTitle: 'When did you send the letter?',
  sentOnHint: (year: string) => `For example, 27 3 ${year}`,
  sentOnHintPost: (year: string) => `The day you posted it. For example, 27 3 ${year}`,
  sentDay: 'Day',
  sentMonth: 'Month',
  sentYear: 'Year',
  sentOnMissing: 'Enter the date you sent the letter',
  sentOnReal: 'The date you sent the letter must be a real date',
  sentOnFuture: 'The date you sent the letter must be today or in the past',

  // After sending: waiting, then what to do when the landlord's time is up
  'sentBy.post': 'by post',
  'sentBy.email': 'by email',
  'sentBy.online': 'online',
  'sentBy.by-hand': 'by hand',
  followCaption: 'Your letter to your landlord',
  followSent: (how: string, date: string) => `You sent your letter ${how} on ${date}.`,
  followWaitTitle: (date: string) => `Wait until ${date}`,
  followWaitUndatedTitle: 'Give your landlord time to deal with the problems',
  followWaitLead: 'Your letter asked your landlord to:',
  followWaitThen: (date: string) =>
    `If the problems are not fixed by then, come back to this page after ${date}. It will tell you what to do next.`,
  followWaitUndated:
    'If the problems are not dealt with in the time your letter asked for, come back to this page. It will tell you what to do next.',
  followIfNothing: 'If nothing happens',
  followFixed:
    'If your landlord fixes everything, you do not need to do anything else. Keep your letter and any replies.',
  followOverdueTitle: 'Your landlord’s time is up',
  followOverdueLead: (date: string) => `Your landlord should have dealt with these problems by ${date}:`,
  followStillTime: 'Your landlord still has time for these:',
  followNextTitle: 'What to do next',
  'followDue.reasonable-time': (topic: string, date: string) => `${topic}: fix by ${date}`,
  'followDue.urgent': (topic: string, date: string) => `${topic}: make safe by ${date} (within 24 hours)`,
  'followDue.awaabs-law-emergency': (topic: string, date: string) =>
    `${topic}: investigate and make safe by ${date} (within 24 hours)`,
  'followDue.awaabs-law-significant': (topic: string, date: string, days: number) =>
    date
      ? `${topic}: investigate by ${date}`
      : `${topic}: investigate within ${days} working days of getting your letter`,
  followCouncilTitle: (council: string) => `Contact ${council}`,
  followCouncil:
    'Tell them which problems have not been fixed and when you sent your letter. Send them a copy of your letter if you can.',
  followComplainTitle: 'Make a complaint to your landlord',
  followComplain:
    'Use your landlord’s complaints process. Say which problems have not been fixed and when you sent your letter. Ask for their reply in writing.',
  followAwaabsTitle: 'Awaab’s Law: the dates for your letter',
  followAwaabs:
    'Your landlord must meet these time limits. They count from the day you sent your letter. If you posted it, they count from the day your landlord got it, which may be a day or two later.',
  followAwaabsEmergency: (date: string, hours: number) => `Investigate and make safe within ${hours} hours: by ${date}`,
  followAwaabsInvestigate: (date: string) => `Investigate: by ${date}`,
  followAwaabsSummary: (date: string) => `Send you a written summary of what they found: by ${date} at the latest`,
  followAwaabsSafe: (date: string) => `Make it safe: by ${date} at the latest`,
  followAwaabsWorks: (date: string) => `Start any further work needed: by ${date} at the latest`,
  followAwaabsLatest:
    'The last three dates count from the end of the investigation. If your landlord investigates sooner, they come sooner too.',
  followCopy: 'Copy your letter as plain text',
  followCopyHint: 'You can paste it into an email to the council or your landlord’s complaints team.',
  followSeeLetter: 'See your letter',
  followChangeSent: 'Change how or when you sent the letter',
};

/** Puts a capital letter at the start, for a council name used at the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type TenantMessages = typeof en;
export type TenantKey = keyof TenantMessages;
export type TenantTranslate = Translate<TenantMessages>;

/** The catalogue in the page's language: `welsh` is messages.cy.ts's `cy`, once it has been fetched. */
export function tenantMessages(lang: string | null | undefined, welsh?: TenantMessages): TenantTranslate {
  return translator(en, welsh ? { cy: welsh } : {}, tenantLang(lang));
}
