import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../../../../../core/format.ts';
import { SERVICE_METHODS, type ServiceMethod } from '../../../../../core/day-of-service.ts';
import { dayOfServiceRules, longDate, statementActions, type StatementHazard } from '../../../../../core/statement.ts';
import { NOTICE_RULES } from '../../../../../core/notice-rules.ts';
import { ukDateOf } from '../../../../../core/uk-time.ts';
import { deadlineNotes } from '../../../../../print/statement-layout.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import { errorSummary } from '../../../../ui/error-summary.ts';
import type { StatementController } from './statement-controller.ts';
import {
  chosenHazards,
  dateIsOf,
  isServed,
  offeredHazards,
  sentCheck,
  statementService,
  statementTimeline,
} from './statement-model.ts';

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
    ${
      isServed(statement)
        ? serviceFields(c, group, described, errorFor)
        : html`<div class=${group('statement-date')}>
      <label class="label" for="statement-date">${dateLabel}</label>
      <span class="hint" id="statement-date-hint">${t('dateHint')}</span>
      ${errorLine('statement-date', errorFor('statement-date'))}
      <input type="date" id="statement-date" class="input--medium" .value=${statement.date} min="2006-04-06" max="2099-12-31"
        aria-describedby=${described('statement-date')} aria-invalid=${errorFor('statement-date') ? 'true' : 'false'}
        @change=${(e: Event) => s.change({ date: (e.target as HTMLInputElement).value })} />
    </div>`
    }
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

/**
 * How and when a notice is sent, and the day of service that follows with its rule (conventions marked
 * "Check locally" in words); a statement saved before this was asked shows the day of service it gave.
 */
function serviceFields(
  c: StatementContext,
  group: (id: string) => string,
  described: (id: string, hint?: boolean) => string,
  errorFor: (id: string) => string | undefined,
) {
  const { s } = c;
  const { t, statement } = s;
  const service = statement.service ?? { method: '', sentOn: '', sentAt: '' };
  const set = (patch: Partial<typeof service>) => s.change({ service: { ...service, ...patch } });
  const hints: Partial<Record<ServiceMethod, string>> = {
    'by-hand': t('method_by_hand_hint'),
    email: t('method_email_hint'),
  };
  const worked = statementService(statement);
  const finalisedAt = c.assessment.finalised?.at;
  const input = (id: string, type: 'date' | 'time', value: string, onChange: (v: string) => void) =>
    html`<input type=${type} id=${id} class=${type === 'date' ? 'input--medium' : 'input--short'} .value=${value}
      aria-describedby=${described(id, type === 'time')} aria-invalid=${errorFor(id) ? 'true' : 'false'}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).value)} />`;
  return html`${
    statement.service === undefined && statement.date
      ? html`<p data-service-not-recorded>${t('serviceNotRecorded', longDate(statement.date))}</p>`
      : nothing
  }
    <div class=${group('statement-method')}>
      <fieldset id="statement-method" tabindex="-1" aria-describedby=${described('statement-method')}>
        <legend>${t('methodLegend')}</legend>
        <span class="hint" id="statement-method-hint">${t('methodHint')}</span>
        ${errorLine('statement-method', errorFor('statement-method'))}
        <div class="choices">
          ${SERVICE_METHODS.map((method) => {
            const id = `statement-method-${method}`;
            const hint = hints[method];
            return html`<div class="choice">
              <input type="radio" name="statement-method" id=${id} value=${method} .checked=${live(service.method === method)}
                aria-describedby=${hint ? `${id}-hint` : nothing} @change=${() => set({ method })} />
              <label for=${id}>${t(`method_${method.replaceAll('-', '_')}` as 'method_email')}</label>
              ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
            </div>`;
          })}
        </div>
      </fieldset>
    </div>
    <div class=${group('statement-sent')}>
      <label class="label" for="statement-sent">${t('sentLabel')}</label>
      ${errorLine('statement-sent', errorFor('statement-sent'))}
      ${input('statement-sent', 'date', service.sentOn, (sentOn) => set({ sentOn }))}
    </div>
    ${
      service.method === 'email'
        ? html`<div class=${group('statement-sent-at')}>
          <label class="label" for="statement-sent-at">${t('sentAtLabel')}</label>
          <span class="hint" id="statement-sent-at-hint">${t('sentAtHint')}</span>
          ${errorLine('statement-sent-at', errorFor('statement-sent-at'))}
          ${input('statement-sent-at', 'time', service.sentAt, (sentAt) => set({ sentAt }))}
        </div>`
        : nothing
    }
    ${
      sentCheck(statement, c.assessment) === 'before-finalised' && finalisedAt
        ? html`<p class="warning-text" role="status" data-sent-warning><strong>${t('sentBeforeFinalised', longDate(ukDateOfInstant(finalisedAt)))}</strong></p>`
        : nothing
    }
    ${
      worked && 'ok' in worked
        ? html`<dl class="summary-list" data-day-of-service>
          <div><dt>${t('dayOfService')}</dt><dd><strong>${longDate(worked.ok.servedOn)}</strong>${worked.ok.convention ? html` <strong class="tag">${t('checkLocally')}</strong>` : nothing}</dd></div>
          <div><dt>${t('rule')}</dt><dd>${worked.ok.rule}</dd></div>
          <div><dt>${t('source')}</dt><dd>${worked.ok.source}${worked.ok.convention ? html`<span class="hint">${t('conventionNote')}</span>` : nothing}</dd></div>
        </dl>`
        : nothing
    }`;
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
  if (!timeline)
    return isServed(s.statement)
      ? html`<p data-deadlines-rule>${dayOfServiceRules()}</p>`
      : html`<p class="secondary">${t('deadlinesWaiting')}</p>`;
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

const ukDateOfInstant = (instant: string): string => ukDateOf(Date.parse(instant));

/** Enough rows for the drafted text at a typical width, within reason: a textarea scrolls beyond that. */
function textRows(text: string): number {
  const lines = text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(14, Math.max(3, lines + 1));
}
