import { html, nothing, type TemplateResult } from 'lit';
import { AWAABS_LAW } from '../../../core/awaabs-law.ts';
import type { DayOfService } from '../../../core/day-of-service.ts';
import { noticeTimeline, type NoticeTimeline } from '../../../core/deadlines.ts';
import type { AwaabsStep, AwaabsStepState, TargetProposal } from '../../../core/register/index.ts';
import { formatDate, formatDateTime } from './format.ts';
import type { ActionRecord } from '../../../schema/register.ts';
import type { RegisterMessages } from '../messages.ts';

const dueText = (due: string) => (due.length > 10 ? formatDateTime(due) : formatDate(due));

/** Where an Awaab's Law step stands, in words (the tag's colour only repeats them). */
function stepTag(m: RegisterMessages, state: AwaabsStepState): TemplateResult {
  const [words, tone] = {
    met: [m.stepMet, 'tag--green'],
    missed: [m.stepMissed, 'tag--grey'],
    overdue: [m.stepOverdue, 'tag--overdue'],
    'not-yet-due': [m.stepNotYetDue, 'tag--blue'],
  }[state];
  return html`<strong class="tag ${tone}">${words}</strong>`;
}

/**
 * The hazard's dates: the target for remedial action, and Awaab's Law's timescales where they apply, each
 * with what is recorded against it (`steps`, from awaabsSteps) and where it stands.
 */
export function timelinesView(
  m: RegisterMessages,
  proposal: TargetProposal,
  steps: readonly AwaabsStep[],
): TemplateResult {
  const awaabs = proposal.awaabs;
  return html`<h2>${m.datesHeading}</h2>
    <dl class="summary-list">
      <div><dt>${m.targetProposed}</dt><dd>${proposal.date ? formatDate(proposal.date) : m.noTargetYet}<span class="hint">${proposal.formula}</span></dd></div>
    </dl>
    ${
      awaabs.applies
        ? html`<div class="table-wrap"><table class="table--stack">
          <caption class="table-caption">${m.awaabsTableCaption}</caption>
          <thead><tr><th scope="col">${m.colRequirement}</th><th scope="col">${m.colDueBy}</th><th scope="col">${m.colRecorded}</th><th scope="col">${m.colWhereItStands}</th><th scope="col">${m.colHowWorkedOut}</th></tr></thead>
          <tbody>${awaabs.dueDates.dueDates.map((row) => {
            const step = steps.find((candidate) => candidate.id === row.id);
            return html`<tr>
              <td data-label=${m.colRequirement}>${row.requirement}</td>
              <td data-label=${m.colDueBy}>${dueText(row.due)}</td>
              <td data-label=${m.colRecorded}>${step ? (step.recorded ? dueText(step.recorded) : m.notRecorded) : ''}</td>
              <td data-label=${m.colWhereItStands}>${step ? stepTag(m, step.state) : m.stepNotChecked}</td>
              <td data-label=${m.colHowWorkedOut}>${row.formula}</td>
            </tr>`;
          })}</tbody>
        </table></div>
        <p data-awaabs-start>${m.awaabsStartRule(awaabs.start.rule)}${awaabs.start.checkLocally ? ` ${m.awaabsStartCheck}` : ''}</p>
        ${
          awaabs.dueDates.unsettled.length > 0
            ? html`<div class="inset" data-awaabs-unsettled>
              <p><strong class="tag tag--blue">${m.checkLocally}</strong> ${m.awaabsUnsettled}</p>
              <ul class="list">${awaabs.dueDates.unsettled.map((point) => html`<li>${point}</li>`)}</ul>
            </div>`
            : nothing
        }
        <p class="hint">${m.awaabsCheckLocally(AWAABS_LAW.legislation)}${awaabs.dueDates.usesProjectedBankHolidays ? ` ${m.projectedBankHolidays}` : ''}</p>`
        : html`<p class="hint">${m.awaabsNotApplying(awaabs.reason)}</p>`
    }`;
}

/**
 * A recorded notice's dates. Where how it was sent is recorded, every date counts from the day of service
 * worked out from it (Interpretation Act 1978 s.7); an older record has only the day of service it gave.
 * @throws HhsrsInputError as noticeTimeline does
 */
export function recordedNoticeTimeline(
  notice: NonNullable<ActionRecord['notice']>,
  category: 1 | 2,
  nation: 'england' | 'wales',
): NoticeTimeline {
  const { type, servedOn, method, sentOn, sentAt } = notice;
  return noticeTimeline(
    method !== undefined && sentOn !== undefined
      ? { notice: type, category, nation, service: { method, sentOn, sentAt } }
      : { notice: type, category, nation, date: servedOn },
  );
}

/** The day of service with the rule and source it comes from; a convention is marked "Check locally" in words. */
export function dayOfServiceView(m: RegisterMessages, service: DayOfService): TemplateResult {
  return html`<dl class="summary-list" data-day-of-service>
    <div><dt>${m.dayOfServiceHeading}</dt><dd><strong>${formatDate(service.servedOn)}</strong>${service.convention ? html` <strong class="tag tag--blue">${m.checkLocally}</strong>` : nothing}</dd></div>
    <div><dt>${m.dayOfServiceRule}</dt><dd>${service.rule}</dd></div>
    <div><dt>${m.dayOfServiceSource}</dt><dd>${service.source}${service.convention ? html`<span class="hint">${m.conventionNote}</span>` : nothing}</dd></div>
  </dl>`;
}

/** A notice's statutory dates (Housing Act 2004), each with its sum and source, after how its start day was reached. */
export function noticeTimelineView(m: RegisterMessages, timeline: NoticeTimeline, withService = true): TemplateResult {
  return html`<div class="notice-timeline">
    <h4>${m.noticeTimelineHeading(timeline.title, timeline.section)}</h4>
    ${
      timeline.service
        ? withService
          ? dayOfServiceView(m, timeline.service)
          : nothing
        : timeline.dateIs === 'served'
          ? html`<p data-service-not-recorded>${m.serviceNotRecorded(formatDate(timeline.date))}</p>`
          : nothing
    }
    ${
      timeline.milestones.length > 0
        ? html`<div class="table-wrap"><table class="table--stack">
          <caption class="visually-hidden">${m.noticeTimelineHeading(timeline.title, timeline.section)}</caption>
          <thead><tr><th scope="col">${m.colMilestone}</th><th scope="col">${m.colDate}</th><th scope="col">${m.colHowWorkedOut}</th></tr></thead>
          <tbody>${timeline.milestones.map(
            (row) => html`<tr>
            <td data-label=${m.colMilestone}>${row.label}<span class="hint">${row.note}</span></td>
            <td data-label=${m.colDate}>${formatDate(row.date)}</td>
            <td data-label=${m.colHowWorkedOut}>${row.formula}; ${row.source}</td>
          </tr>`,
          )}</tbody>
        </table></div>`
        : nothing
    }
    ${timeline.notes.map((note) => html`<p class="hint">${note}</p>`)}
  </div>`;
}
