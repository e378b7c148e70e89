import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../../../../../core/format.ts';
import { longDate, statementActions, type StatementHazard } from '../../../../../core/statement.ts';
import { NOTICE_RULES } from '../../../../../core/notice-rules.ts';
import { deadlineNotes } from '../../../../../print/statement-layout.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import { errorSummary } from '../../../../ui/error-summary.ts';
import type { StatementController } from './statement-controller.ts';
import { chosenHazards, dateIsOf, offeredHazards, statementTimeline } from './statement-model.ts';

export interface StatementContext {
  s: StatementController;
  assessment: Assessment;
  hazards: readonly StatementHazard[];
  /** False for a kept revision: the statement is shown, not edited. */
  editable: boolean;
  root: ShadowRoot;
}

const errorLine = (id: string, message: string | undefined) =>
  message
    ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">Error:</span> ${message}</p>`
    : nothing;

/** Choose the action, hazards and date; draft the s.8 statement; edit it; see the deadlines; print it. */
export function statementSection(c: StatementContext) {
  const { s, hazards } = c;
  const { t, statement } = s;
  if (!c.editable) return nothing;
  const errorFor = (id: string) => s.errors.find((e) => e.fieldId === id)?.message;
  const offered = offeredHazards(statement, hazards);
  const chosen = chosenHazards(statement, hazards);
  const timeline = statementTimeline(statement, chosen, c.assessment.details.nation);
  const dateLabel = t('dateLabel', dateIsOf(statement));
  const stale =
    statement.drafted &&
    (statement.drafted.action !== statement.action ||
      statement.drafted.hazardIds.join() !== statement.hazardIds.join());
  const group = (id: string) => `form-group ${errorFor(id) ? 'form-group--error' : ''}`;
  const described = (id: string, hint = true) =>
    [hint ? `${id}-hint` : '', errorFor(id) ? `${id}-error` : ''].filter(Boolean).join(' ');
  if (hazards.length === 0) {
    return html`<section class="statement no-print" aria-labelledby="statement-title"><h2 id="statement-title">${t('heading')}</h2><p>${t('noHazards')}</p></section>`;
  }
  return html`<section class="statement no-print" aria-labelledby="statement-title" data-statement>
    <h2 id="statement-title">${t('heading')}</h2>
    <p>${t('intro')}</p>
    ${errorSummary(t('errorTitle'), s.errors, c.root)}
    <div class=${group('statement-action')}>
      <fieldset id="statement-action" tabindex="-1" aria-describedby=${described('statement-action')}>
        <legend>${t('actionLegend')}</legend>
        <span class="hint" id="statement-action-hint">${t('actionHint')}</span>
        ${errorLine('statement-action', errorFor('statement-action'))}
        <div class="choices">
          ${statementActions(hazards.map((h) => h.category)).map(
            (action) => html`<div class="choice">
            <input type="radio" name="statement-action" id="statement-action-${action}" value=${action} .checked=${live(statement.action === action)}
              @change=${() => s.change({ action })} />
            <label for="statement-action-${action}">${NOTICE_RULES[action].title}</label>
          </div>`,
          )}
        </div>
      </fieldset>
    </div>
    <div class=${group('statement-hazards')}>
      <fieldset id="statement-hazards" tabindex="-1" aria-describedby=${described('statement-hazards')}>
        <legend>${t('hazardsLegend')}</legend>
        <span class="hint" id="statement-hazards-hint">${t('hazardsHint')}</span>
        ${errorLine('statement-hazards', errorFor('statement-hazards'))}
        <div class="choices">
          ${offered.map(
            (h) => html`<div class="choice">
            <input type="checkbox" id="statement-hazard-${h.id}" .checked=${live(statement.hazardIds.includes(h.id))}
              @change=${(e: Event) => s.toggleHazard(h.id, (e.target as HTMLInputElement).checked)} />
            <label for="statement-hazard-${h.id}">${t('hazardOption', `${h.number}. ${h.name}`, h.category, h.band, formatNumber(h.score))}</label>
          </div>`,
          )}
        </div>
      </fieldset>
    </div>
    <div class=${group('statement-date')}>
      <label class="label" for="statement-date">${dateLabel}</label>
      <span class="hint" id="statement-date-hint">${t('dateHint')}</span>
      ${errorLine('statement-date', errorFor('statement-date'))}
      <input type="date" id="statement-date" class="input--medium" .value=${statement.date} min="2006-04-06" max="2099-12-31"
        aria-describedby=${described('statement-date')} aria-invalid=${errorFor('statement-date') ? 'true' : 'false'}
        @change=${(e: Event) => s.change({ date: (e.target as HTMLInputElement).value })} />
    </div>
    ${
      s.confirmRedraft
        ? html`<div class="inset confirm" role="group" aria-label=${t('redraft')}>
          <p>${t('confirmRedraft')}</p>
          <button type="button" class="button button--warning" id="confirm-redraft" @click=${() => s.draft()}>${t('yesRedraft')}</button>
          <button type="button" class="button button--secondary" @click=${() => s.cancelRedraft()}>${t('cancel')}</button>
        </div>`
        : html`<div class="button-group"><button type="button" class="button" id="statement-draft" @click=${() => s.draft()}>
          ${statement.sections.length ? t('redraft') : t('draft')}</button></div>`
    }
    ${stale ? html`<p class="warning-text">${t('stale')}</p>` : nothing}
    ${statement.sections.length ? statementText(c) : nothing}
    <h3>${t('deadlinesHeading')}</h3>
    ${deadlines(c, timeline)}
    ${
      statement.sections.length
        ? html`<div class="button-group">
          <button type="button" class="button button--secondary" @click=${() => void s.print()}>${t('print')}</button>
          <button type="button" class="button button--secondary" ?disabled=${Boolean(s.busy)} @click=${() => void s.pdf()}>${t('pdf')}</button>
        </div>
        ${s.busy ? html`<p role="status">${s.busy}</p>` : nothing}`
        : nothing
    }
  </section>`;
}

