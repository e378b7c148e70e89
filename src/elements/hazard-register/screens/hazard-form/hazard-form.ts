import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HAZARDS } from '../../../../core/index.ts';
import type { AssessmentRecord } from '../../../../schema/register.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { selectField, textField } from '../../common/fields.ts';
import { formatDate } from '../../common/format.ts';
import { radios, textArea } from '../../common/record-fields.ts';
import { categoryTag } from '../../common/tags.ts';
import { saveRecord, showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import {
  checkHazard,
  emptyHazardFields,
  fieldsFromHazard,
  hazardInput,
  scoreOf,
  type HazardFields,
} from './hazard-form-state.ts';
import { formBanners } from '../../common/record-form-banners.ts';
import { RecordFormKeeper } from '../../common/record-form-keeper.ts';
import { RegisterView } from '../../common/register-view.ts';

/** Records a hazard found at a property, or a resident's or key worker's report of one; or changes it. */
export class RegisterHazardForm extends RegisterView {
  @property({ attribute: false }) propertyId = '';
  @property({ attribute: false }) hazardEntryId: string | undefined;
  @state() private errors: Errors = {};
  @state() private assessments: AssessmentRecord[] = [];
  private readonly form = new RecordFormKeeper(this, 'hazards', 'hazard', emptyHazardFields(''), (entry) =>
    entry ? fieldsFromHazard(entry) : emptyHazardFields(this.ctx.today),
  );

  protected override subject(): string {
    return `${this.propertyId}|${this.hazardEntryId ?? 'new'}`;
  }

  protected async load(): Promise<void> {
    const { repository } = this.ctx;
    const existing = this.hazardEntryId ? await repository.get('hazards', this.hazardEntryId) : undefined;
    this.assessments = await repository.assessmentsOf(this.propertyId);
    await this.form.opened(this.subject(), existing);
  }

  private set(name: keyof HazardFields, value: string): void {
    const next = { ...this.form.fields, [name]: value };
    if (name === 'status' && (value === 'resolved' || value === 'no-action') && !next.resolvedOn)
      next.resolvedOn = this.ctx.today;
    this.form.set(next);
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { m, today } = this.ctx;
    this.errors = checkHazard(this.form.fields, m, today);
    if (Object.keys(this.errors).length > 0) return showErrors(this);
    const errors = await saveRecord(
      this.ctx,
      'hazards',
      hazardInput(this.form.fields, this.propertyId, today, this.hazardEntryId),
      this.form,
      {
        awaabs: ['hazard-aware', m.fieldAwareAt],
        resolvedOn: ['hazard-resolved', m.fieldResolvedOn],
        madeSafeAt: ['hazard-made-safe', m.fieldMadeSafe],
      },
      (saved) => ({ view: 'hazard', id: saved.id }),
    );
    if (!errors) return;
    this.errors = errors;
    return showErrors(this);
  }

  private cancel(): void {
    this.form.discard();
    this.ctx.navigate(
      this.hazardEntryId ? { view: 'hazard', id: this.hazardEntryId } : { view: 'property', id: this.propertyId },
    );
  }

  override render() {
    const { m } = this.ctx;
    const f = this.form.fields;
    const e = this.errors;
    const scored = scoreOf(f.score);
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(m.errorSummaryTitle, summaryOf(e), this)}
      <h1 tabindex="-1">${this.hazardEntryId ? m.changeHazardTitle : m.addHazardTitle}</h1>
      ${formBanners(m, this.form, this.hazardEntryId ? m.whatHazard : m.whatNewHazard)}
      ${selectField({
        id: 'hazard-type',
        label: m.fieldHazard,
        hint: m.hazardHint,
        value: f.hazardId,
        error: e['hazard-type'],
        choices: [['', m.chooseHazard], ...HAZARDS.map((h) => [h.id, `${h.number}. ${h.name}`] as const)],
        onInput: (v) => this.set('hazardId', v),
      })}
      ${textField({ id: 'hazard-location', label: m.fieldLocation, hint: m.locationHint, value: f.location, width: 'medium', onInput: (v) => this.set('location', v) })}
      ${textArea({ id: 'hazard-description', label: m.fieldDescription, value: f.description, onInput: (v) => this.set('description', v) })}
      ${textField({ id: 'hazard-found', label: m.fieldFoundOn, type: 'date', width: 'medium', value: f.foundOn, error: e['hazard-found'], onInput: (v) => this.set('foundOn', v) })}
      ${radios({
        id: 'hazard-reported-by',
        label: m.fieldReportedBy,
        value: f.reportedBy,
        error: e['hazard-reported-by'],
        choices: [
          ['inspection', m.reportedInspection],
          ['resident', m.reportedResident],
          ['key-worker', m.reportedKeyWorker],
        ],
        onInput: (v) => this.set('reportedBy', v),
      })}
      ${
        f.reportedBy && f.reportedBy !== 'inspection'
          ? textField({
              id: 'hazard-escalated',
              label: m.fieldEscalatedOn,
              hint: m.escalatedHint,
              type: 'date',
              width: 'medium',
              value: f.escalatedOn,
              error: e['hazard-escalated'],
              onInput: (v) => this.set('escalatedOn', v),
            })
          : nothing
      }
      ${
        this.assessments.length > 0
          ? selectField({
              id: 'hazard-assessment',
              label: m.fieldAssessment,
              value: f.assessmentId,
              choices: [
                ['', m.noAssessment],
                ...this.assessments.map((a) => [a.id, m.assessmentOf(formatDate(a.inspectionDate))] as const),
              ],
              onInput: (v) => this.set('assessmentId', v),
            })
          : nothing
      }
      ${textField({ id: 'hazard-score', label: m.fieldScore, hint: m.scoreHint, width: 'short', inputmode: 'numeric', value: f.score, error: e['hazard-score'], onInput: (v) => this.set('score', v) })}
      <p class="score-result" role="status">${scored ? html`${m.bandIs(scored.band)} ${categoryTag(m, scored.category)}` : nothing}</p>
      ${radios({
        id: 'hazard-status',
        label: m.fieldStatus,
        value: f.status,
        error: e['hazard-status'],
        choices: [
          ['reported', m.statusReported, m.statusReportedHint],
          ['open', m.statusOpen, m.statusOpenHint],
          ['resolved', m.statusResolved],
          ['no-action', m.statusNoAction, m.statusNoActionHint],
        ],
        onInput: (v) => this.set('status', v),
      })}
      ${
        f.status === 'resolved' || f.status === 'no-action'
          ? textField({
              id: 'hazard-resolved',
              label: m.fieldResolvedOn,
              type: 'date',
              width: 'medium',
              value: f.resolvedOn,
              error: e['hazard-resolved'],
              onInput: (v) => this.set('resolvedOn', v),
            })
          : nothing
      }
      <fieldset class="form-section">
        <legend class="section-legend">${m.awaabsLegend}</legend>
        <p class="hint">${m.awaabsHint}</p>
        ${radios({
          id: 'hazard-risk',
          label: m.fieldRiskLevel,
          value: f.riskLevel,
          choices: [
            ['', m.riskNone],
            ['emergency', m.riskEmergency, m.riskEmergencyHint],
            ['significant', m.riskSignificant, m.riskSignificantHint],
          ],
          onInput: (v) => this.set('riskLevel', v),
        })}
        ${
          f.riskLevel
            ? html`${radios({
                id: 'hazard-how',
                label: m.fieldAwareHow,
                hint: m.awareHowHint,
                value: f.awareHow,
                choices: [
                  ['phone', m.how_phone],
                  ['repair-report', m.how_repair_report],
                  ['visit', m.how_visit],
                  ['email', m.how_email],
                  ['letter', m.how_letter, m.how_letter_hint],
                ],
                onInput: (v) => this.set('awareHow', v),
              })}
              ${
                f.awareHow === 'letter'
                  ? radios({
                      id: 'hazard-post-class',
                      label: m.fieldPostClass,
                      value: f.postClass,
                      choices: [
                        ['first', m.postFirst],
                        ['second', m.postSecond],
                        ['', m.postNotKnown, m.postNotKnownHint],
                      ],
                      onInput: (v) => this.set('postClass', v),
                    })
                  : nothing
              }
              ${textField({ id: 'hazard-aware', label: m.fieldAwareAt, hint: f.awareHow === 'letter' ? m.awareAtLetterHint : m.awareAtHint, type: 'datetime-local', width: 'medium', value: f.awareAt, error: e['hazard-aware'], onInput: (v) => this.set('awareAt', v) })}
              ${textField({ id: 'hazard-investigation', label: m.fieldInvestigationEnded, type: 'date', width: 'medium', value: f.investigationEndedOn, error: e['hazard-investigation'], onInput: (v) => this.set('investigationEndedOn', v) })}
              <p class="hint">${m.stepsHint}</p>
              ${
                f.riskLevel === 'significant'
                  ? textField({
                      id: 'hazard-summary-sent',
                      label: m.fieldSummarySent,
                      type: 'date',
                      width: 'medium',
                      value: f.writtenSummarySentOn,
                      error: e['hazard-summary-sent'],
                      onInput: (v) => this.set('writtenSummarySentOn', v),
                    })
                  : nothing
              }
              ${textField({ id: 'hazard-made-safe', label: m.fieldMadeSafe, hint: m.madeSafeHint, type: 'datetime-local', width: 'medium', value: f.madeSafeAt, error: e['hazard-made-safe'], onInput: (v) => this.set('madeSafeAt', v) })}
              ${
                f.riskLevel === 'significant'
                  ? textField({
                      id: 'hazard-works-started',
                      label: m.fieldWorksStarted,
                      type: 'date',
                      width: 'medium',
                      value: f.furtherWorksStartedOn,
                      error: e['hazard-works-started'],
                      onInput: (v) => this.set('furtherWorksStartedOn', v),
                    })
                  : nothing
              }`
            : nothing
        }
      </fieldset>
      <div class="button-group">
        <button type="submit" class="button">${m.saveHazard}</button>
        <button type="button" class="link" @click=${this.cancel}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
