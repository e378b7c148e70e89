import type { EvaluatedHazard } from '../../../core/index.ts';
import { ENGLAND_2005, summariseAssessment } from '../../../core/index.ts';
import { assessmentLayout } from '../../../print/assessment-layout.ts';
import type { PrintDocument } from '../../../print/document.ts';
import { downloadBlob } from '../../../print/download.ts';
import { assessmentFile, parseAssessmentFile, type Assessment, type AssessmentParse } from '../../../schema/assessment.ts';
import type { ResolvedScheme } from './scheme-choice.ts';

/** An assessment file is a few kilobytes; anything this large is not one, and parsing it would stall the tab. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function exportAssessment(assessment: Assessment): void {
  const name = slug(assessment.details.address || assessment.details.reference || 'assessment');
  downloadBlob(new Blob([assessmentFile(assessment, new Date().toISOString())], { type: 'application/json' }), `hhsrs-${name}.json`);
}

export async function importAssessment(file: File): Promise<AssessmentParse> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ path: '(the whole file)', message: `is ${(file.size / 1048576).toFixed(1)} MB; an assessment file is at most 5 MB. Check you chose the right file.` }] };
  }
  return parseAssessmentFile(await file.text());
}

export function assessmentDocument(assessment: Assessment, evaluated: EvaluatedHazard[], resolved: ResolvedScheme, printedAt: string): PrintDocument {
  const summary = summariseAssessment(evaluated, resolved.scheme ?? ENGLAND_2005, {
    nation: assessment.details.nation || 'england',
    hmoOrCommonParts: assessment.details.hmoOrCommonParts,
  });
  return assessmentLayout({ assessment, evaluated, summary, scheme: resolved.scheme, schemeMessage: resolved.message, printedAt });
}

/** jsPDF is loaded only now, on the first request for a PDF. */
export async function downloadAssessmentPdf(doc: PrintDocument): Promise<Blob> {
  const { renderPdf } = await import('../../../print/render-pdf.ts');
  const blob = await renderPdf(doc);
  downloadBlob(blob, `${slug(doc.title)}.pdf`);
  return blob;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'assessment';
}
