import { ENGLAND_2005_HAZARDS } from '../../scheme/england-2005-hazards.ts';
import type { ChecklistPolicy } from '../policy.ts';
import type {
  RegisterAction,
  RegisterAssessment,
  RegisterEvidence,
  RegisterHazard,
  RegisterProperty,
} from '../types.ts';

/** One property's records, as the checks see them on the report date. */
export interface PropertyRecords {
  property: RegisterProperty;
  assessments: readonly RegisterAssessment[];
  hazards: readonly RegisterHazard[];
  actionsByHazard: ReadonlyMap<string, readonly RegisterAction[]>;
  evidenceByRecord: ReadonlyMap<string, readonly RegisterEvidence[]>;
}

export interface CheckDates {
  /** The report date, YYYY-MM-DD. */
  asOf: string;
  /** First day of the reporting period: work finished before it is not this period's business. */
  periodStart: string;
  policy: ChecklistPolicy;
}

export interface Finding {
  /** The hazard or action the finding is about, for drill-down; null when it is about the property. */
  recordId: string | null;
  text: string;
}

/** 'n/a': the property has nothing this item looks at (e.g. no Category 1 hazards). */
export interface ItemOutcome {
  status: 'pass' | 'fail' | 'n/a';
  findings: Finding[];
}

export function outcome(checked: number, findings: Finding[]): ItemOutcome {
  return { status: findings.length > 0 ? 'fail' : checked > 0 ? 'pass' : 'n/a', findings };
}

/** "Damp and mould growth (hazard 1)", or the id itself for an id no scheme knows. */
export function hazardLabel(hazardId: string): string {
  const hazard = ENGLAND_2005_HAZARDS.find((candidate) => candidate.id === hazardId);
  return hazard ? `${hazard.name} (hazard ${hazard.number})` : hazardId;
}

/** A hazard's actions (groupRecords gives every hazard an entry, empty when it has none). */
export function actionsOf(records: PropertyRecords, hazardId: string): readonly RegisterAction[] {
  return records.actionsByHazard.get(hazardId) as readonly RegisterAction[];
}

/** Actions raised on or before the report date. */
export function actionsOn(records: PropertyRecords, hazardId: string, asOf: string): RegisterAction[] {
  return actionsOf(records, hazardId).filter((action) => action.raisedOn <= asOf);
}
