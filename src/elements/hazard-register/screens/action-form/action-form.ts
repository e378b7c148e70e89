import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { noticeTimeline } from '../../../../core/deadlines.ts';
import { NOTICE_RULES, type NoticeType } from '../../../../core/notice-rules.ts';
import { proposeTargetDate, type TargetProposal } from '../../../../core/register/index.ts';
import type { HazardEntryRecord, PropertyRecord } from '../../../../schema/register.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { selectField, textField } from '../../common/fields.ts';
import { formatDate, penceFrom } from '../../common/format.ts';
import { hazardName } from '../../common/hazard-name.ts';
import { textArea } from '../../common/record-fields.ts';
import { saveRecord, showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { formBanners } from '../../common/record-form-banners.ts';
import { RecordFormKeeper, valuesFor } from '../../common/record-form-keeper.ts';
import { RegisterView } from '../../common/register-view.ts';
import { noticeTimelineView } from '../../common/timelines.ts';

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
  | 'servedOn',
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
};

/** Adds a remedial action or repair to a hazard, or updates one — including completing it. */
export class RegisterActionForm extends RegisterView {
  @property({ attribute: false }) hazardEntryId = '';
  @property({ attribute: false }) actionId: string | undefined;
  @state() private errors: Errors = {};
  @state() private proposal: TargetProposal | undefined;
  private hazard: HazardEntryRecord | undefined;
  private home: PropertyRecord | undefined;
  private readonly form = new RecordFormKeeper(this, 'actions', 'action', EMPTY, (a) =>
    a
      ? valuesFor(EMPTY, {
          ...a,
          cost: a.costPence === null ? '' : (a.costPence / 100).toFixed(2),
          completedOn: a.completedOn ?? '',
          notice: a.notice?.type ?? '',
          servedOn: a.notice?.servedOn ?? '',
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
    const existing = this.actionId ? await repository.get('actions', this.actionId) : undefined;
    if (this.hazard && this.home)
      this.proposal = proposeTargetDate(
        { ...this.hazard, nation: this.home.nation, landlordType: this.home.landlordType },
        policy,
      );
    await this.form.opened(this.subject(), existing);
  }

  private set(name: keyof Fields, value: string): void {
    this.form.set({ ...this.form.fields, [name]: value });
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
    if (f.notice && !f.servedOn) errors['action-served'] = m.errServedOn;
    return errors;
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
      notice: f.notice ? { type: f.notice as NoticeType, servedOn: f.servedOn } : null,
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

  private timeline() {
    const f = this.form.fields;
    if (!f.notice || !f.servedOn || !this.hazard?.category || !this.home) return nothing;
    try {
      return noticeTimelineView(
        this.ctx.m,
        noticeTimeline({
          notice: f.notice as NoticeType,
          category: this.hazard.category,
          nation: this.home.nation,
          date: f.servedOn,
        }),
      );
    } catch (error) {
      return html`<p class="error-message" role="alert">${(error as Error).message}</p>`;
    }
  }

  private cancel(): void {
    this.form.discard();
    this.ctx.navigate({ view: 'hazard', id: this.hazardEntryId });
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
        ${f.notice ? textField({ id: 'action-served', label: m.fieldServedOn, type: 'date', width: 'medium', value: f.servedOn, error: e['action-served'], onInput: (v) => this.set('servedOn', v) }) : nothing}
        ${this.timeline()}
      </fieldset>
      <div class="button-group">
        <button type="submit" class="button">${m.saveAction}</button>
        <button type="button" class="link" @click=${this.cancel}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
