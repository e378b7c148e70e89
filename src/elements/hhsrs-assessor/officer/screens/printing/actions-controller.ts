import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EvaluatedHazard } from '../../../../../core/index.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import { ON_DEMAND_WORDS, type OnDemand } from '../../../../controllers/on-demand.ts';
import type { PrintDocument } from '../../../../../print/document.ts';
import type { renderPdf as RenderPdf } from '../../../../../print/render-pdf.ts';
import type { Translate } from '../../../../i18n.ts';
import type { OfficerMessages } from '../../messages.ts';
import type { OfficerParts } from '../../officer-parts.ts';
import type { ResolvedScheme } from '../../scheme-state.ts';

export interface ActionsHost extends ReactiveControllerHost {
  readonly assessment: Assessment;
  /** The hazards as scored and the scheme they fall under, as last drawn. */
  readonly scored: { evaluated: EvaluatedHazard[] | undefined; resolved: ResolvedScheme };
}

/**
 * Printing and the PDF, whose code is fetched on first use: each waits for its code, and
 * the status line says what is under way, or why an action could not be done.
 */
export class ActionsController implements ReactiveController {
  /** Shown under the actions: a PDF being made, or why an action could not be done. */
  status: string | undefined;

  constructor(
    private readonly host: ActionsHost,
    private readonly parts: OfficerParts,
    private readonly t: Translate<OfficerMessages>,
    /** The PDF renderer (jsPDF), fetched on the first request for a PDF. */
    private readonly renderer: OnDemand<{ renderPdf: typeof RenderPdf }>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The browser's print dialog shows the print view, so it opens once the view's code is here and drawn. */
  async print(): Promise<void> {
    if (!(await this.parts.printable())) return this.say(ON_DEMAND_WORDS.failed);
    await this.host.updateComplete;
    print();
  }

  async pdf(): Promise<void> {
    this.say(this.t('preparingPdf'));
    const [printout, pdf] = await Promise.all([this.parts.printable(), this.renderer.fetch()]);
    if (!printout || !pdf) return this.say(ON_DEMAND_WORDS.failed);
    // Drawn once more with what just arrived, so the PDF has the scores the page shows.
    await this.host.updateComplete;
    const { evaluated, resolved } = this.host.scored;
    this.say(await printout.assessmentPdf(this.host.assessment, evaluated ?? [], resolved, pdf.renderPdf));
  }

  /** A document (the statement of reasons) as a PDF; rejects if it could not be made or its code fetched. */
  async downloadPdf(doc: PrintDocument): Promise<void> {
    const [printout, pdf] = await Promise.all([this.parts.printout.fetch(), this.renderer.fetch()]);
    if (!printout || !pdf) throw new Error('The code that makes PDFs could not be fetched');
    await printout.downloadPdf(doc, pdf.renderPdf);
  }

  private say(status: string | undefined): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
