import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chooseScheme } from '../../../../core/index.ts';
import type { PropertyRecord } from '../../../../schema/register.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { textField } from '../../common/fields.ts';
import { textArea } from '../../common/record-fields.ts';
import { saveRecord, showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { formBanners } from '../../common/record-form-banners.ts';
import { RecordFormKeeper } from '../../common/record-form-keeper.ts';
import { RegisterView } from '../../common/register-view.ts';

const EMPTY = { inspectionDate: '', inspector: '', notes: '' };

/** Records an HHSRS assessment (an inspection) of a property; its hazards are recorded against it next. */
export class RegisterAssessmentForm extends RegisterView {
  @property({ attribute: false }) propertyId = '';
  @state() private errors: Errors = {};
  /** The property's nation, which with the inspection date fixes the scheme (FACTS §7). */
  @state() private property: PropertyRecord | undefined;
  private readonly form = new RecordFormKeeper(this, 'assessments', 'assessment', EMPTY, () => ({
    inspectionDate: this.ctx.today,
    inspector: this.ctx.who,
    notes: '',
  }));

  protected override subject(): string {
    return this.propertyId;
  }

  protected async load(): Promise<void> {
    this.property = await this.ctx.repository.get('properties', this.propertyId);
    await this.form.opened(this.subject(), undefined);
  }

  /** The officer page's own choice; the register holds no scheme packs, so none is loaded here. */
  private scheme() {
    return chooseScheme({ nation: this.property?.nation ?? '', inspectionDate: this.form.fields.inspectionDate });
  }

  private set(name: keyof typeof EMPTY, value: string): void {
    this.form.set({ ...this.form.fields, [name]: value });
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { m, today } = this.ctx;
    const f = this.form.fields;
    this.errors = !f.inspectionDate
      ? { 'assessment-date': m.errInspectionDate }
      : f.inspectionDate > today
        ? { 'assessment-date': m.errInspectionFuture }
        : {};
    if (Object.keys(this.errors).length > 0) return showErrors(this);
    // An inspection no scheme here covers is recorded unscored, as an import of one is: never as england-2005.
    const choice = this.scheme();
    const schemeId = choice.ok ? choice.scheme.id : 'none';
    const input = {
      propertyId: this.propertyId,
      inspectionDate: f.inspectionDate,
      inspector: f.inspector.trim(),
      schemeId,
      source: 'entered' as const,
      notes: f.notes.trim(),
    };
    const errors = await saveRecord(this.ctx, 'assessments', input, this.form, {}, () => ({
      view: 'property',
      id: this.propertyId,
    }));
    if (!errors) return;
    this.errors = errors;
    return showErrors(this);
  }

  private cancel(): void {
    this.form.discard();
    this.ctx.navigate({ view: 'property', id: this.propertyId });
  }

  /** An English inspection from 22 June 2026: why it is not scored, what to do, and that findings still count. */
  private schemeMessage() {
    const choice = this.scheme();
    if (choice.ok || choice.reason !== 'needs-2026-scheme') return nothing;
    const { m } = this.ctx;
    return html`<div class="inset" data-scheme-2026>
        <h2>${m.assessment2026Title}</h2>
        <p>${m.assessment2026Why}</p>
        <p>${m.assessment2026Do}</p>
        <p>${m.assessment2026Findings}</p>
      </div>
      ${choice.warning ? html`<p class="warning-text" data-scheme-warning>${choice.warning}</p>` : nothing}`;
  }

  override render() {
    const { m } = this.ctx;
    const f = this.form.fields;
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
      <h1 tabindex="-1">${m.addAssessmentTitle}</h1>
      ${formBanners(m, this.form, m.whatNewAssessment)}
      <p>${m.assessmentIntro}</p>
      ${textField({ id: 'assessment-date', label: m.fieldInspectionDate, type: 'date', width: 'medium', value: f.inspectionDate, error: this.errors['assessment-date'], onInput: (v) => this.set('inspectionDate', v) })}
      ${this.schemeMessage()}
      ${textField({ id: 'assessment-inspector', label: m.fieldInspector, value: f.inspector, width: 'medium', onInput: (v) => this.set('inspector', v) })}
      ${textArea({ id: 'assessment-notes', label: m.fieldNotes, value: f.notes, onInput: (v) => this.set('notes', v) })}
      <div class="button-group">
        <button type="submit" class="button">${m.saveAssessment}</button>
        <button type="button" class="link" @click=${this.cancel}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
