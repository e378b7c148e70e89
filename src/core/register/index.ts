/** The hazard register's pure logic: target dates, overdue, the quarterly compliance checklist, CSV, audit diffs. */
export { CHECKLIST_POLICY_DEFAULTS, describePolicy, type ChecklistPolicy } from './policy.ts';
export { awaabsFor, type AwaabsCase, type AwaabsOutcome } from './awaabs.ts';
export {
  awaabsSteps,
  type AwaabsRecorded,
  type AwaabsStep,
  type AwaabsStepField,
  type AwaabsStepState,
} from './awaabs-steps.ts';
export { proposeTargetDate, policyDueDate, type TargetInput, type TargetProposal } from './targets.ts';
export { actionState, isOverdue, type ActionState } from './overdue.ts';
export { hazardOverdue, type HazardOverdue } from './hazard-overdue.ts';
export { addMonths, daysBetween } from './dates.ts';
export { CHECKLIST_ITEMS, type ChecklistItemId } from './checklist-items.ts';
export {
  complianceReport,
  type ChecklistItemResult,
  type ComplianceInput,
  type ComplianceReport,
  type FailingProperty,
  type ItemStatus,
  type PropertySummary,
} from './compliance.ts';
export type { Finding } from './checks/context.ts';
export { hazardLabel } from './checks/context.ts';
export { diffRecords, type FieldChange } from './diff.ts';
export { propertiesAsAt, type PropertyChange } from './properties-as-at.ts';
export { reportCsvRows } from './report-csv.ts';
export { toCsv, parseCsv, type CsvCell, type ParsedCsv } from './csv.ts';
export { readChoice, readDate, readHazard, readPence, readWholeNumber, type CellResult } from './csv-values.ts';
export { guessMapping, unmappedRequired, applyMapping, type ColumnMapping, type ColumnSpec } from './csv-mapping.ts';
export type * from './types.ts';
export { planMerge, fieldDifferences, mergeKey } from './merge.ts';
export { resolveMerge } from './merge-resolve.ts';
export {
  MERGE_STORES,
  type ConflictChoice,
  type FieldDifference,
  type MergeAuditEntry,
  type MergeItem,
  type MergeKind,
  type MergePlan,
  type MergeRecord,
  type MergeSide,
  type MergeStore,
  type MergeWrite,
} from './merge-types.ts';
export {
  retentionList,
  RETENTION_MAX_MONTHS,
  type RetentionAction,
  type RetentionEvidence,
  type RetentionHazard,
  type RetentionItem,
  type RetentionList,
} from './retention.ts';
