import { html, nothing } from 'lit';
import type { PrintDocument } from '../../../../../print/document.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import type { Translate } from '../../../../i18n.ts';
import { printView } from '../../../../ui/print-view.ts';
import { finalisedBanner, type FinalisedBannerContext } from './finalise-view.ts';
import { finaliseText, type FinaliseMessages } from './messages.ts';
import { assessmentDocument } from '../printing/index.ts';
import { currentKeyOf, isRevisionKey } from '../../revisions.ts';
import type { ResolvedScheme } from '../../scheme-state.ts';
import type { FinaliseController } from './finalise-controller.ts';
import type { StatementController } from './statement-controller.ts';
import type { EvaluatedHazard } from '../../../../../core/index.ts';
import { statementHazards } from './statement-model.ts';
import { statementSection, type StatementContext } from './statement-section.ts';

export interface FinalisedPageContext {
  t: Translate<FinaliseMessages>;
  banner: FinalisedBannerContext;
  statement: StatementContext;
  /** The assessment as the PDF lays it out, shown instead of inputs. */
  document: PrintDocument;
  /** The statement of reasons as the PDF lays it out, when there is one. */
  statementDocument: PrintDocument | undefined;
}

/**
 * A finalised assessment (or a kept revision): read-only. The banner says who finalised it, when, and its
 * fingerprint; the statement of reasons follows; then the document itself, the same model as the PDF.
 */
export function finalisedPage(c: FinalisedPageContext) {
  const { t, statement } = c;
  const printingStatement = statement.s.printing;
  // A kept revision shows the statement it was kept with, read-only; the open revision edits its own.
  const keptStatement = !statement.editable && c.statementDocument;
  return html`
    <div class="screen-only">
      ${finalisedBanner(c.banner)}
      ${statementSection(statement)}
    </div>
    ${
      keptStatement
        ? html`<section class="document screen-only" aria-labelledby="kept-statement-title">
          <h2 id="kept-statement-title" class="document__title">${statement.s.t('heading')}</h2>${printView(keptStatement)}
        </section>`
        : nothing
    }
    <section class="document ${printingStatement ? 'screen-only' : ''}" aria-labelledby="document-title" data-document>
      <h2 id="document-title" class="document__title screen-only">${t('documentHeading')}</h2>
      ${printView(c.document)}
    </section>
    ${printingStatement && c.statementDocument ? printView(c.statementDocument) : nothing}
  `;
}

/** What the officer's view knows of a finalised assessment; the page is worked out from it here, not on the first screen. */
export interface FinalisedViewContext {
  assessment: Assessment;
  /** Where it is stored: a kept revision's key ends in `@r<n>`. */
  key: string;
  finalise: FinaliseController;
  statement: StatementController;
  /** The hazards as scored, and the scheme they were scored under. */
  evaluated: EvaluatedHazard[];
  resolved: ResolvedScheme;
  /** A PDF being made, or why print or PDF could not be done. */
  busy: string | undefined;
  print: () => void;
  pdf: () => void;
  statementEditable: boolean;
  root: ShadowRoot;
  open: (key: string) => void;
}

export function finalisedView(c: FinalisedViewContext) {
  const { assessment, evaluated, resolved, finalise, statement: s } = c;
  const t = finaliseText;
  finalise.checkOnOpening(c.key);
  return finalisedPage({
    t,
    banner: {
      t,
      assessment,
      finalise,
      revision: isRevisionKey(c.key),
      busy: c.busy,
      print: c.print,
      pdf: c.pdf,
      openCurrent: () => c.open(currentKeyOf(c.key)),
    },
    statement: {
      s,
      assessment,
      hazards: statementHazards(evaluated, resolved.scheme),
      editable: c.statementEditable,
      root: c.root,
    },
    document: assessmentDocument(assessment, evaluated, resolved, new Date().toISOString()),
    statementDocument: assessment.statement?.sections.length ? s.document() : undefined,
  });
}
