import { html, nothing, type TemplateResult } from 'lit';
import { AWAABS_LAW } from '../../../core/awaabs-law.ts';
import type { NoticeTimeline } from '../../../core/deadlines.ts';
import type { AwaabsStep, AwaabsStepState, TargetProposal } from '../../../core/register/index.ts';
import { formatDate, formatDateTime } from './format.ts';
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
        <p class="hint">${m.awaabsCheckLocally(AWAABS_LAW.legislation)}${awaabs.dueDates.usesProjectedBankHolidays ? ` ${m.projectedBankHolidays}` : ''}</p>`
        : html`<p class="hint">${m.awaabsNotApplying(awaabs.reason)}</p>`
    }`;
}

/** A notice's statutory dates (Housing Act 2004), each with its sum and source. */
export function noticeTimelineView(m: RegisterMessages, timeline: NoticeTimeline): TemplateResult {
  return html`<div class="notice-timeline">
    <h4>${m.noticeTimelineHeading(timeline.title, timeline.section)}</h4>
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
