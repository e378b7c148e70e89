// The officer view on a page, with the measurements the bench asks for exposed on window.
import { HAZARDS } from '../src/core/index.ts';
import { defineOnce } from '../src/elements/define-once.ts';
import { HhsrsAssessor } from '../src/elements/hhsrs-assessor/hhsrs-assessor.ts';
import { OfficerAssessment } from '../src/elements/hhsrs-assessor/officer/officer-assessment.ts';
import { assessmentDocument } from '../src/elements/hhsrs-assessor/officer/screens/printing/index.ts';
import { resolveScheme } from '../src/elements/hhsrs-assessor/officer/screens/editing/scheme-choice.ts';
import { evaluateHazard, ENGLAND_2005 } from '../src/core/index.ts';
import type { Assessment } from '../src/schema/assessment.ts';
import { emptyAssessment } from '../src/schema/assessment-values.ts';

defineOnce('hhsrs-officer-assessment', OfficerAssessment);
defineOnce('hhsrs-assessor', HhsrsAssessor);

const view = () =>
  document.querySelector('hhsrs-assessor')!.shadowRoot!.querySelector('hhsrs-officer-assessment') as OfficerAssessment;

function all29(): Assessment {
  const a = emptyAssessment('bench');
  a.details = { ...a.details, address: '1 Bench Street', nation: 'wales', inspectionDate: '2026-03-02' };
  a.hazards = HAZARDS.map((h, i) => ({
    hazardId: h.id,
    likelihood: [180, 10, 1800, 56][i % 4]!,
    mostLikelyClass: 4 as const,
    spread: [0, 4.6, 21.5, 0] as const,
    justification: `Seen at inspection: defect ${i + 1} in the ${['kitchen', 'bedroom', 'stairs'][i % 3]}.`,
  }));
  return a;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

Object.assign(window, {
  async benchRender29(): Promise<number> {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const v = view();
      v.draft.update(emptyAssessment('empty'));
      await v.updateComplete;
      const start = performance.now();
      v.draft.update(all29());
      await v.updateComplete;
      times.push(performance.now() - start);
    }
    return median(times);
  },
  async benchPdf29(): Promise<{ ms: number; bytes: number; pages: string }> {
    const a = all29();
    const resolved = resolveScheme(a, undefined, []);
    const evaluated = a.hazards.map((h) => evaluateHazard(h, resolved.scheme ?? ENGLAND_2005));
    const doc = assessmentDocument(a, evaluated, resolved, new Date().toISOString());
    const { renderPdf } = await import('../src/print/render-pdf.ts');
    await renderPdf(doc); // first call loads jsPDF and the font
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const blob = await renderPdf(doc);
      times.push(performance.now() - start);
      bytes = blob.size;
    }
    return { ms: median(times), bytes, pages: 'see pdfinfo' };
  },
});
