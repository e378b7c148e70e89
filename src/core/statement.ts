import { SERVICE_METHODS, SERVICE_RULES, type DayOfService } from './day-of-service.ts';
import { noticeTimeline, type NoticeTimeline } from './deadlines.ts';
import { HhsrsInputError } from './errors.ts';
import { formatNumber } from './format.ts';
import { toDayNumber } from './iso-date.ts';
import { NOTICE_RULES, type NoticeType } from './notice-rules.ts';
import type { Nation } from './scheme/types.ts';

/**
 * The statement of reasons the authority must prepare for the action it takes (Housing Act 2004 s.8),
 * drafted from a finalised assessment: the decision, each hazard's score and justification, why this
 * course of action was chosen and why the others were not. Every paragraph is a plain default for the
 * officer to edit; the deadlines come from {@link noticeTimeline}.
 */

/** A scored hazard the action deals with. */
export interface StatementHazard {
  id: string;
  number: number;
  name: string;
  relevantOccupier: string;
  score: number;
  band: string;
  category: 1 | 2;
  /** The reg 6(5) working, e.g. "(10000×0 + …) ÷ 180 = 65.49 → 65, band G, Category 2". */
  working: string;
  justification: string;
  /** Reg 4: the prescribed fire hazard, which needs the fire and rescue authority consulted (s.10). */
  prescribedFire: boolean;
}

export interface StatementInput {
  action: NoticeType;
  /**
   * YYYY-MM-DD the notice is served, the order made or the emergency action started; '' for a notice whose
   * day of service is not known yet (the statement then says what its dates count from).
   */
  date: string;
  /** How the notice is sent and the day of service that follows (dayOfService); its servedOn is `date`. */
  service?: DayOfService | undefined;
  nation: Nation;
  address: string;
  hmoOrCommonParts: boolean;
  hazards: readonly StatementHazard[];
}

export interface StatementSection {
  /** 'decision', 'hazard:<hazard id>', 'reasons', 'alternatives' or 'fire'. */
  id: string;
  heading: string;
  text: string;
}

export interface StatementDraft {
  sections: StatementSection[];
  /** Undefined for a notice whose day of service is not known yet: no date can be counted. */
  timeline: NoticeTimeline | undefined;
}

/**
 * What a notice's dates count from when its day of service is not yet known: the day of service, and the rule
 * for each way of sending it (Interpretation Act 1978 s.7; the post and email days are conventions).
 */
export function dayOfServiceRules(): string {
  const rules = SERVICE_METHODS.map((method) => SERVICE_RULES[method].rule).join('; ');
  return (
    'Every date counts from the day the notice is served, which depends on how it is sent (Interpretation Act ' +
    `1978 s.7): ${rules}. The post and email days are conventions: check them locally.`
  );
}

/** The courses of action a statement can be drafted for, in the Act's order. */
export const STATEMENT_ACTION_ORDER = Object.keys(NOTICE_RULES) as NoticeType[];

const EMERGENCY: readonly NoticeType[] = ['emergency-remedial-action', 'emergency-prohibition-order'];
const isEmergency = (action: NoticeType): boolean => EMERGENCY.includes(action);

/** What the authority does, after "has decided to". */
const VERB: Readonly<Record<NoticeType, string>> = {
  'improvement-notice': 'serve an improvement notice',
  'suspended-improvement-notice': 'serve a suspended improvement notice',
  'prohibition-order': 'make a prohibition order',
  'hazard-awareness-notice': 'serve a hazard awareness notice',
  'emergency-remedial-action': 'take emergency remedial action',
  'emergency-prohibition-order': 'make an emergency prohibition order',
};

/** Why this course of action: the default paragraph, for the officer to make specific. */
const FOR: Readonly<Record<NoticeType, string>> = {
  'improvement-notice':
    'An improvement notice is the most appropriate course of action. The hazards can be removed, or reduced to an acceptable level, by works that can reasonably be required of the person responsible, and the dwelling can stay in use while they are done. The notice sets out the works and the time allowed for them; not complying with it is an offence (section 30).',
  'suspended-improvement-notice':
    'A suspended improvement notice is the most appropriate course of action. The works are needed, but it is reasonable for them to wait until the event or time stated in the notice, for example until the present occupier leaves. The authority will review the suspension at least once a year (section 17).',
  'prohibition-order':
    'A prohibition order is the most appropriate course of action. The hazards cannot reasonably be removed or reduced by works at present, so the use of the dwelling, or of part of it, has to be restricted until they are dealt with. The order can be revoked or varied when that changes (section 25).',
  'hazard-awareness-notice':
    'A hazard awareness notice is the most appropriate course of action. It tells the person responsible about the hazards and the works that would deal with them. At this level of risk, advice is enough for now; the authority will check whether it has been followed and can still take formal action.',
  'emergency-remedial-action':
    'Emergency remedial action is the most appropriate course of action. The hazards involve an imminent risk of serious harm to the health or safety of the occupiers or others, so the authority is doing the works itself now rather than waiting for the person responsible (section 40). A notice of the action will be served within 7 days of it starting.',
  'emergency-prohibition-order':
    'An emergency prohibition order is the most appropriate course of action. The hazards involve an imminent risk of serious harm to the health or safety of the occupiers or others that works cannot remove quickly enough, so the use of the premises has to stop at once (section 43).',
};

