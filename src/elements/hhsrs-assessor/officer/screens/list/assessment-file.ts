import { downloadBlob } from '../../../../../print/download.ts';
import { parseAssessmentFile, type Assessment, type AssessmentParse } from '../../../../../schema/assessment.ts';
import { assessmentFile } from '../../../../../schema/assessment-values.ts';
import { fileNameFrom } from '../../revisions.ts';

/** An assessment file is a few kilobytes; anything this large is not one, and parsing it would stall the tab. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function exportAssessment(assessment: Assessment): void {
  const name = fileNameFrom(assessment.details.address || assessment.details.reference || 'assessment');
  downloadBlob(
    new Blob([assessmentFile(assessment, new Date().toISOString())], { type: 'application/json' }),
    `hhsrs-${name}.json`,
  );
}

export async function importAssessment(file: File): Promise<AssessmentParse> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: '(the whole file)',
          message: `is ${(file.size / 1048576).toFixed(1)} MB; an assessment file is at most 5 MB. Check you chose the right file.`,
        },
      ],
    };
  }
  return parseAssessmentFile(await file.text());
}
