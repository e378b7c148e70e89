import { HhsrsInputError } from './errors.ts';
import { toDayNumber } from './iso-date.ts';
import { addWorkingDays, isWorkingDay } from './working-days.ts';

/**
 * The day a notice is served, from how it was sent (FACTS.md §3). Interpretation Act 1978 s.7: a document
 * sent by post is served when it would be delivered in the ordinary course of post. The working-day figures
 * for post and the 4.30pm cut-off for email are conventions courts use, not words of the Housing Act 2004,
 * so those rules carry `convention: true` and are shown as "check locally".
 */

export const SERVICE_METHODS = ['by-hand', 'first-class-post', 'second-class-post', 'email'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

export interface DayOfServiceInput {
  method: ServiceMethod;
  /** YYYY-MM-DD the notice was left, posted or emailed. */
  sentOn: string;
  /** 'HH:MM' (UK time) an email was sent; needed for email only, where 4.30pm decides the day. */
  sentAt?: string | undefined;
}

export interface DayOfService {
  method: ServiceMethod;
  sentOn: string;
  /** YYYY-MM-DD the notice counts as served: every appeal and operative date counts from it. */
  servedOn: string;
  /** The rule in words, with the dates, e.g. 'posted first class on 2026-03-06 (Friday) …'. */
  rule: string;
  source: string;
  /** True when the rule is a convention to check locally rather than the words of a statute. */
  convention: boolean;
}

interface ServiceRule {
  /** Working days after sending; null for by hand and email, which have their own rule. */
  workingDays: number | null;
  rule: string;
  source: string;
  convention: boolean;
}

/** The rule for each method, as data. */
export const SERVICE_RULES: Readonly<Record<ServiceMethod, ServiceRule>> = {
  'by-hand': {
    workingDays: null,
    rule: 'left at the address or handed over: served that day',
    source: 'Interpretation Act 1978 s.7 (service is delivery); by hand, delivery is the day it is left',
    convention: false,
  },
  'first-class-post': {
    workingDays: 2,
    rule: 'first class post: served on the second working day after posting',
    source:
      'Interpretation Act 1978 s.7 (the ordinary course of post); second working day by the Practice Direction ' +
      '(Service of Documents: First Class Mail) [1985] 1 WLR 489 and CPR 6.26 — a convention, check locally',
    convention: true,
  },
  'second-class-post': {
    workingDays: 4,
    rule: 'second class post: served on the fourth working day after posting',
    source:
      'Interpretation Act 1978 s.7 (the ordinary course of post); fourth working day by the Practice Direction ' +
      '(Service of Documents: First Class Mail) [1985] 1 WLR 489 — a convention, check locally',
    convention: true,
  },
  email: {
    workingDays: null,
    rule:
      'email, where the person agreed to it: served the day it is sent if that is a working day and it is sent ' +
      'before 4.30pm, otherwise the next working day',
    source: 'CPR 6.26 (email), applied by analogy — a convention, check locally',
    convention: true,
  },
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const EMAIL_CUT_OFF = '16:30';

/**
 * The day of service of a notice. By hand: the day it is left. First class post: the second working day
 * after posting; second class: the fourth (working days skip weekends and England and Wales bank holidays).
 * Email: the day sent if a working day before 4.30pm, otherwise the next working day.
 * @throws HhsrsInputError naming "method" (not one of SERVICE_METHODS), "sentOn" (malformed, or outside the
 *   bank-holiday data for post and email) or "sentAt" (missing or not HH:MM for email)
 */
export function dayOfService(input: DayOfServiceInput): DayOfService {
  if (!Object.hasOwn(SERVICE_RULES, input.method)) {
    throw new HhsrsInputError(
      'method',
      `method must be one of ${SERVICE_METHODS.join(', ')}; got "${String(input.method)}"`,
    );
  }
  toDayNumber(input.sentOn, 'sentOn');
  const rule = SERVICE_RULES[input.method];
  const servedOn = servedOnFor(input, rule);
  return {
    method: input.method,
    sentOn: input.sentOn,
    servedOn,
    rule:
      `${rule.rule} (sent ${input.sentOn}${input.method === 'email' ? ` at ${input.sentAt}` : ''}, ` +
      `served ${servedOn})`,
    source: rule.source,
    convention: rule.convention,
  };
}

function servedOnFor(input: DayOfServiceInput, rule: ServiceRule): string {
  if (rule.workingDays !== null) return workingDays(input.sentOn, rule.workingDays);
  if (input.method === 'by-hand') return input.sentOn;
  if (input.sentAt === undefined || !TIME.test(input.sentAt)) {
    throw new HhsrsInputError(
      'sentAt',
      `sentAt must be the time the email was sent, written HH:MM (e.g. 14:05), because an email sent after 4.30pm ` +
        `is served the next working day; got "${String(input.sentAt)}"`,
    );
  }
  const working = covered(() => isWorkingDay(input.sentOn), input.sentOn);
  return working && input.sentAt < EMAIL_CUT_OFF ? input.sentOn : workingDays(input.sentOn, 1);
}

function workingDays(sentOn: string, days: number): string {
  return covered(() => addWorkingDays(sentOn, days), sentOn);
}

/** Working-day arithmetic, with its error reported against sentOn, the field the user typed. */
function covered<T>(work: () => T, sentOn: string): T {
  try {
    return work();
  } catch (error) {
    throw new HhsrsInputError('sentOn', `sentOn ${sentOn}: ${(error as Error).message}`);
  }
}
