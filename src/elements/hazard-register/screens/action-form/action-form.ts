import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  dayOfService,
  SERVICE_METHODS,
  type DayOfService,
  type ServiceMethod,
} from '../../../../core/day-of-service.ts';
import { noticeTimeline } from '../../../../core/deadlines.ts';
import { HhsrsInputError } from '../../../../core/errors.ts';
import { NOTICE_RULES, type NoticeType } from '../../../../core/notice-rules.ts';
import { proposeTargetDate, type TargetProposal } from '../../../../core/register/index.ts';
import { checkServiceDate } from '../../../../core/service-date.ts';
import type { AssessmentRecord, HazardEntryRecord, PropertyRecord } from '../../../../schema/register.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { selectField, textField } from '../../common/fields.ts';
import { formatDate, penceFrom } from '../../common/format.ts';
import { hazardName } from '../../common/hazard-name.ts';
import { radios, textArea } from '../../common/record-fields.ts';
import { saveRecord, showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { formBanners } from '../../common/record-form-banners.ts';
import { RecordFormKeeper, valuesFor } from '../../common/record-form-keeper.ts';
import { RegisterView } from '../../common/register-view.ts';
import { dayOfServiceView, noticeTimelineView } from '../../common/timelines.ts';

type Fields = Record<
  | 'description'
  | 'assignee'
  | 'contractor'
  | 'cost'
  | 'raisedOn'
  | 'targetDate'
  | 'completedOn'
  | 'outcome'
  | 'notice'
  | 'servedOn'
  | 'method'
  | 'sentOn'
  | 'sentAt',
  string
>;
const EMPTY: Fields = {
  description: '',
  assignee: '',
  contractor: '',
  cost: '',
  raisedOn: '',
  targetDate: '',
  completedOn: '',
  outcome: '',
  notice: '',
  servedOn: '',
  method: '',
  sentOn: '',
  sentAt: '',
};

/** The field each of dayOfService's inputs is typed in. */
const SERVICE_FIELD: Record<string, string> = {
  method: 'action-method',
  sentOn: 'action-sent',
  sentAt: 'action-sent-at',
};

/** Whether the notice chosen is served (its dates count from the day of service) rather than made or started. */
const isServed = (notice: string): boolean => notice !== '' && NOTICE_RULES[notice as NoticeType].dateIs === 'served';

/** Adds a remedial action or repair to a hazard, or updates one — including completing it. */
export class RegisterActionForm extends RegisterView {
  @property({ attribute: false }) hazardEntryId = '';
  @property({ attribute: false }) actionId: string | undefined;
  @state() private errors: Errors = {};
  @state() private proposal: TargetProposal | undefined;
  private hazard: HazardEntryRecord | undefined;
  private home: PropertyRecord | undefined;
  /** The assessment the hazard was found in: a notice cannot be sent before its inspection. */
  private assessment: AssessmentRecord | undefined;
  private readonly form = new RecordFormKeeper(this, 'actions', 'action', EMPTY, (a) =>
    a
      ? valuesFor(EMPTY, {
          ...a,
          cost: a.costPence === null ? '' : (a.costPence / 100).toFixed(2),
          completedOn: a.completedOn ?? '',
          notice: a.notice?.type ?? '',
          servedOn: a.notice?.servedOn ?? '',
          method: a.notice?.method ?? '',
          sentOn: a.notice?.sentOn ?? '',
          sentAt: a.notice?.sentAt ?? '',
        })
      : { ...EMPTY, raisedOn: this.ctx.today, targetDate: this.proposal?.date ?? '' },
  );

  protected override subject(): string {
    return `${this.hazardEntryId}|${this.actionId ?? 'new'}`;
  }

  protected async load(): Promise<void> {
    const { repository } = this.ctx;
    const [hazard, policy] = await Promise.all([repository.get('hazards', this.hazardEntryId), repository.getPolicy()]);
    this.hazard = hazard;
    this.home = this.hazard && (await repository.get('properties', this.hazard.propertyId));
    // Fetched together, so the form opens no later than it did before the assessment was needed.
    const [existing, assessment] = await Promise.all([
      this.actionId ? repository.get('actions', this.actionId) : undefined,
      this.hazard?.assessmentId ? repository.get('assessments', this.hazard.assessmentId) : undefined,
    ]);
    this.assessment = assessment;
    if (this.hazard && this.home)
      this.proposal = proposeTargetDate(
        { ...this.hazard, nation: this.home.nation, landlordType: this.home.landlordType },
        policy,
      );
    await this.form.opened(this.subject(), existing);
  }

  private set(name: keyof Fields, value: string): void {
    const next = { ...this.form.fields, [name]: value };
    // An order's date made is not a day of service: it does not carry over to a notice chosen instead.
    if (name === 'notice' && isServed(value) && !isServed(this.form.fields.notice)) next.servedOn = '';
    this.form.set(next);
  }

  /**
   * The day of service, once how and when the notice was sent are given (the time too, for email); or the
   * reason it cannot be worked out, against the field to fix.
   */
  private service(): { ok: DayOfService } | { field: string; message: string } | undefined {
    const f = this.form.fields;
    if (!isServed(f.notice) || !f.method || !f.sentOn || (f.method === 'email' && !f.sentAt)) return undefined;
    try {
      return {
        ok: dayOfService({ method: f.method as ServiceMethod, sentOn: f.sentOn, sentAt: f.sentAt || undefined }),
      };
    } catch (error) {
      if (!(error instanceof HhsrsInputError)) throw error;
      return { field: SERVICE_FIELD[error.field] ?? 'action-sent', message: error.message };
    }
  }

  /** A notice recorded before how it was sent was asked: its day of service stands until how is given. */
  private legacyService(): boolean {
    const f = this.form.fields;
    return isServed(f.notice) && !f.method && f.servedOn !== '';
  }

  /** Where the date sent stands against the assessment: refused before the inspection, warned before finalising. */
  private sentCheck() {
    const f = this.form.fields;
    if (!this.assessment || !/^\d{4}-\d{2}-\d{2}$/.test(f.sentOn)) return 'ok';
    try {
      return checkServiceDate(f.sentOn, this.assessment);
    } catch {
      return 'ok';
    }
  }

  private check(): Errors {
    const { m, today } = this.ctx;
    const f = this.form.fields;
    const errors: Errors = {};
    if (!f.description.trim()) errors['action-description'] = m.errDescription;
    if (Number.isNaN(penceFrom(f.cost))) errors['action-cost'] = m.errCost;
    if (!f.raisedOn) errors['action-raised'] = m.errRaisedOn;
    if (!f.targetDate) errors['action-target'] = m.errTargetDate;
    else if (f.raisedOn && f.targetDate < f.raisedOn) errors['action-target'] = m.errTargetBeforeRaised;
    if (f.completedOn && f.completedOn > today) errors['action-completed'] = m.errCompletedFuture;
    else if (f.completedOn && f.raisedOn && f.completedOn < f.raisedOn)
      errors['action-completed'] = m.errCompletedBeforeRaised;
    if (isServed(f.notice)) Object.assign(errors, this.checkService());
    else if (f.notice && !f.servedOn) errors['action-served'] = m.errServedOn;
    return errors;
  }

  private checkService(): Errors {
    const { m } = this.ctx;
    const f = this.form.fields;
    if (this.legacyService()) return {};
    if (!f.method) return { 'action-method': m.errMethod };
    if (!f.sentOn) return { 'action-sent': m.errSentOn };
    if (f.method === 'email' && !f.sentAt) return { 'action-sent-at': m.errSentAt };
    if (this.sentCheck() === 'before-inspection' && this.assessment)
      return { 'action-sent': m.errSentBeforeInspection(formatDate(this.assessment.inspectionDate)) };
    const service = this.service();
    return service && 'field' in service ? { [service.field]: service.message } : {};
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { m } = this.ctx;
    this.errors = this.check();
    if (Object.keys(this.errors).length > 0 || !this.hazard) return showErrors(this);
    const f = this.form.fields;
    const hazardId = this.hazard.id;
    const input = {
      ...(this.actionId ? { id: this.actionId } : {}),
      propertyId: this.hazard.propertyId,
      hazardId: this.hazard.id,
      description: f.description.trim(),
      assignee: f.assignee.trim(),
      contractor: f.contractor.trim(),
      costPence: penceFrom(f.cost),
      raisedOn: f.raisedOn,
      targetDate: f.targetDate,
      completedOn: f.completedOn || null,
      outcome: f.outcome.trim(),
      state: f.completedOn ? ('completed' as const) : ('open' as const),
      notice: this.noticeInput(),
    };
    const errors = await saveRecord(
      this.ctx,
      'actions',
      input,
      this.form,
      { targetDate: ['action-target', m.fieldTargetDate], completedOn: ['action-completed', m.fieldCompletedOn] },
      () => ({ view: 'hazard', id: hazardId }),
    );
    if (!errors) return;
    this.errors = errors;
    return showErrors(this);
  }

  /** The notice as stored: for a served notice, how and when it was sent with the day of service they give. */
  private noticeInput() {
    const f = this.form.fields;
    if (!f.notice) return null;
    const type = f.notice as NoticeType;
    const service = this.service();
    if (!service || !('ok' in service)) return { type, servedOn: f.servedOn };
    const { method, sentOn, servedOn } = service.ok;
    return { type, servedOn, method, sentOn, ...(method === 'email' ? { sentAt: f.sentAt } : {}) };
  }

  private timeline() {
    const f = this.form.fields;
    if (!f.notice || !this.hazard?.category || !this.home) return nothing;
    const service = this.service();
    if (service && 'field' in service) return nothing;
    const base = { notice: f.notice as NoticeType, category: this.hazard.category, nation: this.home.nation };
    try {
      // The day of service shows beside the fields it comes from, so the timeline does not repeat it.
      if (service) {
        const { method, sentOn } = service.ok;
        const sent = { method, sentOn, sentAt: f.sentAt || undefined };
        return noticeTimelineView(this.ctx.m, noticeTimeline({ ...base, service: sent }), false);
      }
      if (!f.servedOn || (isServed(f.notice) && !this.legacyService())) return nothing;
      return noticeTimelineView(this.ctx.m, noticeTimeline({ ...base, date: f.servedOn }));
    } catch (error) {
      return html`<p class="error-message" role="alert">${(error as Error).message}</p>`;
    }
  }

  private cancel(): void {
    this.form.discard();
    this.ctx.navigate({ view: 'hazard', id: this.hazardEntryId });
  }

  /** How and when a served notice was sent, as the officer types; the day of service shows in the timeline. */
  private serviceFields() {
    const { m } = this.ctx;
    const f = this.form.fields;
    const e = this.errors;
    const hints: Partial<Record<ServiceMethod, string>> = {
      'by-hand': m.method_by_hand_hint,
      email: m.method_email_hint,
    };
    const finalisedOn = this.assessment?.finalisedOn;
    const service = this.service();
    return html`${radios({
      id: 'action-method',
      label: m.fieldMethod,
      hint: `${m.methodHint}${this.legacyService() ? ` ${m.legacyServiceHint}` : ''}`,
      value: f.method,
      error: e['action-method'],
      choices: SERVICE_METHODS.map((method) => {
        const label = m[`method_${method.replaceAll('-', '_')}` as 'method_email'];
        const hint = hints[method];
        return hint ? ([method, label, hint] as const) : ([method, label] as const);
      }),
      onInput: (v) => this.set('method', v),
    })}
      ${textField({ id: 'action-sent', label: m.fieldSentOn, type: 'date', width: 'medium', value: f.sentOn, error: e['action-sent'], onInput: (v) => this.set('sentOn', v) })}
      ${f.method === 'email' ? textField({ id: 'action-sent-at', label: m.fieldSentAt, hint: m.sentAtHint, type: 'time', width: 'short', value: f.sentAt, error: e['action-sent-at'], onInput: (v) => this.set('sentAt', v) }) : nothing}
      ${service && 'ok' in service ? dayOfServiceView(m, service.ok) : nothing}
      ${
        this.sentCheck() === 'before-finalised' && finalisedOn
          ? html`<p class="inset" role="status" data-sent-warning><strong>${m.sentBeforeFinalised(formatDate(finalisedOn))}</strong></p>`
          : nothing
      }`;
  }

  override render() {
    const { m } = this.ctx;
    const f = this.form.fields;
    const e = this.errors;
    const hint = this.proposal
      ? this.proposal.date
        ? m.targetHint(formatDate(this.proposal.date), this.proposal.formula)
        : this.proposal.formula
      : '';
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(m.errorSummaryTitle, summaryOf(e), this)}
      <span class="caption">${this.hazard ? hazardName(this.hazard.hazardId) : ''}${this.home ? `, ${this.home.reference}` : ''}</span>
      <h1 tabindex="-1">${this.actionId ? m.updateActionTitle : m.addActionTitle}</h1>
      ${formBanners(m, this.form, this.actionId ? m.whatAction : m.whatNewAction)}
      ${textField({ id: 'action-description', label: m.fieldActionDescription, hint: m.actionDescriptionHint, value: f.description, error: e['action-description'], onInput: (v) => this.set('description', v) })}
      ${textField({ id: 'action-assignee', label: m.fieldAssignee, hint: m.assigneeHint, value: f.assignee, width: 'medium', onInput: (v) => this.set('assignee', v) })}
      ${textField({ id: 'action-contractor', label: m.fieldContractor, value: f.contractor, width: 'medium', onInput: (v) => this.set('contractor', v) })}
      ${textField({ id: 'action-cost', label: m.fieldCost, hint: m.costHint, value: f.cost, width: 'short', inputmode: 'decimal', error: e['action-cost'], onInput: (v) => this.set('cost', v) })}
      ${textField({ id: 'action-raised', label: m.fieldRaisedOn, type: 'date', width: 'medium', value: f.raisedOn, error: e['action-raised'], onInput: (v) => this.set('raisedOn', v) })}
      ${textField({ id: 'action-target', label: m.fieldTargetDate, hint, type: 'date', width: 'medium', value: f.targetDate, error: e['action-target'], onInput: (v) => this.set('targetDate', v) })}
      ${textField({ id: 'action-completed', label: m.fieldCompletedOn, hint: m.completedHint, type: 'date', width: 'medium', value: f.completedOn, error: e['action-completed'], onInput: (v) => this.set('completedOn', v) })}
      ${textArea({ id: 'action-outcome', label: m.fieldOutcome, hint: m.outcomeHint, value: f.outcome, onInput: (v) => this.set('outcome', v) })}
      <fieldset class="form-section">
        <legend class="section-legend">${m.noticeLegend}</legend>
        <p class="hint">${m.noticeHint}</p>
        ${selectField({
          id: 'action-notice',
          width: 'medium',
          label: m.fieldNotice,
          value: f.notice,
          choices: [
            ['', m.noNotice],
            ...(Object.keys(NOTICE_RULES) as NoticeType[]).map((type) => [type, NOTICE_RULES[type].title] as const),
          ],
          onInput: (v) => this.set('notice', v),
        })}
        ${isServed(f.notice) ? this.serviceFields() : f.notice ? textField({ id: 'action-served', label: m.fieldServedOn, type: 'date', width: 'medium', value: f.servedOn, error: e['action-served'], onInput: (v) => this.set('servedOn', v) }) : nothing}
        ${this.timeline()}
      </fieldset>
      <div class="button-group">
        <button type="submit" class="button">${m.saveAction}</button>
        <button type="button" class="link" @click=${this.cancel}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