/** Why another course of action was not chosen: the usual reason, and reasons that depend on the choice. */
const AGAINST: Readonly<Record<NoticeType, { otherwise: string } & Partial<Record<NoticeType, string>>>> = {
  'improvement-notice': {
    otherwise: 'requiring works now is not the most appropriate response, for the reasons above',
    'suspended-improvement-notice': 'the works can reasonably wait until the event or time the suspended notice gives',
    'prohibition-order': 'works alone cannot make the dwelling safe for the use made of it now',
  },
  'suspended-improvement-notice': {
    otherwise: 'there is no event or time to which the works could reasonably be put off',
    'hazard-awareness-notice': 'advice is enough for now, so no notice requiring works, suspended or not, is needed',
  },
  'prohibition-order': { otherwise: 'the hazards can be dealt with without restricting the use of the dwelling' },
  'hazard-awareness-notice': { otherwise: 'advice alone is unlikely to get the hazards dealt with' },
  'emergency-remedial-action': {
    otherwise: 'there is no imminent risk of serious harm that calls for the authority to act at once',
    'emergency-prohibition-order':
      'the authority’s own works could not remove the imminent risk quickly enough, so use of the premises has to stop',
  },
  'emergency-prohibition-order': {
    otherwise: 'there is no imminent risk of serious harm that calls for use of the premises to stop at once',
    'emergency-remedial-action':
      'the authority’s own works can remove the imminent risk without stopping use of the premises',
  },
};

/**
 * The courses of action open for hazards of these categories: all six where there is a Category 1 hazard,
 * none of the emergency measures (ss.40 and 43 are for Category 1 only) otherwise, nothing for no hazards.
 */
export function statementActions(categories: readonly (1 | 2)[]): NoticeType[] {
  if (categories.length === 0) return [];
  return categories.includes(1) ? [...STATEMENT_ACTION_ORDER] : STATEMENT_ACTION_ORDER.filter((a) => !isEmergency(a));
}

/** The hazards an action can deal with: emergency measures only Category 1 hazards (ss.40, 43), the others any. */
export function eligibleHazards<T extends { category: 1 | 2 }>(action: NoticeType, hazards: readonly T[]): T[] {
  return hazards.filter((h) => h.category === 1 || !isEmergency(action));
}

/**
 * The default text of the statement, a section each for the decision, every hazard (its category, band,
 * score, working and the officer's justification), the reasons for this action and against the others,
 * and the s.10 fire authority consultation where it applies; with the action's dated deadlines.
 * @throws HhsrsInputError naming "hazards" when none is given or an emergency measure is given a Category 2
 *   hazard, or as {@link noticeTimeline} does for the action, nation and date
 */
export function draftStatement(input: StatementInput): StatementDraft {
  const { action, hazards } = input;
  // Own keys only, so that 'toString' and the like are refused rather than read off the prototype.
  if (!Object.hasOwn(NOTICE_RULES, action)) {
    throw new HhsrsInputError(
      'action',
      `action must be one of ${STATEMENT_ACTION_ORDER.join(', ')}; got "${String(action)}"`,
    );
  }
  if (hazards.length === 0)
    throw new HhsrsInputError('hazards', 'hazards must name at least one hazard the action deals with');
  const ineligible = isEmergency(action) ? hazards.filter((h) => h.category === 2) : [];
  if (ineligible.length > 0) {
    const rule = NOTICE_RULES[action];
    throw new HhsrsInputError(
      'hazards',
      `${rule.title.toLowerCase()} is for Category 1 hazards only (${rule.sections[0]}); ${ineligible.map((h) => `${h.number}. ${h.name}`).join(', ')} ${ineligible.length === 1 ? 'is' : 'are'} Category 2`,
    );
  }
  const cat1 = hazards.some((h) => h.category === 1);
  const unserved = input.date === '' && NOTICE_RULES[action].dateIs === 'served';
  const timeline = unserved
    ? undefined
    : noticeTimeline({ notice: action, category: cat1 ? 1 : 2, nation: input.nation, date: input.date });
  const sections: StatementSection[] = [
    { id: 'decision', heading: 'Decision', text: decisionText(input, cat1) },
    ...hazards.map((h) => ({ id: `hazard:${h.id}`, heading: `${h.number}. ${h.name}`, text: hazardText(h) })),
    { id: 'reasons', heading: 'Why this course of action', text: FOR[action] },
    { id: 'alternatives', heading: 'Why not the other courses of action', text: alternativesText(action, cat1) },
  ];
  if (input.hmoOrCommonParts && hazards.some((h) => h.prescribedFire)) {
    sections.push({
      id: 'fire',
      heading: 'Consulting the fire and rescue authority',
      text: `The fire hazard is in a house in multiple occupation or the common parts of a building containing flats, so the authority consulted the fire and rescue authority ${isEmergency(action) ? 'as far as it was practicable to do so ' : ''}before taking this action (section 10).`,
    });
  }
  return { sections, timeline };
}