function statementText({ s }: StatementContext) {
  const { t, statement } = s;
  return html`<h3 id="statement-text-title" tabindex="-1">${t('textHeading')}</h3>
    <p class="secondary">${t('textIntro')}</p>
    ${statement.sections.map(
      (section, i) => html`<div class="form-group">
      <label class="label" for="statement-section-${i}">${section.heading}</label>
      <textarea id="statement-section-${i}" data-section=${section.id} rows=${textRows(section.text)}
        .value=${section.text} @input=${(e: Event) => s.changeSection(i, (e.target as HTMLTextAreaElement).value)}></textarea>
    </div>`,
    )}`;
}

function deadlines({ s }: StatementContext, timeline: ReturnType<typeof statementTimeline>) {
  const { t } = s;
  if (!timeline) return html`<p class="secondary">${t('deadlinesWaiting')}</p>`;
  const notes = deadlineNotes(timeline);
  return html`<div data-deadlines>
    ${timeline.milestones.length ? html`<p class="secondary">${t('deadlinesIntro')}</p>` : nothing}
    ${timeline.milestones.map(
      (m) => html`<div class="deadline">
      <h4>${m.label}: <span data-deadline-date>${longDate(m.date)}</span></h4>
      <dl class="summary-list">
        <div><dt>${t('how')}</dt><dd data-formula>${m.formula} = ${m.date}</dd></div>
        <div><dt>${t('source')}</dt><dd>${m.source}</dd></div>
      </dl>
    </div>`,
    )}
    ${notes.length ? html`<ul>${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
  </div>`;
}

/** Enough rows for the drafted text at a typical width, within reason: a textarea scrolls beyond that. */
function textRows(text: string): number {
  const lines = text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(14, Math.max(3, lines + 1));
}
