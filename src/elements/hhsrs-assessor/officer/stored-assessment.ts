import { assessmentProblems, reviveAssessment, type Assessment } from '../../../schema/assessment.ts';
import type { Problem } from '../../../schema/zod.ts';
import type { StoredDraft } from '../../../storage/repository.ts';

// The assessment schema brings zod: only screens fetched later read stored assessments through here.

/** Reads an assessment kept in storage, or undefined if it is not one this version can read. */
export async function readStoredAssessment(value: unknown): Promise<Assessment | undefined> {
  return reviveAssessment(value);
}

/** Why a stored value is not an assessment this version can read, each problem with its path. */
export async function storedAssessmentProblems(value: unknown): Promise<Problem[]> {
  return assessmentProblems(value);
}

/** The photos the stored assessments refer to (a kept revision or a copy may share one with another). */
export async function photosUsedBy(drafts: readonly StoredDraft[]): Promise<Set<string>> {
  const assessments = await Promise.all(drafts.map((d) => readStoredAssessment(d.value)));
  return new Set(assessments.flatMap((a) => a?.hazards.flatMap((h) => h.photos?.map((p) => p.id) ?? []) ?? []));
}
