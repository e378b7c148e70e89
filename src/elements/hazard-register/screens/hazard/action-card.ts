import { html, nothing, type TemplateResult } from 'lit';
import type { ActionRecord, HazardEntryRecord, PropertyRecord } from '../../../../schema/register.ts';
import type { RegisterContext } from '../../context.ts';
import { formatDate, formatPounds } from '../../common/format.ts';
import { noticeTimelineView, recordedNoticeTimeline } from '../../common/timelines.ts';

/** One remedial action or repair on the hazard page: its details, its state tag, any notice's timeline, its evidence. */
export function actionCard(
  ctx: RegisterContext,
  action: ActionRecord,
  tag: TemplateResult,
  index: number,
  hazard: HazardEntryRecord,
  home: PropertyRecord,
): TemplateResult {
  const { m } = ctx;
  const rows: [string, string][] = [
    [m.sumAssignee, action.assignee || m.notGiven],
    [m.sumContractor, action.contractor || m.notGiven],
    [m.sumCost, action.costPence === null ? m.notGiven : formatPounds(action.costPence)],
    [m.fieldRaisedOn, formatDate(action.raisedOn)],
    [m.fieldTargetDate, formatDate(action.targetDate)],
    [m.sumCompletedOn, action.completedOn ? formatDate(action.completedOn) : m.notYet],
  ];
  if (action.outcome) rows.push([m.sumOutcome, action.outcome]);
  let timeline: TemplateResult | typeof nothing = nothing;
  if (action.notice && hazard.category !== null) {
    try {
      timeline = noticeTimelineView(m, recordedNoticeTimeline(action.notice, hazard.category, home.nation));
    } catch (error) {
      timeline = html`<p class="error-message">${(error as Error).message}</p>`;
    }
  }
  const label = action.completedOn ? m.changeAction : m.updateAction;
  return html`<section class="action-card" aria-labelledby="action-${index}-title">
    <h3 id="action-${index}-title">${action.description} ${tag}</h3>
    <dl class="summary-list">${rows.map(([key, value]) => html`<div><dt>${key}</dt><dd>${value}</dd></div>`)}</dl>
    <button type="button" class="button button--secondary" aria-label=${`${label}: ${action.description}`}
      @click=${() => ctx.navigate({ view: 'action-form', hazardId: action.hazardId, id: action.id })}>${label}</button>
    ${timeline}
    <h4>${m.actionEvidenceHeading}</h4>
    <hhsrs-register-evidence .ctx=${ctx} .recordId=${action.id} .propertyId=${action.propertyId} .idPrefix=${`action-${index}-evidence`}></hhsrs-register-evidence>
  </section>`;
}
