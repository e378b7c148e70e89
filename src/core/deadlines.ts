import { dayOfService, type DayOfService, type DayOfServiceInput } from './day-of-service.ts';
import { HhsrsInputError } from './errors.ts';
import { addYearsToDayNumber, formatDayNumber, toDayNumber } from './iso-date.ts';
import { NOTICE_RULES, type MilestoneRule, type NoticeRule, type NoticeType } from './notice-rules.ts';
import type { Nation } from './scheme/types.ts';

/**
 * Dated enforcement timelines (FACTS.md §3): what follows, and by when, from serving a notice or making
 * an order. Dates are calendar dates; each carries the statutory wording and source it comes from.
 */

/** Appeals go to the First-tier Tribunal in England and the Residential Property Tribunal in Wales. */
const TRIBUNALS: Readonly<Record<Nation, string>> = {
  england: 'First-tier Tribunal (Property Chamber)',
  wales: 'Residential Property Tribunal',
};

export interface NoticeMilestone {
  id: MilestoneRule['id'];
  label: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The sum with its statutory reading, e.g. 'served 2026-03-02 + 20 days (the last of the 21 days …)'. */
  formula: string;
  source: string;
  note: string;
}

export interface NoticeTimeline {
  notice: NoticeType;
  title: string;
  /** Housing Act 2004 section for this category, e.g. 's.11'. */
  section: string;
  category: 1 | 2;
  nation: Nation;
  dateIs: 'served' | 'made' | 'started';
  date: string;
  milestones: NoticeMilestone[];
  notes: string[];
  /** How the day of service was reached, when the timeline was given how the notice was sent. */
  service?: DayOfService;
}

export interface NoticeTimelineInput {
  notice: NoticeType;
  /** The HHSRS category of the hazard acted on. */
  category: 1 | 2;
  nation: Nation;
  /**
   * YYYY-MM-DD the notice was served, the order made, or the emergency action started. Optional for a served
   * notice when `service` is given: the day of service is then derived from it.
   */
  date?: string;
  /** How and when a served notice was sent: the day of service (and so every date) is worked out from it. */
  service?: DayOfServiceInput;
}

const NOTICE_TYPES = Object.keys(NOTICE_RULES) as NoticeType[];

function milestoneDate(start: number, after: MilestoneRule['after']): number {
  return 'days' in after ? start + after.days : addYearsToDayNumber(start, after.years);
}

function afterText(after: MilestoneRule['after']): string {
  return 'days' in after ? `${after.days} days` : '1 year';
}

/**
 * The dated milestones of a notice or order: appeal deadline, operative date, earliest start of works,
 * review date, as each applies. Every date is reckoned in calendar days from `date` (the day of service,
 * of making, or the day emergency action started) and shown with its formula and source; a period "of N
 * days beginning with" the day ends on day + N − 1. A one-year review falls on the same date a year on
 * (29 February → 28 February).
 * Given `service` (how and when a notice was sent), the day of service is derived with dayOfService and
 * returned as `service`, with its rule, and every date counts from it (Interpretation Act 1978 s.7).
 * @throws HhsrsInputError naming "notice", "category" (also for emergency measures on a Category 2
 *   hazard: ss.40 and 43 are for Category 1 only), "nation", "date" (malformed, or missing without `service`),
 *   "service" (given for an order or emergency action) or dayOfService's fields
 */
export function noticeTimeline(input: NoticeTimelineInput): NoticeTimeline {
  // Own keys only, so that 'toString' and the like are refused rather than read off the prototype.
  if (!Object.hasOwn(NOTICE_RULES, input.notice)) {
    throw new HhsrsInputError(
      'notice',
      `notice must be one of ${NOTICE_TYPES.join(', ')}; got "${String(input.notice)}"`,
    );
  }
  if (input.category !== 1 && input.category !== 2) {
    throw new HhsrsInputError('category', `category must be 1 or 2; got ${String(input.category)}`);
  }
  if (!Object.hasOwn(TRIBUNALS, input.nation)) {
    throw new HhsrsInputError(
      'nation',
      `nation must be england or wales (the HHSRS applies nowhere else); got "${String(input.nation)}"`,
    );
  }
  const rule = NOTICE_RULES[input.notice];
  const tribunal = TRIBUNALS[input.nation];
  const section = rule.sections[input.category - 1];
  if (!section) {
    throw new HhsrsInputError(
      'category',
      `category must be 1 for ${rule.title.toLowerCase()} (${rule.sections[0]} is for Category 1 hazards only)`,
    );
  }
  const service = input.service === undefined ? undefined : served(rule.title, rule.dateIs, input.service);
  const date = service?.servedOn ?? input.date;
  if (date === undefined) {
    throw new HhsrsInputError('date', `date must be given: the day the ${rule.title.toLowerCase()} was ${rule.dateIs}`);
  }
  const start = toDayNumber(date, 'date');
  return {
    notice: input.notice,
    title: rule.title,
    section,
    category: input.category,
    nation: input.nation,
    dateIs: rule.dateIs,
    date,
    milestones: rule.milestones.map((milestone) => ({
      id: milestone.id,
      label: milestone.label.replace('{tribunal}', tribunal),
      date: formatDayNumber(milestoneDate(start, milestone.after)),
      formula: `${rule.dateIs} ${date} + ${afterText(milestone.after)} (${milestone.reckoning})`,
      source: milestone.source,
      note: milestone.note,
    })),
    notes: [...rule.notes, 'Prepare a statement of reasons for the action taken (s.8).'],
    ...(service === undefined ? {} : { service }),
  };
}

/** The day of service; only a notice is served — an order is made and emergency action started on a day. */
function served(title: string, dateIs: NoticeRule['dateIs'], input: DayOfServiceInput): DayOfService {
  if (dateIs !== 'served') {
    throw new HhsrsInputError(
      'service',
      `service applies to notices; a ${title.toLowerCase()} is ${dateIs}: give its date`,
    );
  }
  return dayOfService(input);
}
