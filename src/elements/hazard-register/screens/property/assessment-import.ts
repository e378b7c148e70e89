import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Problem } from '../../../../schema/zod.ts';
import type { AssessmentImport, AssessmentImportPlan } from '../../../../storage/register/assessment-import.ts';
import { OnDemand } from '../../../controllers/on-demand.ts';
import { fileButton } from '../../../ui/file-button.ts';
import { formatDate } from '../../common/format.ts';
import { RegisterView } from '../../common/register-view.ts';

/** On a property page: bring in an assessment file exported from the officer's HHSRS assessment. */
export class RegisterAssessmentImport extends RegisterView {
  @property({ attribute: false }) propertyId = '';
  @state() private plan: AssessmentImportPlan | undefined;
  @state() private problems: Problem[] = [];
  @state() private done = '';

  /** Reads an assessment file with the assessment schema (and zod), fetched when the first file is chosen. */
  private readonly reader = new OnDemand(this, () => this.ctx.later.assessmentImport());

  protected async load(): Promise<void> {}

  private async choose(file: File): Promise<void> {
    [this.plan, this.problems, this.done] = [undefined, [], ''];
    const reader = await this.reader.fetch();
    if (!reader) return;
    let result: AssessmentImport;
    try {
      result = await reader.planAssessmentImport(await file.text(), this.propertyId);
    } catch (error) {
      return this.ctx.fail(error);
    }
    if (result.ok) this.plan = result.plan;
    else this.problems = result.problems;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#assessment-import-result')?.focus();
  }

  private async commit(): Promise<void> {
    if (!this.plan) return;
    try {
      await this.ctx.repository.saveMany(this.plan.batch, this.ctx.who);
      this.done = this.ctx.m.assessmentImported(this.plan.scored + this.plan.unscored);
      this.plan = undefined;
      this.ctx.changed('assessments', this.propertyId, 'created');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  /** A finalised file's fingerprint, checked before the user confirms: a mismatch is said in words, never silently. */
  private fingerprint({ fingerprint }: AssessmentImportPlan) {
    if (!fingerprint) return nothing;
    const { m } = this.ctx;
    return fingerprint.matches
      ? html`<p data-fingerprint>${fingerprint.words}</p>`
      : html`<div class="warning-text" data-fingerprint>
          <p>${fingerprint.words}</p><p>${m.assessmentFingerprintDiffers}</p>
        </div>`;
  }

  override render() {
    const { m } = this.ctx;
    return html`<p class="hint" id="assessment-import-hint">${m.assessmentFileHint}</p>
      <div class="button-group">
        ${fileButton({
          label: m.chooseAssessmentFile,
          inputId: 'assessment-import-file',
          buttonId: 'assessment-import-button',
          accept: 'application/json,.json',
          describedBy: 'assessment-import-hint',
          onFile: (file) => void this.choose(file),
        })}
      </div>
      <p class="status-line" role="status">${this.done}</p>
      ${this.reader.failed ? this.reader.placeholder() : nothing}
      ${
        this.problems.length > 0
          ? html`<div class="error-summary" id="assessment-import-result" tabindex="-1" role="alert" aria-labelledby="assessment-import-title">
            <h3 class="error-summary__title" id="assessment-import-title">${m.assessmentFileRefused}</h3>
            <ul class="error-summary__list problem-list">${this.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
          </div>`
          : nothing
      }
      ${
        this.plan
          ? html`<div class="inset" id="assessment-import-result" tabindex="-1">
            <p>${m.assessmentFileSummary(formatDate(this.plan.inspectionDate), this.plan.scored, this.plan.unscored)}</p>
            ${this.plan.notScored ? html`<p class="warning-text" data-not-scored>${m.assessmentNotScored(this.plan.notScored)}</p>` : nothing}
            ${this.fingerprint(this.plan)}
            <button type="button" class="button" @click=${this.commit}>${m.importAssessment}</button>
          </div>`
          : nothing
      }`;
  }
}
