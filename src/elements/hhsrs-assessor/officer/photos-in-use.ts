import type { StoredDraft } from '../../../storage/repository.ts';
import { readStoredAssessment } from './stored-assessment.ts';

// Asked only when a photo or an assessment is deleted, so it comes with that code, not the first screen.

/** The photos the stored assessments refer to (a kept revision or a copy may share one with another). */
export async function photosUsedBy(drafts: readonly StoredDraft[]): Promise<Set<string>> {
  const assessments = await Promise.all(drafts.map((d) => readStoredAssessment(d.value)));
  return new Set(assessments.flatMap((a) => a?.hazards.flatMap((h) => h.photos?.map((p) => p.id) ?? []) ?? []));
}
