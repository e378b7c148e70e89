import { html, nothing, type TemplateResult } from 'lit';
import type { ActionState } from '../../../core/register/index.ts';
import type { HazardEntryRecord } from '../../../schema/register.ts';
import { formatDate } from './format.ts';
import type { RegisterMessages } from '../messages.ts';

/** Tags that carry their meaning in words (colour only repeats it). */

export function categoryTag(m: RegisterMessages, category: 1 | 2 | null): TemplateResult {
  if (category === 1) return html`<strong class="tag tag--cat1">${m.category1}</strong>`;
  if (category === 2) return html`<strong class="tag tag--cat2">${m.category2}</strong>`;
  return html`<strong class="tag tag--grey">${m.notAssessed}</strong>`;
}

export function statusTag(m: RegisterMessages, status: HazardEntryRecord['status']): TemplateResult {
  const words = {
    reported: m.statusReported,
    open: m.statusOpen,
    resolved: m.statusResolved,
    'no-action': m.statusNoAction,
  }[status];
  const tone = status === 'resolved' ? 'tag--green' : status === 'no-action' ? 'tag--grey' : 'tag--blue';
  return html`<strong class="tag ${tone}">${words}</strong>`;
}

/** "Overdue since 30 March 2026": red, and says so. */
export function overdueTag(m: RegisterMessages, since: string | null): TemplateResult | typeof nothing {
  return since === null
    ? nothing
    : html`<strong class="tag tag--overdue">${m.overdueSince(formatDate(since))}</strong>`;
}

export function actionTag(m: RegisterMessages, state: ActionState): TemplateResult {
  if (state.state === 'completed') {
    return state.late
      ? html`<strong class="tag tag--grey">${m.completedLate(state.daysLate)}</strong>`
      : html`<strong class="tag tag--green">${m.completed}</strong>`;
  }
  return state.overdue
    ? html`<strong class="tag tag--overdue">${m.overdueDays(state.daysOverdue)}</strong>`
    : html`<strong class="tag tag--blue">${m.dueInDays(state.daysLeft)}</strong>`;
}
