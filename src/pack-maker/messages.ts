/** The pack maker's words (English; a council officer's tool). */
export const messages = {
  loading: 'Loading…',
  exampleWarningTitle: 'These are example figures, not the 2026 tables',
  exampleWarning:
    'The form starts from an example pack: 21 hazards from a secondary list, with Table 1 and Table 2 copied from the 2005 scheme as placeholders, and High taken as Category 1 by assumption. The 2026 tables are not built into this toolkit. Replace every figure from your council’s own copy of the 2026 Operating Guidance, then check the pack against its worked examples.',
  kept: 'Your work is kept in this browser as you type.',
  saved: 'Saved in this browser',
  saveFailed:
    'This browser would not keep your work. Download the pack (or copy your figures) before you close the page.',
  openPack: 'Open a pack',
  openHint: 'Opening a pack file replaces the form with that pack.',
  openFailed: 'That file is not a scheme pack this page can open. Nothing was changed:',
  opened: (name: string) => `Opened ${name}.`,
  aboutHeading: 'About the pack',
  id: 'Pack id',
  idHint:
    'Lower-case words joined by hyphens, for example anytown-england-2026. It must not be a built-in scheme’s id.',
  version: 'Version',
  versionHint: 'For example 2026.1. Change it whenever a figure changes: saved assessments record it.',
  name: 'Name',
  source: 'Source',
  sourceHint: 'Which guidance the figures come from: title, edition and date.',
  from: 'First inspection date covered (England)',
  fromHint: 'Inspections begun on or after this date, written YYYY-MM-DD. 22 June 2026 or later.',
  example: 'These figures are an example only, not from the guidance',
  exampleHint: 'Untick this only once every figure has been typed from your copy of the guidance.',
  hazardsHeading: 'Hazards',
  hazard: (n: number) => `Hazard ${n}`,
  number: 'Number',
  hazardId: 'Id',
  hazardName: 'Name',
  group: 'Group',
  groups: { physiological: 'Physiological', psychological: 'Psychological', infection: 'Infection', safety: 'Safety' },
  relevantOccupier: 'Relevant occupier',
  replaces: '2005 hazards it replaces',
  replacesHint: 'Numbers, separated by commas.',
  fire: 'Prescribed fire hazard (consult the fire and rescue authority)',
  addHazard: 'Add a hazard',
  likelihoodHeading: 'Table 1: likelihood',
  likelihoodHint: 'Most unlikely first. Leave “to” empty on the first row for “less likely than 1 in …”.',
  likelihoodRow: (n: number) => `Table 1, row ${n}`,
  rspr: 'Representative scale point',
  ratioFrom: 'From 1 in',
  ratioTo: 'To 1 in',
  spreadHeading: 'Table 2: spread of harm',
  spreadHint: 'Smallest first. Ranges are percentages.',
  spreadRow: (n: number) => `Table 2, row ${n}`,
  rsppr: 'Representative percentage',
  percentFrom: 'From %',
  percentTo: 'To %',
  harmHeading: 'Harm classes and weights',
  harmClass: (n: string) => `Class ${n}`,
  harmName: 'Name',
  weight: 'Weight',
  harmExamples: 'Examples of harm',
  bandsHeading: 'Bands and the category rule',
  bandsHint:
    'Highest band first; the lowest starts at 0. Leave “up to” empty on the top band. Tick the bands that are Category 1.',
  bandRow: (n: number) => `Band row ${n}`,
  band: 'Band',
  min: 'Scores from',
  max: 'Up to',
  category1: 'Category 1',
  addRow: 'Add a row',
  remove: 'Remove',
  removeLabel: (what: string) => `Remove ${what}`,
  examplesHeading: 'Worked examples from your guidance',
  examplesHint:
    'Type in the worked examples your copy of the guidance gives: the likelihood, the four spread percentages and the score it prints. The pack cannot be downloaded while any example disagrees.',
  exampleRow: (n: number) => `Worked example ${n}`,
  description: 'Where it is in the guidance',
  exampleLikelihood: 'Likelihood',
  classSpread: (n: string) => `Class ${n} %`,
  expectedScore: 'Score the guidance gives',
  computed: 'Score under this pack',
  agrees: 'Agrees',
  disagrees: 'Disagrees',
  notChecked: 'Not checked yet',
  addExample: 'Add a worked example',
  noExamples: 'No worked examples yet.',
  downloadHeading: 'Download the pack',
  downloadHint:
    'Load the file on the officer page (“Load a scheme pack”) or give its address to the scoring tool’s scheme-src.',
  download: 'Download the pack',
  downloaded: (file: string) => `Downloaded ${file}. Every worked example agrees.`,
  errorTitle: 'The pack cannot be downloaded yet',
  errorPrefix: 'Error:',
  packMakerHeading: 'Make a scheme pack',
};

export type PackMakerMessages = typeof messages;

const SECTION: Record<string, (n: number) => string> = {
  hazards: (n) => messages.hazard(n),
  likelihoodScale: (n) => messages.likelihoodRow(n),
  spreadScale: (n) => messages.spreadRow(n),
  harmClasses: (n) => messages.harmClass(['I', 'II', 'III', 'IV'][n - 1] ?? String(n)),
  bands: (n) => messages.bandRow(n),
  examples: (n) => messages.exampleRow(n),
};

const FIELD: Record<string, string> = {
  id: messages.id,
  version: messages.version,
  name: messages.name,
  source: messages.source,
  number: messages.number,
  group: messages.group,
  relevantOccupier: messages.relevantOccupier,
  replaces: messages.replaces,
  rspr: messages.rspr,
  rsppr: messages.rsppr,
  weight: messages.weight,
  examples: messages.harmExamples,
  band: messages.band,
  min: messages.min,
  max: messages.max,
  likelihood: messages.exampleLikelihood,
  expectedScore: messages.expectedScore,
  spread: 'spread',
  category1Bands: messages.category1,
  prescribedFireHazards: messages.fire,
  hazards: messages.hazardsHeading,
  likelihoodScale: messages.likelihoodHeading,
  spreadScale: messages.spreadHeading,
  coverage: messages.from,
};

/** A problem's path in words: "hazards[3].id" → "Hazard 4, Id"; "coverage[0].from" → the date's label. */
export function describePath(path: string): string {
  if (path.startsWith('coverage')) return messages.from;
  const [, section, index, rest] = /^(\w+)(?:\[(\d+)\])?\.?(.*)$/.exec(path) ?? [];
  if (!section) return path;
  const where =
    index !== undefined && SECTION[section] ? SECTION[section](Number(index) + 1) : (FIELD[section] ?? section);
  if (!rest) return where;
  const field = /^(\w+)(?:\[(\d+)\])?/.exec(rest)!;
  if (field[1] === 'spread')
    return `${where}, ${messages.classSpread(['I', 'II', 'III', 'IV'][Number(field[2] ?? 0)]!)}`;
  if (field[1] === 'from' || field[1] === 'to')
    return `${where}, ${section === 'spreadScale' ? (field[1] === 'from' ? messages.percentFrom : messages.percentTo) : field[1] === 'from' ? messages.ratioFrom : messages.ratioTo}`;
  if (section === 'hazards' && field[1] === 'id') return `${where}, ${messages.hazardId}`;
  return `${where}, ${FIELD[field[1]!] ?? field[1]}`;
}
