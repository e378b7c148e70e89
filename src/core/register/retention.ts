import { HhsrsInputError } from '../errors.ts';
import { addMonths } from './dates.ts';

/** The parts of records the retention list reads. Dates are YYYY-MM-DD. */
export interface RetentionHazard {
  id: string;
  propertyId: string;
  /** The HHSRS hazard, e.g. 'damp-and-mould-growth'. */
  hazardId: string;
  status: 'reported' | 'open' | 'resolved' | 'no-action';
  resolvedOn: string | null;
}
export interface RetentionAction {
  id: string;
  hazardId: string;
  completedOn: string | null;
}
export interface RetentionEvidence {
  id: string;
  recordId: string;
  size: number;
}

export interface RetentionItem {
  hazard: RetentionHazard;
  actions: RetentionAction[];
  evidence: RetentionEvidence[];
  /** The bytes of its evidence files. */
  bytes: number;
}

export interface RetentionList {
  /** Hazards closed before this day, with every action completed before it, are listed. */
  before: string;
  items: RetentionItem[];
  bytes: number;
}

/** The longest period a person may choose: 50 years. */
export const RETENTION_MAX_MONTHS = 600;

/**
 * The closed hazards (resolved, or closed with no action) older than `months` on `today`, with their
 * remedial actions and evidence, for a person to review and delete on purpose. A hazard is old when it was
 * closed before the day `months` before today and every action on it was completed before that day too:
 * one still open, or finished later, keeps the record current. Oldest closed first.
 * @throws HhsrsInputError naming `months` unless it is a whole number from 1 to 600
 */
export function retentionList(
  input: {
    hazards: readonly RetentionHazard[];
    actions: readonly RetentionAction[];
    evidence: readonly RetentionEvidence[];
  },
  months: number,
  today: string,
): RetentionList {
  if (!Number.isInteger(months) || months < 1 || months > RETENTION_MAX_MONTHS) {
    throw new HhsrsInputError(
      'months',
      `months must be a whole number from 1 to ${RETENTION_MAX_MONTHS}; got ${months}`,
    );
  }
  const before = addMonths(today, -months, 'today');
  const actionsOf = group(input.actions, (action) => action.hazardId);
  const evidenceOf = group(input.evidence, (item) => item.recordId);
  const items: RetentionItem[] = [];
  for (const hazard of input.hazards) {
    if (hazard.status !== 'resolved' && hazard.status !== 'no-action') continue;
    if (hazard.resolvedOn === null || hazard.resolvedOn >= before) continue;
    const actions = actionsOf.get(hazard.id) ?? [];
    if (actions.some((action) => action.completedOn === null || action.completedOn >= before)) continue;
    const evidence = [hazard.id, ...actions.map((action) => action.id)].flatMap((id) => evidenceOf.get(id) ?? []);
    items.push({ hazard, actions, evidence, bytes: evidence.reduce((sum, item) => sum + item.size, 0) });
  }
  items.sort(
    (a, b) =>
      (a.hazard.resolvedOn as string).localeCompare(b.hazard.resolvedOn as string) ||
      a.hazard.id.localeCompare(b.hazard.id),
  );
  return { before, items, bytes: items.reduce((sum, item) => sum + item.bytes, 0) };
}

function group<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
