import { currentUntil, lastInspection, checkAssessmentCurrent } from './checks/assessment-current.ts';
import type { CheckDates, Finding, ItemOutcome, PropertyRecords } from './checks/context.ts';
import { checkRemedialAction } from './checks/remedial-action.ts';
import { checkRepairsTracked } from './checks/repairs-tracked.ts';
import { checkReportsEscalated } from './checks/reports-escalated.ts';
import { addMonths } from './dates.ts';
import { CHECKLIST_ITEMS, type ChecklistItemId } from './checklist-items.ts';
import { groupRecords } from './group.ts';
import { isOverdue } from './overdue.ts';
import { describePolicy, type ChecklistPolicy } from './policy.ts';
import type {
  RegisterAction,
  RegisterAssessment,
  RegisterEvidence,
  RegisterHazard,
  RegisterProperty,
} from './types.ts';

export interface ComplianceInput {
  /** The report date, YYYY-MM-DD: everything is judged as it stood at the end of that day. */
  asOf: string;
  policy: ChecklistPolicy;
  properties: readonly RegisterProperty[];
  assessments: readonly RegisterAssessment[];
  hazards: readonly RegisterHazard[];
  actions: readonly RegisterAction[];
  evidence: readonly RegisterEvidence[];
}

export type ItemStatus = 'pass' | 'fail' | 'n/a';

export interface FailingProperty {
  propertyId: string;
  reference: string;
  findings: Finding[];
}

export interface ChecklistItemResult {
  id: ChecklistItemId;
  number: 1 | 2 | 3 | 4 | 5;
  title: string;
  /** How the item is worked out, in a sentence, printed with it. */
  definition: string;
  pass: number;
  fail: number;
  notApplicable: number;
  failing: FailingProperty[];
}

/** A row of the property compliance summary (checklist item 5). */
export interface PropertySummary {
  propertyId: string;
  reference: string;
  housingSchemeId: string | null;
  lastInspection: string | null;
  /** The day the last assessment stops being current, or null when there is none. */
  currentUntil: string | null;
  nextInspectionDate: string | null;
  openCategory1: number;
  openCategory2: number;
  openActions: number;
  overdueActions: number;
  /** Items 1 to 4, in order. */
  items: readonly [ItemStatus, ItemStatus, ItemStatus, ItemStatus];
  compliant: boolean;
}

export interface ComplianceReport {
  asOf: string;
  periodStart: string;
  policy: ChecklistPolicy;
  /** The policy in sentences, for the printout. */
  policyLines: string[];
  propertyCount: number;
  items: ChecklistItemResult[];
  properties: PropertySummary[];
}

const CHECKS = [checkAssessmentCurrent, checkRemedialAction, checkRepairsTracked, checkReportsEscalated] as const;

/**
 * The managers' quarterly checklist (FACTS.md §6) over the given properties on `asOf`: items 1–4 per
 * property with the findings behind every failure, and item 5, the property compliance summary (a
 * property is compliant when it fails none of items 1–4). Pass the records of the properties in scope
 * (one housing scheme, or the whole portfolio); records of other properties are ignored.
 * @throws HhsrsInputError naming "asOf" when it is not a YYYY-MM-DD date
 */
export function complianceReport(input: ComplianceInput): ComplianceReport {
  const periodStart = addMonths(input.asOf, -input.policy.reportingPeriodMonths, 'asOf');
  const dates: CheckDates = { asOf: input.asOf, periodStart, policy: input.policy };
  const items = CHECKLIST_ITEMS.map((item) => ({
    ...item,
    pass: 0,
    fail: 0,
    notApplicable: 0,
    failing: [] as FailingProperty[],
  }));
  const tally = (index: number, property: RegisterProperty, result: ItemOutcome) => {
    const item = items[index] as ChecklistItemResult;
    if (result.status === 'pass') item.pass += 1;
    else if (result.status === 'n/a') item.notApplicable += 1;
    else {
      item.fail += 1;
      item.failing.push({ propertyId: property.id, reference: property.reference, findings: result.findings });
    }
  };
  const properties = groupRecords(input).map((records) => {
    const results = CHECKS.map((check) => check(records, dates));
    results.forEach((result, index) => tally(index, records.property, result));
    const failed = results.flatMap((result, index) => (result.status === 'fail' ? [index + 1] : []));
    tally(4, records.property, {
      status: failed.length === 0 ? 'pass' : 'fail',
      findings:
        failed.length === 0
          ? []
          : [{ recordId: null, text: `Fails checklist item${failed.length > 1 ? 's' : ''} ${failed.join(', ')}.` }],
    });
    return summarise(
      records,
      input.asOf,
      input.policy,
      results.map((result) => result.status) as unknown as PropertySummary['items'],
    );
  });
  return {
    asOf: input.asOf,
    periodStart,
    policy: input.policy,
    policyLines: describePolicy(input.policy),
    propertyCount: properties.length,
    items,
    properties,
  };
}

function summarise(
  records: PropertyRecords,
  asOf: string,
  policy: ChecklistPolicy,
  items: PropertySummary['items'],
): PropertySummary {
  const last = lastInspection(records, asOf);
  const open = records.hazards.filter(
    (hazard) => hazard.foundOn <= asOf && (hazard.resolvedOn === null || hazard.resolvedOn > asOf),
  );
  const actions = [...records.actionsByHazard.values()]
    .flat()
    .filter((action: RegisterAction) => action.raisedOn <= asOf);
  const stillOpen = actions.filter((action) => action.completedOn === null || action.completedOn > asOf);
  return {
    propertyId: records.property.id,
    reference: records.property.reference,
    housingSchemeId: records.property.housingSchemeId,
    lastInspection: last,
    currentUntil: last === null ? null : currentUntil(last, policy.assessmentCurrentMonths),
    nextInspectionDate: records.property.nextInspectionDate,
    openCategory1: open.filter((hazard) => hazard.category === 1).length,
    openCategory2: open.filter((hazard) => hazard.category === 2).length,
    openActions: stillOpen.length,
    overdueActions: stillOpen.filter((action) => isOverdue(action, asOf)).length,
    items,
    compliant: !items.includes('fail'),
  };
}
