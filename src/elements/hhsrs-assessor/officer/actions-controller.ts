import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EvaluatedHazard } from '../../../core/index.ts';
import type { Assessment } from '../../../schema/assessment.ts';
import { ON_DEMAND_WORDS } from '../../controllers/on-demand.ts';
import type { Translate } from '../../i18n.ts';
import type { OfficerMessages } from './messages.ts';
import type { OfficerParts } from './officer-parts.ts';
import type { ResolvedScheme } from './scheme-state.ts';

export interface ActionsHost extends ReactiveControllerHost {
  readonly assessment: Assessment;
  /** The hazards as scored and the scheme they fall under, as last drawn. */
  readonly scored: { evaluated: EvaluatedHazard[] | undefined; resolved: ResolvedScheme };
}

/**
 * The officer's actions whose code is fetched on first use (print, PDF, files): each waits for its code, and
 * the status line says what is under way, or why an action could not be done.
 */
export class ActionsController implements ReactiveController {
  /** Shown under the actions: a PDF being made, or why an action could not be done. */
  status: string | undefined;

  constructor(private readonly host: ActionsHost, private readonly parts: OfficerParts, private readonly t: Translate<OfficerMessages>) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Runs `action` once its code is here; if that cannot be fetched, says so and changes nothing. */
  async attempt<M>(load: () => Promise<M>, action: (code: M) => unknown): Promise<void> {
    let code: M;
    try {
      code = await load();
    } catch {
      return this.say(ON_DEMAND_WORDS.failed);
    }
    await action(code);
  }

  /** The browser's print dialog shows the print view, so it opens once the view's code is here and drawn. */
  async print(): Promise<void> {
    if (!(await this.parts.printable())) return this.say(ON_DEMAND_WORDS.failed);
    await this.host.updateComplete;
    print();
  }

  async pdf(): Promise<void> {
    this.say(this.t('preparingPdf'));
    const printout = await this.parts.printable();
    if (!printout) return this.say(ON_DEMAND_WORDS.failed);
    // Drawn once more with what just arrived, so the PDF has the scores the page shows.
    await this.host.updateComplete;
    const { evaluated, resolved } = this.host.scored;
    this.say(await printout.assessmentPdf(this.host.assessment, evaluated ?? [], resolved));
  }

  private say(status: string | undefined): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
