import type { Assessment } from '../../../schema/assessment.ts';

/** The assessment schema (and zod with it), fetched the first time a stored assessment is read, never for a new one. */
const schema = () => import('../../../schema/assessment.ts');

/** Reads an assessment kept in storage, or undefined if it is not one this version can read. */
export async function readStoredAssessment(value: unknown): Promise<Assessment | undefined> {
  return (await schema()).reviveAssessment(value);
}
