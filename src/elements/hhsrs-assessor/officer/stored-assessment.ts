import type { Assessment } from '../../../schema/assessment.ts';
import type { StoredDraft } from '../../../storage/repository.ts';

/** The assessment schema (and zod with it), fetched the first time a stored assessment is read, never for a new one. */
const schema = () => import('../../../schema/assessment.ts');

/** Reads an assessment kept in storage, or undefined if it is not one this version can read. */
export async function readStoredAssessment(value: unknown): Promise<Assessment | undefined> {
  return (await schema()).reviveAssessment(value);
}

/** The photos the stored assessments refer to (a kept revision or a copy may share one with another). */
export async function photosUsedBy(drafts: readonly StoredDraft[]): Promise<Set<string>> {
  const assessments = await Promise.all(drafts.map((d) => readStoredAssessment(d.value)));
  return new Set(assessments.flatMap((a) => a?.hazards.flatMap((h) => h.photos?.map((p) => p.id) ?? []) ?? []));
}
