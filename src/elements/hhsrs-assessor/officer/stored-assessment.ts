import type { Assessment } from '../../../schema/assessment.ts';
import type { Problem } from '../../../schema/zod.ts';

/** The assessment schema (and zod with it), fetched the first time a stored assessment is read, never for a new one. */
const schema = () => import('../../../schema/assessment.ts');

/** Reads an assessment kept in storage, or undefined if it is not one this version can read. */
export async function readStoredAssessment(value: unknown): Promise<Assessment | undefined> {
  return (await schema()).reviveAssessment(value);
}

/** Why a stored value is not an assessment this version can read, each problem with its path. */
export async function storedAssessmentProblems(value: unknown): Promise<Problem[]> {
  return (await schema()).assessmentProblems(value);
}
