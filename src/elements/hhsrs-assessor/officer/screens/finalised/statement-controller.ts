import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EvaluatedHazard } from '../../../../../core/index.ts';
import type { StatementHazard } from '../../../../../core/statement.ts';
import type { Assessment, Statement } from '../../../../../schema/assessment.ts';
import type { DraftController } from '../../../../controllers/draft-controller.ts';
import { translator } from '../../../../i18n.ts';
import type { FieldError } from '../../../../ui/error-summary.ts';
import { statementFingerprint } from '../../../../../schema/assessment-fingerprint.ts';
import type { PrintDocument } from '../../../../../print/document.ts';
import { statementMessages } from './statement-messages.ts';
import type { ResolvedScheme } from '../../scheme-state.ts';
import {
  draftSections,
  emptyStatement,
  isServed,
  offeredHazards,
  statementDocument,
  statementHazards,
  validateStatement,
  withServiceDate,
} from './statement-model.ts';

export interface StatementHost extends ReactiveControllerHost {
  readonly draft: DraftController<Assessment>;
  readonly assessment: Assessment;
  /** Only the open, finalised revision takes a statement; a kept revision is never changed. */
  readonly statementEditable: boolean;
  /** The hazards as scored and the scheme they fall under, as last drawn. */
  readonly scored: { evaluated: EvaluatedHazard[] | undefined; resolved: ResolvedScheme };
  announce(message: string, focusId?: string): void;
  /** Draws a document as a PDF and downloads it; rejects if it could not be made (or its code fetched). */
  downloadPdf(doc: PrintDocument): Promise<unknown>;
}

/**
 * The statement of reasons on a finalised assessment: the action, hazards and date chosen, the drafted
 * text as edited, saved with the assessment (with its own fingerprint), printed and made into a PDF.
 */
export class StatementController implements ReactiveController {
  readonly t = translator(statementMessages, {}, 'en');
  errors: FieldError[] = [];
  confirmRedraft = false;
  /** While true the print view shows the statement rather than the assessment. */
  printing = false;
  busy: string | undefined;

  constructor(private readonly host: StatementHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    Object.assign(this, { errors: [], confirmRedraft: false, busy: undefined });
  }

  get statement(): Statement {
    return this.host.assessment.statement ?? emptyStatement();
  }

  change(patch: Partial<Statement>): void {
    if (!this.host.statementEditable) return;
    const before = this.statement;
    const changedTo = { ...before, ...patch };
    // A date given for an order is not a day of service: a notice chosen instead starts with how it is sent.
    if (isServed(changedTo) && !isServed(before) && changedTo.service === undefined)
      changedTo.service = { method: '', sentOn: '', sentAt: '' };
    const next = withServiceDate(changedTo);
    // An emergency measure cannot deal with a Category 2 hazard: untick any the new action does not offer.
    const offered = new Set(offeredHazards(next, this.hazards()).map((h) => h.id));
    next.hazardIds = next.hazardIds.filter((id) => offered.has(id));
    const { finalised } = this.host.assessment;
    const changed = { ...this.host.assessment, statement: next };
    // The statement's fingerprint is saved in the same write as the statement, so a page closed straight after
    // an edit never leaves a true record looking changed.
    const statementSha256 = statementFingerprint(changed);
    this.host.draft.update(
      finalised && statementSha256 ? { ...changed, finalised: { ...finalised, statementSha256 } } : changed,
    );
    if (this.errors.length > 0) this.errors = validateStatement(next, this.hazards(), this.host.assessment, this.t);
  }

  toggleHazard(id: string, checked: boolean): void {
    const ids = this.statement.hazardIds.filter((h) => h !== id);
    this.change({ hazardIds: checked ? [...ids, id] : ids });
  }

  changeSection(index: number, text: string): void {
    this.change({ sections: this.statement.sections.map((s, i) => (i === index ? { ...s, text } : s)) });
  }

  /** Drafts the text from the assessment; drafting over existing text asks first. */
  draft(): void {
    const statement = this.statement;
    const hazards = this.hazards();
    this.errors = validateStatement(statement, hazards, this.host.assessment, this.t);
    if (this.errors.length > 0) {
      this.host.announce('', 'error-summary');
      return;
    }
    if (statement.sections.length > 0 && !this.confirmRedraft) {
      this.confirmRedraft = true;
      this.host.announce('', 'confirm-redraft');
      return;
    }
    this.confirmRedraft = false;
    const action = statement.action as Exclude<Statement['action'], ''>;
    this.change({
      sections: draftSections(this.host.assessment, statement, hazards),
      drafted: { action, hazardIds: statement.hazardIds },
    });
    this.host.announce(this.t('drafted'), 'statement-text-title');
  }

  cancelRedraft(): void {
    this.confirmRedraft = false;
    this.host.announce('', 'statement-draft');
  }

  document() {
    return statementDocument(this.host.assessment, this.statement, this.hazards(), new Date().toISOString());
  }

  async print(): Promise<void> {
    this.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    try {
      print();
    } finally {
      this.printing = false;
      this.host.requestUpdate();
    }
  }

  async pdf(): Promise<void> {
    this.busy = this.t('preparingPdf');
    this.host.requestUpdate();
    try {
      await this.host.downloadPdf(this.document());
      this.busy = undefined;
    } catch {
      this.busy = this.t('pdfFailed');
    }
    this.host.requestUpdate();
  }

  /** The scored hazards of the assessment. */
  private hazards(): StatementHazard[] {
    const { evaluated, resolved } = this.host.scored;
    return statementHazards(evaluated ?? [], resolved.scheme);
  }
}
