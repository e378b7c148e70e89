/** The register's frame and first screens: menu, banners, the name prompt, the properties list, paging. */
export const shellMessages = {
  opening: 'Opening the register…',
  loading: 'Loading…',
  problemTitle: 'There is a problem',
  storageFailed: (kind: string) =>
    ({
      quota:
        'This device is out of storage space, so your latest changes are not saved. Export the register ' +
        'to a file now, then free some space.',
      unavailable:
        'This browser stopped letting the page save. Export the register to a file before you close ' + 'the page.',
    })[kind] ?? 'Your latest changes could not be saved. Try again, or export the register to a file.',
  errorSummaryTitle: 'There is a problem',
  navLabel: 'Hazard register',
  navProperties: 'Properties',
  navHazards: 'Hazards',
  navActions: 'Actions',
  navReport: 'Compliance report',
  navData: 'Import and export',
  navSettings: 'Settings',
  backupReminderTitle: 'Back up your register',
  backupNever:
    'This register has never been exported. It is kept only in this browser: if the browser’s data is cleared, it is gone.',
  backupDays: (days: number) =>
    `Nothing has been exported from this register for ${days} days. It is kept only in this browser: download a backup so it is not lost if the browser’s data is cleared.`,
  backupGoThere: 'Download a backup',
  whoTitle: 'Before you start',
  whoIntro: 'Every change you make to the register is recorded with your name, the date and time, and what changed.',
  whoLabel: 'Your name',
  whoHint: 'It is kept on this device, so you only type it once.',
  whoMissing: 'Enter your name',
  whoSave: 'Continue',
  paginationLabel: (noun: string) => `Pages of ${noun}`,
  showing: (first: string, last: string, total: string, noun: string) =>
    `Showing ${first} to ${last} of ${total} ${noun}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  propertiesTitle: 'Properties',
  propertiesNoun: 'properties',
  addProperty: 'Add a property',
  addScheme: 'Add a housing scheme',
  changeScheme: (name: string) => `Change or delete the housing scheme ${name}`,
  findProperties: 'Find properties',
  searchLabel: 'Find a property',
  searchHint: 'Type the start of its reference or postcode, or words of its address',
  searchButton: 'Search',
  schemeFilterLabel: 'Housing scheme',
  allSchemes: 'All housing schemes',
  sortLabel: 'Sort by',
  sortReference: 'Reference (A to Z)',
  sortReferenceDesc: 'Reference (Z to A)',
  sortNextInspection: 'Next inspection date (soonest first)',
  nextInspectionSortNote:
    'Properties with no inspection booked are not in this list: sort by reference to see them, or check item 1 of the compliance report.',
  matchedReference: (search: string) => `Properties whose reference starts with “${search}”.`,
  matchedPostcode: (search: string) =>
    `No reference starts with “${search}”, so these are properties whose postcode does.`,
  matchedAddress: (search: string) =>
    `No reference or postcode starts with “${search}”, so these are properties with address words that start with each word you typed.`,
  noPropertiesYet:
    'There are no properties in the register yet. Add one, or import them from a spreadsheet under Import and export.',
  noPropertiesMatch: 'No properties match. Check the spelling, or clear the search.',
  colReference: 'Reference',
  colAddress: 'Address',
  colScheme: 'Housing scheme',
  colNextInspection: 'Next inspection',
  noScheme: 'No housing scheme',
  noneBooked: 'None booked',
};
