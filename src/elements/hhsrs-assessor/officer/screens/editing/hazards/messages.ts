import { translator, type Catalogue } from '../../../../../i18n.ts';
import { officerMessages } from '../../../messages.ts';

/** What the scoring part says (hazard cards, their photos, the summary), in plain English (GOV.UK style). */
export const scoringMessages = {
  removed: (name: string) => `${name} removed.`,
  schemeNeedsDetails:
    'Give the nation and the date the inspection began to see which scheme applies and to score hazards.',
  scheme2026See: 'Why, and the button to load the pack, are under “Scoring scheme” above.',
  summaryNotScored2026: 'Findings recorded, not scored:',
  relevantOccupier: 'Relevant occupier',
  likelihood: 'Likelihood of an occurrence in the next 12 months',
  likelihoodHint: 'For a member of the relevant age group. Table 1 of the regulations.',
  choose: 'Choose',
  mostLikelyClass: 'Which class of harm is most likely to result?',
  mostLikelyHint: 'Its percentage is worked out for you: 100 minus the other three.',
  spreadLegend: 'Spread of harm for the other classes',
  spreadHint: 'The chance of each other class of harm, from Table 2. Leave a class at 0 if it is not expected.',
  workedOut: (value: string) => `${value} % (worked out)`,
  justification: 'Justification',
  charactersRemaining: officerMessages.charactersRemaining,
  charactersTooMany: officerMessages.charactersTooMany,
  justificationHint:
    'What you saw, where, and which defects lead to your judgement. This goes into the statement of reasons.',
  working: 'Score and working',
  workingWaiting: 'Choose the likelihood and the most likely class of harm to see the score.',
  incomplete: 'Incomplete',
  missingPart: (part: string) =>
    ({ likelihood: 'likelihood', mostLikelyClass: 'most likely class of harm', justification: 'justification' })[
      part
    ] ?? part,
  stillNeeds: (parts: string) => `Still needed: ${parts}.`,
  band: (band: string) => `Band ${band}`,
  photosHeading: 'Photos (optional)',
  photosHint: 'JPEG, PNG or WebP, up to 10 MB. Location and camera details are removed before the photo is kept.',
  photoAlt: (hazard: string, name: string) => `Photo for ${hazard}: ${name}`,
  noPreview: 'No preview',
  addPhoto: 'Add a photo',
  photoAdded: (name: string) => `Photo “${name}” added.`,
  photoRemoved: (name: string) => `Photo “${name}” removed.`,
  photoNotSaved: (name: string, why: string) => `“${name}” could not be saved: ${why}`,
  category: (category: number) => `Category ${category}`,
  summaryCounts: (cat1: number, cat2: number) =>
    `${cat1} Category 1 and ${cat2} Category 2 ${cat1 + cat2 === 1 ? 'hazard' : 'hazards'}.`,
  summaryIncomplete: (n: number) => `${n} ${n === 1 ? 'hazard is' : 'hazards are'} incomplete.`,
  rank: 'Rank',
  hazard: 'Hazard',
  score: 'Score',
  colBand: 'Band',
  colCategory: 'Category',
  enforcementHeading: 'Courses of action',
  consultFire: (names: string) =>
    `Before taking enforcement action on ${names}, consult the fire and rescue authority (Housing Act 2004 s.10).`,
} satisfies Catalogue;

export type ScoringMessages = typeof officerMessages & typeof scoringMessages;

export const scoringText = translator<ScoringMessages>({ ...officerMessages, ...scoringMessages }, {}, 'en');
