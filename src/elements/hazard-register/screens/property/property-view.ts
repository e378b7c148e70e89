import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chooseScheme } from '../../../../core/index.ts';
import { hazardOverdue, type HazardOverdue } from '../../../../core/register/index.ts';
import type {
  AssessmentRecord,
  AuditEntry,
  HazardEntryRecord,
  HousingSchemeRecord,
  PropertyRecord,
} from '../../../../schema/register.ts';
import { formatAddress, formatDate } from '../../common/format.ts';
import { hazardName } from '../../common/hazard-name.ts';
import { categoryTag, overdueTag, statusTag } from '../../common/tags.ts';
import { historyView } from '../../common/history.ts';
import { RegisterView } from '../../common/register-view.ts';

/** One property: its details, its assessments, its hazards (overdue ones tagged), its history. */
export class RegisterPropertyView extends RegisterView {
  @property({ attribute: false }) propertyId = '';
  @state() private record: PropertyRecord | undefined;
  @state() private scheme: HousingSchemeRecord | undefined;
  @state() private assessments: AssessmentRecord[] = [];
  @state() private hazards: { entry: HazardEntryRecord; overdue: HazardOverdue }[] = [];
  @state() private history: AuditEntry[] = [];
  @state() private confirmingDelete = false;

  protected override subject(): string {
    return this.propertyId;
  }

  protected async load(): Promise<void> {
    const { repository, today } = this.ctx;
    const record = await repository.get('properties', this.propertyId);
    if (!record) {
      this.record = undefined;
      return;
    }
    const [scheme, assessments, hazards, history, policy] = await Promise.all([
      record.housingSchemeId ? repository.get('housingSchemes', record.housingSchemeId) : undefined,
      repository.assessmentsOf(record.id),
      repository.hazardsOf(record.id),
      repository.history(record.id),
      repository.getPolicy(),
    ]);
    const actions = await Promise.all(hazards.map((entry) => repository.actionsOf(entry.id)));
    // Everything at once: a property shown before its hazards were read would say it has none.
    this.record = record;
    this.scheme = scheme;
    this.assessments = assessments;
    this.hazards = hazards.map((entry, i) => ({
      entry,
      overdue: hazardOverdue(entry, record, actions[i] ?? [], policy, today),
    }));
    this.history = history;
  }

  private async removeProperty(): Promise<void> {
    try {
      await this.ctx.repository.remove('properties', this.propertyId, this.ctx.who);
      this.ctx.changed('properties', this.propertyId, 'deleted');
      this.ctx.navigate({ view: 'properties' });
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  /** Recorded unscored because it falls under the 2026 English scheme, which no scheme here covers (FACTS §7). */
  private awaits2026(assessment: AssessmentRecord): boolean {
    if (assessment.schemeId !== 'none' || !this.record) return false;
    const choice = chooseScheme({ nation: this.record.nation, inspectionDate: assessment.inspectionDate });
    return !choice.ok && choice.reason === 'needs-2026-scheme';
  }

  override render() {
    const { m } = this.ctx;
    const p = this.record;
    if (!p) return html`<h1 tabindex="-1">${this.loading ? m.loading : m.propertyMissing}</h1>`;
    const rows: [string, string][] = [
      [m.sumAddress, formatAddress(p)],
      [m.fieldScheme, this.scheme?.name ?? m.noScheme],
      [m.sumLandlord, p.landlordType === 'social' ? m.landlordSocial : m.landlordPrivate],
      [m.sumNation, p.nation === 'england' ? m.nationEngland : m.nationWales],
      [m.sumNextInspection, p.nextInspectionDate ? formatDate(p.nextInspectionDate) : m.noneBooked],
      [m.lastAssessment, this.assessments[0] ? formatDate(this.assessments[0].inspectionDate) : m.neverAssessed],
    ];
    if (p.notes) rows.push([m.sumNotes, p.notes]);
    return html`
      <span class="caption">${m.propertyCaption}</span>
      <h1 tabindex="-1">${p.reference}, ${p.addressLine1}</h1>
      <dl class="summary-list">${rows.map(([key, value]) => html`<div><dt>${key}</dt><dd>${value}</dd></div>`)}</dl>
      <div class="button-group">
        <button type="button" class="button button--secondary" @click=${() => this.ctx.navigate({ view: 'property-form', id: p.id })}>${m.changeProperty}</button>
        <button type="button" class="button button--secondary" @click=${() => this.ctx.navigate({ view: 'assessment-form', propertyId: p.id })}>${m.addAssessment}</button>
      </div>

      <h2>${m.hazardsHeading}</h2>
      <button type="button" class="button" @click=${() => this.ctx.navigate({ view: 'hazard-form', propertyId: p.id })}>${m.addHazard}</button>
      ${
        this.hazards.length === 0
          ? html`<p>${m.noHazards}</p>`
          : html`<div class="table-wrap"><table class="table--stack">
            <caption class="visually-hidden">${m.hazardsHeading}</caption>
            <thead><tr><th scope="col">${m.colHazard}</th><th scope="col">${m.colFound}</th><th scope="col">${m.colCategory}</th><th scope="col">${m.colStatus}</th></tr></thead>
            <tbody>${this.hazards.map(
              ({ entry, overdue }) => html`<tr class=${overdue.overdue ? 'row--overdue' : ''}>
              <td data-label=${m.colHazard}><button type="button" class="link" @click=${() => this.ctx.navigate({ view: 'hazard', id: entry.id })}>${hazardName(entry.hazardId)}</button>
                ${entry.location ? html`<span class="secondary small">, ${entry.location}</span>` : nothing}</td>
              <td data-label=${m.colFound}>${formatDate(entry.foundOn)}</td>
              <td data-label=${m.colCategory}>${categoryTag(m, entry.category)}</td>
              <td data-label=${m.colStatus}>${statusTag(m, entry.status)} ${overdueTag(m, overdue.since)}</td>
            </tr>`,
            )}</tbody>
          </table></div>`
      }

      <h2>${m.assessmentsHeading}</h2>
      ${
        this.assessments.length === 0
          ? html`<p>${m.noAssessments}</p>`
          : html`<ul class="list">${this.assessments.map(
              (a) =>
                html`<li>${m.assessmentLine(formatDate(a.inspectionDate), a.inspector)}${
                  this.awaits2026(a)
                    ? html` <strong class="tag tag--grey" data-not-scored>${m.assessment2026Saved}</strong>`
                    : nothing
                }</li>`,
            )}</ul>`
      }

      <h2>${m.importAssessmentHeading}</h2>
      <hhsrs-register-assessment-import .ctx=${this.ctx} .propertyId=${p.id}></hhsrs-register-assessment-import>

      <h2>${m.historyHeading}</h2>
      ${historyView(m, this.history, 'property-history')}

      <h2>${m.deletePropertyHeading}</h2>
      ${
        this.confirmingDelete
          ? html`<div class="warning-text" role="alert">${m.deletePropertyWarning(this.hazards.length)}</div>
            <div class="button-group">
              <button type="button" class="button button--warning" @click=${this.removeProperty}>${m.deletePropertyConfirm}</button>
              <button type="button" class="link" @click=${() => (this.confirmingDelete = false)}>${m.cancel}</button>
            </div>`
          : html`<button type="button" class="button button--warning" @click=${() => (this.confirmingDelete = true)}>${m.deleteProperty}</button>`
      }
    `;
  }
}
