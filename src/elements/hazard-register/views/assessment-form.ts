import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ENGLAND_2005 } from '../../../core/index.ts';
import { errorSummary } from '../../ui/error-summary.ts';
import { textField } from '../fields.ts';
import { textArea } from '../record-fields.ts';
import { showErrors, summaryOf, type Errors } from './form-errors.ts';
import { RegisterView } from './register-view.ts';

/** Records an HHSRS assessment (an inspection) of a property; its hazards are recorded against it next. */
export class RegisterAssessmentForm extends RegisterView {
  @property({ attribute: false }) propertyId = '';
  @state() private inspectionDate = '';
  @state() private inspector = '';
  @state() private notes = '';
  @state() private errors: Errors = {};

  protected override subject(): string {
    return this.propertyId;
  }

  protected async load(): Promise<void> {
    this.inspectionDate ||= this.ctx.today;
    this.inspector ||= this.ctx.who;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { m, repository, who, today } = this.ctx;
    this.errors = !this.inspectionDate ? { 'assessment-date': m.errInspectionDate } : this.inspectionDate > today ? { 'assessment-date': m.errInspectionFuture } : {};
    if (Object.keys(this.errors).length > 0) return showErrors(this);
    try {
      const saved = await repository.save('assessments', {
        propertyId: this.propertyId, inspectionDate: this.inspectionDate, inspector: this.inspector.trim(), schemeId: ENGLAND_2005.id, source: 'entered', notes: this.notes.trim(),
      }, null, who);
      this.ctx.changed('assessments', saved.id, 'created');
      this.ctx.navigate({ view: 'property', id: this.propertyId });
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  override render() {
    const { m } = this.ctx;
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
      <h1 tabindex="-1">${m.addAssessmentTitle}</h1>
      <p>${m.assessmentIntro}</p>
      ${textField({ id: 'assessment-date', label: m.fieldInspectionDate, type: 'date', width: 'medium', value: this.inspectionDate, error: this.errors['assessment-date'], onInput: (v) => (this.inspectionDate = v) })}
      ${textField({ id: 'assessment-inspector', label: m.fieldInspector, value: this.inspector, width: 'medium', onInput: (v) => (this.inspector = v) })}
      ${textArea({ id: 'assessment-notes', label: m.fieldNotes, value: this.notes, onInput: (v) => (this.notes = v) })}
      <div class="button-group">
        <button type="submit" class="button">${m.saveAssessment}</button>
        <button type="button" class="link" @click=${() => this.ctx.navigate({ view: 'property', id: this.propertyId })}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
