import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  actionState,
  awaabsSteps,
  hazardOverdue,
  proposeTargetDate,
  type TargetProposal,
} from '../../../../core/register/index.ts';
import type {
  ActionRecord,
  AuditEntry,
  HazardEntryRecord,
  PolicySettings,
  PropertyRecord,
} from '../../../../schema/register.ts';
import { formatDate, formatDateTime } from '../../common/format.ts';
import { hazardName } from '../../common/hazard-name.ts';
import { actionTag, categoryTag, overdueTag, statusTag } from '../../common/tags.ts';
import { actionCard } from './action-card.ts';
import { historyView } from '../../common/history.ts';
import { RegisterView } from '../../common/register-view.ts';
import { timelinesView } from '../../common/timelines.ts';

/** One hazard entry: what was found, its dates (policy and Awaab's Law), its remedial actions with evidence, its history. */
export class RegisterHazardView extends RegisterView {
  @property({ attribute: false }) hazardEntryId = '';
  @state() private entry: HazardEntryRecord | undefined;
  @state() private home: PropertyRecord | undefined;
  @state() private actions: ActionRecord[] = [];
  @state() private history: AuditEntry[] = [];
  @state() private proposal: TargetProposal | undefined;
  @state() private policy: PolicySettings | undefined;
  @state() private confirmingDelete = false;

  protected override subject(): string {
    return this.hazardEntryId;
  }

  protected async load(): Promise<void> {
    const { repository } = this.ctx;
    const entry = await repository.get('hazards', this.hazardEntryId);
    this.entry = entry;
    if (!entry) return;
    const [home, actions, policy] = await Promise.all([
      repository.get('properties', entry.propertyId),
      repository.actionsOf(entry.id),
      repository.getPolicy(),
    ]);
    const histories = await Promise.all(
      [entry.id, ...actions.map((action) => action.id)].map((id) => repository.history(id)),
    );
    this.home = home;
    this.actions = actions;
    this.policy = policy;
    this.history = histories.flat().sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    this.proposal = home
      ? proposeTargetDate({ ...entry, nation: home.nation, landlordType: home.landlordType }, policy)
      : undefined;
  }

  private async markResolved(): Promise<void> {
    const { repository, who, today } = this.ctx;
    const entry = this.entry as HazardEntryRecord;
    const latest = this.actions.reduce(
      (date, action) => (action.completedOn && action.completedOn > date ? action.completedOn : date),
      entry.foundOn,
    );
    const { owner: _o, createdAt: _c, updatedAt: _u, schemaVersion: _s, revision, ...fields } = entry;
    try {
      await repository.save(
        'hazards',
        { ...fields, status: 'resolved', resolvedOn: latest > today ? today : latest },
        revision,
        who,
      );
      this.ctx.changed('hazards', entry.id, 'updated');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  private async removeHazard(): Promise<void> {
    const entry = this.entry as HazardEntryRecord;
    try {
      await this.ctx.repository.remove('hazards', entry.id, this.ctx.who);
      this.ctx.changed('hazards', entry.id, 'deleted');
      this.ctx.navigate({ view: 'property', id: entry.propertyId });
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  override render() {
    const { m, today } = this.ctx;
    const { entry, home, policy } = this;
    if (!entry || !home || !policy) return html`<h1 tabindex="-1">${this.loading ? m.loading : m.hazardMissing}</h1>`;
    const overdue = hazardOverdue(entry, home, this.actions, policy, today);
    const reported = {
      inspection: m.reportedInspection,
      resident: m.reportedResident,
      'key-worker': m.reportedKeyWorker,
    }[entry.reportedBy];
    const rows: [string, unknown][] = [
      [m.sumLocation, entry.location || m.notGiven],
      [m.sumDescription, entry.description || m.notGiven],
      [m.sumFoundOn, formatDate(entry.foundOn)],
      [m.sumReportedBy, reported],
      ...(entry.reportedBy === 'inspection'
        ? []
        : [[m.sumEscalatedOn, entry.escalatedOn ? formatDate(entry.escalatedOn) : m.notYet] as [string, unknown]]),
      [
        m.sumScore,
        entry.score === null
          ? m.notAssessed
          : html`${entry.score} (${m.bandIs(entry.band ?? '')}) ${categoryTag(m, entry.category)}`,
      ],
      [
        m.fieldStatus,
        html`${statusTag(m, entry.status)} ${entry.resolvedOn ? formatDate(entry.resolvedOn) : nothing} ${overdueTag(m, overdue.since)}`,
      ],
      [
        m.awaabsLegend,
        entry.awaabs
          ? m.awaabsRecorded(
              entry.awaabs.riskLevel === 'emergency' ? m.riskEmergency : m.riskSignificant,
              formatDateTime(entry.awaabs.awareAt),
            )
          : m.riskNone,
      ],
    ];
    const allDone =
      this.actions.length > 0 &&
      this.actions.every((action) => action.completedOn !== null && action.completedOn <= today);
    return html`
      <button type="button" class="link back" @click=${() => this.ctx.navigate({ view: 'property', id: home.id })}>${m.backTo(`${home.reference}, ${home.addressLine1}`)}</button>
      <span class="caption">${m.hazardCaption(home.reference)}</span>
      <h1 tabindex="-1">${hazardName(entry.hazardId)}</h1>
      <dl class="summary-list">${rows.map(([key, value]) => html`<div><dt>${key}</dt><dd>${value}</dd></div>`)}</dl>
      <button type="button" class="button button--secondary" @click=${() => this.ctx.navigate({ view: 'hazard-form', propertyId: home.id, id: entry.id })}>${m.changeHazard}</button>

      ${this.proposal ? timelinesView(m, this.proposal, this.proposal.awaabs.applies ? awaabsSteps(this.proposal.awaabs.dueDates, entry, today) : []) : nothing}

      <h2>${m.actionsHeading}</h2>
      ${
        allDone && entry.status !== 'resolved' && entry.status !== 'no-action'
          ? html`<div class="inset"><p>${m.allActionsDone}</p><button type="button" class="button" @click=${this.markResolved}>${m.markResolved}</button></div>`
          : nothing
      }
      <button type="button" class="button" @click=${() => this.ctx.navigate({ view: 'action-form', hazardId: entry.id })}>${m.addAction}</button>
      ${this.actions.length === 0 ? html`<p>${m.noActions}</p>` : nothing}
      ${this.actions.map((action, index) => actionCard(this.ctx, action, actionTag(m, actionState(action, today)), index, entry, home))}

      <h2>${m.hazardEvidenceHeading}</h2>
      <hhsrs-register-evidence .ctx=${this.ctx} .recordId=${entry.id} .propertyId=${home.id} .idPrefix=${'hazard-evidence'}></hhsrs-register-evidence>

      <h2>${m.historyHeading}</h2>
      ${historyView(m, this.history, 'hazard-history')}

      <h2>${m.deleteHazardHeading}</h2>
      ${
        this.confirmingDelete
          ? html`<div class="warning-text" role="alert">${m.deleteHazardWarning(this.actions.length)}</div>
            <div class="button-group">
              <button type="button" class="button button--warning" @click=${this.removeHazard}>${m.deleteHazardConfirm}</button>
              <button type="button" class="link" @click=${() => (this.confirmingDelete = false)}>${m.cancel}</button>
            </div>`
          : html`<button type="button" class="button button--warning" @click=${() => (this.confirmingDelete = true)}>${m.deleteHazard}</button>`
      }
    `;
  }
}
