import type { EvaluatedHazard } from '../../../../../core/index.ts';
import { assessmentLayout } from '../../../../../print/assessment-layout.ts';
import type { PrintDocument } from '../../../../../print/document.ts';
import { downloadBlob } from '../../../../../print/download.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import { assessmentSummary } from '../editing/hazards/evaluate.ts';
import { fileNameFrom } from '../../revisions.ts';
import { officerMessages } from '../../messages.ts';
import { findingsOnly, type ResolvedScheme } from '../../scheme-state.ts';
import type { renderPdf as RenderPdfFn } from '../../../../../print/render-pdf.ts';

type RenderPdf = typeof RenderPdfFn;

/**
 * The assessment as a document: shown by the browser's own printing and drawn as a PDF. Fetched once there
 * is something to print, or when the officer asks to print, so a blank first screen does not carry it.
 */
export { printView } from '../../../../ui/print-view.ts';

export function assessmentDocument(
  assessment: Assessment,
  evaluated: EvaluatedHazard[],
  resolved: ResolvedScheme,
  printedAt: string,
): PrintDocument {
  const summary = assessmentSummary(assessment, evaluated, resolved.scheme);
  const notScored = findingsOnly(resolved) ? officerMessages.notScored2026 : undefined;
  const schemeMessage = [resolved.message, resolved.warning].filter(Boolean).join(' ') || undefined;
  const { scheme } = resolved;
  return assessmentLayout({ assessment, evaluated, summary, scheme, schemeMessage, notScored, printedAt });
}

/** The assessment's PDF, downloaded; or why it could not be made. */
export async function assessmentPdf(
  assessment: Assessment,
  evaluated: EvaluatedHazard[],
  resolved: ResolvedScheme,
  renderPdf: RenderPdf,
): Promise<string | undefined> {
  try {
    await downloadPdf(assessmentDocument(assessment, evaluated, resolved, new Date().toISOString()), renderPdf);
    return undefined;
  } catch {
    return 'The PDF could not be made. Use Print instead, or try again.';
  }
}

/** A document drawn as a PDF by `renderPdf` (jsPDF, fetched on the first request for a PDF), downloaded. */
export async function downloadPdf(doc: PrintDocument, renderPdf: RenderPdf): Promise<Blob> {
  const blob = await renderPdf(doc);
  downloadBlob(blob, `${fileNameFrom(doc.title)}.pdf`);
  return blob;
}
