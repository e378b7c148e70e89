import { bandFor, categoryFor } from '../../../../core/index.ts';
import type { HazardEntryRecord } from '../../../../schema/register.ts';
import type { RecordInput } from '../../../../storage/register/repository.ts';
import type { RegisterMessages } from '../../messages.ts';
import type { Errors } from '../../common/form-errors.ts';
import type { AwaabsStepField } from '../../../../core/register/index.ts';
import type { AwarenessMeans } from '../../../../core/register/types.ts';

/** The hazard form's fields as typed, how they are checked, and the record they make. */
export type HazardFields = Record<
  | 'hazardId'
  | 'assessmentId'
  | 'location'
  | 'description'
  | 'foundOn'
  | 'reportedBy'
  | 'score'
  | 'status'
  | 'resolvedOn'
  | 'escalatedOn'
  | 'riskLevel'
  | 'awareAt'
  | 'awareHow'
  | 'postClass'
  | 'investigationEndedOn'
  | AwaabsStepField,
  string
>;

/** The Awaab's Law steps recorded after the investigation, with the form's ids: an emergency has only "made safe". */
export const STEP_FIELDS = [
  ['writtenSummarySentOn', 'hazard-summary-sent'],
  ['madeSafeAt', 'hazard-made-safe'],
  ['furtherWorksStartedOn', 'hazard-works-started'],
] as const;
const stepsOf = (riskLevel: string) =>
  STEP_FIELDS.filter(([name]) => riskLevel === 'significant' || (riskLevel === 'emergency' && name === 'madeSafeAt'));

export function emptyHazardFields(today: string): HazardFields {
  return {
    hazardId: '',
    assessmentId: '',
    location: '',
    description: '',
    foundOn: today,
    reportedBy: '',
    score: '',
    status: '',
    resolvedOn: '',
    escalatedOn: '',
    riskLevel: '',
    awareAt: '',
    awareHow: '',
    postClass: '',
    investigationEndedOn: '',
    writtenSummarySentOn: '',
    madeSafeAt: '',
    furtherWorksStartedOn: '',
  };
}

export function fieldsFromHazard(entry: HazardEntryRecord): HazardFields {
  return {
    hazardId: entry.hazardId,
    assessmentId: entry.assessmentId ?? '',
    location: entry.location,
    description: entry.description,
    foundOn: entry.foundOn,
    reportedBy: entry.reportedBy,
    score: entry.score === null ? '' : String(entry.score),
    status: entry.status,
    resolvedOn: entry.resolvedOn ?? '',
    escalatedOn: entry.escalatedOn ?? '',
    riskLevel: entry.awaabs?.riskLevel ?? '',
    awareAt: entry.awaabs?.awareAt ?? '',
    awareHow: entry.awaabs?.how ?? '',
    postClass: entry.awaabs?.postClass ?? '',
    investigationEndedOn: entry.investigationEndedOn ?? '',
    writtenSummarySentOn: entry.writtenSummarySentOn ?? '',
    madeSafeAt: entry.madeSafeAt ?? '',
    furtherWorksStartedOn: entry.furtherWorksStartedOn ?? '',
  };
}

/** Band and category of a typed score (Table 3, reg 8), or null while it is blank or not a whole number. */
export function scoreOf(text: string): { score: number; band: string; category: 1 | 2 } | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const score = Number(text.trim());
  const band = bandFor(score);
  return { score, band, category: categoryFor(band) };
}

export function checkHazard(f: HazardFields, m: RegisterMessages, today: string): Errors {
  const errors: Errors = {};
  if (!f.hazardId) errors['hazard-type'] = m.errHazardType;
  if (!f.foundOn) errors['hazard-found'] = m.errFoundOn;
  else if (f.foundOn > today) errors['hazard-found'] = m.errFoundFuture;
  if (!f.reportedBy) errors['hazard-reported-by'] = m.errReportedBy;
  if (f.score.trim() && !scoreOf(f.score)) errors['hazard-score'] = m.errScore;
  if (!f.status) errors['hazard-status'] = m.errStatus;
  const dealtWith = f.status === 'resolved' || f.status === 'no-action';
  if (dealtWith && !f.resolvedOn) errors['hazard-resolved'] = m.errResolvedOn;
  else if (dealtWith && f.resolvedOn < f.foundOn) errors['hazard-resolved'] = m.errResolvedBeforeFound;
  if (f.escalatedOn && f.escalatedOn < f.foundOn) errors['hazard-escalated'] = m.errEscalatedBeforeFound;
  if (f.riskLevel && !f.awareAt) errors['hazard-aware'] = m.errAwareAt;
  // FACTS.md §4: a letter that came after the hazard was found is not when the landlord first knew.
  else if (f.riskLevel && f.awareHow === 'letter' && f.awareAt.slice(0, 10) > f.foundOn)
    errors['hazard-aware'] = m.errLetterAfterFound;
  if (f.investigationEndedOn && f.awareAt && f.investigationEndedOn < f.awareAt.slice(0, 10))
    errors['hazard-investigation'] = m.errInvestigationBeforeAware;
  for (const [name, id] of stepsOf(f.riskLevel)) {
    const value = f[name];
    if (value && value.slice(0, 10) > today) errors[id] = m.errStepFuture;
    else if (value && f.awareAt && value < f.awareAt.slice(0, value.length)) errors[id] = m.errStepBeforeAware;
  }
  return errors;
}

/**
 * The record the fields make. A resident's or key worker's report that now has a score was passed on for
 * assessment by today at the latest, so an empty "passed on" date becomes today.
 */
export function hazardInput(
  f: HazardFields,
  propertyId: string,
  today: string,
  id: string | undefined,
): RecordInput<'hazards'> {
  const scored = scoreOf(f.score);
  const dealtWith = f.status === 'resolved' || f.status === 'no-action';
  const escalatedOn = f.escalatedOn || (scored && f.reportedBy !== 'inspection' ? today : '');
  return {
    ...(id ? { id } : {}),
    propertyId,
    assessmentId: f.assessmentId || null,
    hazardId: f.hazardId,
    location: f.location.trim(),
    description: f.description.trim(),
    foundOn: f.foundOn,
    reportedBy: f.reportedBy as HazardEntryRecord['reportedBy'],
    likelihood: null,
    spread: null,
    score: scored?.score ?? null,
    band: scored?.band ?? null,
    category: scored?.category ?? null,
    status: f.status as HazardEntryRecord['status'],
    escalatedOn: f.reportedBy === 'inspection' ? null : escalatedOn || null,
    resolvedOn: dealtWith ? f.resolvedOn : null,
    awaabs: f.riskLevel
      ? {
          riskLevel: f.riskLevel as 'emergency' | 'significant',
          awareAt: f.awareAt,
          ...(f.awareHow ? { how: f.awareHow as AwarenessMeans } : {}),
          ...(f.awareHow === 'letter' && f.postClass ? { postClass: f.postClass as 'first' | 'second' } : {}),
        }
      : null,
    investigationEndedOn: f.riskLevel && f.investigationEndedOn ? f.investigationEndedOn : null,
    // Left out, not null, while not recorded: the same as an entry written before these fields existed.
    ...Object.fromEntries(
      stepsOf(f.riskLevel)
        .filter(([name]) => f[name])
        .map(([name]) => [name, f[name]]),
    ),
  };
}