function decisionText(input: StatementInput, cat1: boolean): string {
  const rule = NOTICE_RULES[input.action];
  const used = [...new Set(input.hazards.map((h) => rule.sections[h.category - 1] as string))].sort();
  const basis = `${used.length > 1 ? 'sections' : 'section'} ${used.map((s) => s.slice(2)).join(' and ')}`;
  // Only the chosen action's sentence is written: a notice not yet served has no date to write out.
  const when = {
    served: () => servedText(input),
    made: () =>
      `The order is made on ${longDate(input.date)}${isEmergency(input.action) ? ' and has effect immediately' : ''}.`,
    started: () => `The action started on ${longDate(input.date)}.`,
  }[rule.dateIs]();
  const cat2 = input.hazards.some((h) => h.category === 2);
  const duty = cat1
    ? `The assessment found Category 1 hazards, so the authority has a duty to take the most appropriate course of action (section 5)${cat2 ? '; for the Category 2 hazards it has a power to act (section 7)' : ''}.`
    : 'The hazards are Category 2, so the authority has a power, not a duty, to take action (section 7).';
  return [
    `The authority has decided to ${VERB[input.action]} under ${basis} of the Housing Act 2004 in respect of ${input.address.trim() || 'the dwelling'}. ${when}`,
    `${duty} This statement gives the reasons for the decision, as section 8 of the Act requires. In reaching it the authority had regard to the HHSRS Operating Guidance and Enforcement Guidance (section 9).`,
  ].join('\n\n');
}

/** When the notice is served: how it is sent and the rule, where known; otherwise what its dates count from. */
function servedText({ date, service }: StatementInput): string {
  if (date === '') return dayOfServiceRules();
  if (service === undefined) return `The notice is served on ${longDate(date)}.`;
  return (
    `The notice is sent on ${longDate(service.sentOn)} and served on ${longDate(date)} ` +
    `(${SERVICE_RULES[service.method].rule}; ${service.source}).`
  );
}

function hazardText(h: StatementHazard): string {
  return [
    `Category ${h.category} hazard: score ${formatNumber(h.score)}, band ${h.band}. Assessed for the relevant occupier (${h.relevantOccupier}). Working: ${h.working}.`,
    `What was found: ${h.justification.trim()}`,
  ].join('\n\n');
}

function alternativesText(chosen: NoticeType, cat1: boolean): string {
  const lines = statementActions([cat1 ? 1 : 2])
    .filter((alt) => alt !== chosen)
    .map((alt) => {
      const rule = NOTICE_RULES[alt];
      let why =
        isEmergency(chosen) && !isEmergency(alt)
          ? 'it would not take effect quickly enough: there is an imminent risk of serious harm'
          : (AGAINST[alt][chosen] ?? AGAINST[alt].otherwise);
      if (alt === 'hazard-awareness-notice' && cat1)
        why += ', and would not meet the duty to take the most appropriate action on a Category 1 hazard (section 5)';
      return `${rule.title} (${rule.sections[cat1 ? 0 : 1]}): not chosen, because ${why}.`;
    });
  lines.push(
    cat1
      ? 'Demolition order or clearance area (Housing Act 1985 ss.265 and 289): not chosen, because the dwelling can be made safe at reasonable cost.'
      : 'Demolition order or clearance area (Housing Act 1985 ss.265(2) and 289(2B)): not chosen; for Category 2 hazards they are open only in prescribed cases.',
  );
  return lines.join('\n');
}

const MONTHS = [
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
];

/**
 * A YYYY-MM-DD date as written in a notice: "22 March 2026".
 * @throws HhsrsInputError naming "date" when it is not a calendar date
 */
export function longDate(iso: string): string {
  toDayNumber(iso, 'date');
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
