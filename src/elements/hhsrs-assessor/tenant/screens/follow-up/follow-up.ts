import { html, nothing, type TemplateResult } from 'lit';
import { AWAABS_LAW } from '../../../../../core/awaabs-law.ts';
import {
  SEND_METHODS,
  type AwaabsLawFollowUp,
  type FollowUp,
  type FollowUpProblem,
  type FollowUpStep,
} from '../../../../../core/tenant/index.ts';
import { freshSentDetails } from '../../../../../schema/tenant-values.ts';
import { dateInput, radios } from '../../fields.ts';
import { awarenessOf } from '../../flow.ts';
import { capitalise } from '../../messages.ts';
import { sentDate } from '../../sent.ts';
import { pageHeading } from '../../text.ts';
import {
  awarenessNote,
  councilContact,
  dueDate,
  embedForeign,
  longDate,
  questionForm,
  type TenantView,
} from '../../view.ts';
import type { LetterActions } from '../letter/letter.ts';

export function sentHowView(v: TenantView): TemplateResult {
  const { t } = v;
  const sent = v.draft.sent ?? freshSentDetails();
  const options = SEND_METHODS.map((value) => ({ value, label: t(`sentHow.${value}`) }));
  return questionForm(
    v,
    radios(
      {
        name: 'sent-how',
        caption: t('followCaption'),
        title: t('sentHowTitle'),
        error: v.errors.get('sent-how'),
        errorPrefix: t('errorPrefix'),
        options,
      },
      sent.how,
      (how) => v.change({ sent: { ...sent, how: how as (typeof SEND_METHODS)[number] } }),
    ),
  );
}

export function sentOnView(v: TenantView): TemplateResult {
  const { t } = v;
  const sent = v.draft.sent ?? freshSentDetails();
  const year = v.today.slice(0, 4);
  return questionForm(
    v,
    dateInput({
      name: 'sent',
      caption: t('followCaption'),
      title: t('sentOnTitle'),
      hint: sent.how === 'post' ? t('sentOnHintPost', year) : t('sentOnHint', year),
      error: v.errors.get('sent-day'),
      errorPrefix: t('errorPrefix'),
      labels: { day: t('sentDay'), month: t('sentMonth'), year: t('sentYear') },
      value: sent,
      onInput: (patch) => v.change({ sent: { ...sent, ...patch } }),
    }),
  );
}

/**
 * After the letter: wait until the landlord's time is up, then the next steps with the problems that were not
 * dealt with in time and the date their time ran out. The letter can be copied again to send with a complaint.
 */
export function followUpView(v: TenantView, outcome: FollowUp, letter: LetterActions): TemplateResult {
  const { t } = v;
  const sent = v.draft.sent!;
  const date = (iso: string | null) => (iso ? longDate(iso, t, true) : '');
  const waiting = outcome.status === 'waiting';
  const title = waiting
    ? outcome.dueOn
      ? t('followWaitTitle', date(outcome.dueOn))
      : t('followWaitUndatedTitle')
    : t('followOverdueTitle');
  const overdue = outcome.problems.filter((problem) => problem.overdue);
  const pending = outcome.problems.filter((problem) => !problem.overdue);
  return html`
    ${pageHeading(title, t('followCaption'))}
    <p>${t('followSent', t(`sentBy.${sent.how!}`), date(sentDate(sent)))}</p>
    ${
      waiting
        ? html`<p>${t('followWaitLead')}</p>
          ${problemList(v, pending)}
          <p>${outcome.dueOn ? t('followWaitThen', date(outcome.dueOn)) : t('followWaitUndated')}</p>
          <p>${t('followFixed')}</p>`
        : html`<p>${t('followOverdueLead', date(outcome.dueOn))}</p>
          ${problemList(v, overdue)}
          <p>${t('followFixed')}</p>
          <h2>${t('followNextTitle')}</h2>
          ${
            outcome.steps.length > 1
              ? html`<ol class="steps">
                ${outcome.steps.map((step) => html`<li>${stepContent(v, step)}</li>`)}
              </ol>`
              : html`<div class="steps steps--one">${outcome.steps.map((step) => stepContent(v, step))}</div>`
          }
          ${pending.length ? html`<p>${t('followStillTime')}</p>${problemList(v, pending)}` : nothing}`
    }
    ${awaabsLawDates(v, outcome)} ${copyLetter(v, letter)}
  `;
}

function problemList(v: TenantView, problems: readonly FollowUpProblem[]): TemplateResult {
  const { t } = v;
  const line = (problem: FollowUpProblem) => {
    const topic = t(`topic.${problem.topic}`);
    const due = problem.dueOn ? dueDate(v, problem.dueOn, problem.atLatest) : '';
    return problem.basis === 'awaabs-law-significant'
      ? t('followDue.awaabs-law-significant', topic, due, AWAABS_LAW.timescales['significant-investigate'].amount)
      : t(`followDue.${problem.basis}`, topic, due);
  };
  return html`<ul class="list follow-up-list">
    ${problems.map((problem) => html`<li>${line(problem)}</li>`)}
  </ul>`;
}

function stepContent(v: TenantView, step: FollowUpStep): TemplateResult {
  const { t } = v;
  switch (step.kind) {
    case 'complain-to-landlord':
      return html`<h3>${t('followComplainTitle')}</h3>
        <p>${t('followComplain')}</p>`;
    case 'ombudsman': {
      const name = t(`ombudsmanName.${step.ombudsman}`);
      return html`<h3>${capitalise(t('ombudsmanTitle', name))}</h3>
        <p>${t(`nextOmbudsman.${step.ombudsman}`)}</p>
        <p><a href=${t(`ombudsmanUrl.${step.ombudsman}`)}>${t('ombudsmanLink', name)}</a></p>`;
    }
    case 'find-out-landlord-type':
      return html`<h3>${t('nextFindLandlordTitle')}</h3>
        <p>${t('nextFindLandlord')}</p>`;
    case 'contact-council':
      return html`<h3>${capitalise(t('followCouncilTitle', v.council.name))}</h3>
        <p>${t('followCouncil')}</p>
        <p>${t('nextCouncil')}</p>
        ${v.draft.landlord === 'housing-association' ? html`<p>${t('nextCouncilHousingAssociation')}</p>` : nothing} ${councilContact(v)}`;
  }
}

/**
 * Social tenants in England: the Awaab's Law dates, counted from when the landlord first knew, or else from the
 * day the letter was sent; "at the latest" throughout when the day the landlord first knew is not known.
 */
function awaabsLawDates(v: TenantView, outcome: FollowUp): TemplateResult | typeof nothing {
  const { t } = v;
  if (outcome.awaabsLaw.length === 0) return nothing;
  const sentOn = sentDate(v.draft.sent);
  const awareness = sentOn ? awarenessOf(v.draft, sentOn) : undefined;
  const atLatest = awareness?.exact === false;
  const date = (iso: string) => dueDate(v, iso, atLatest);
  const hours = AWAABS_LAW.timescales['emergency-investigate-and-make-safe'].amount;
  const lines = (dates: AwaabsLawFollowUp) =>
    dates.riskLevel === 'emergency'
      ? [t('followAwaabsEmergency', date(dates.makeSafeBy), hours)]
      : [
          t('followAwaabsInvestigate', date(dates.investigateBy)),
          // Already "at the latest": they run from the end of the investigation.
          t('followAwaabsSummary', longDate(dates.summaryBy, t, true)),
          t('followAwaabsSafe', longDate(dates.makeSafeBy, t, true)),
          t('followAwaabsWorks', longDate(dates.worksStartBy, t, true)),
        ];
  return html`<section class="inset" aria-labelledby="awaabs-dates">
    <h2 id="awaabs-dates">${t('followAwaabsTitle')}</h2>
    <p>${awarenessNote(v, awareness) ?? t('followAwaabs')}</p>
    ${outcome.awaabsLaw.map(
      (dates) => html`<h3>${t(`topic.${dates.topic}`)}</h3>
        <ul class="list">
          ${lines(dates).map((line) => html`<li>${line}</li>`)}
        </ul>`,
    )}
    ${outcome.awaabsLaw.some((dates) => dates.riskLevel === 'significant') ? html`<p>${t('followAwaabsLatest')}</p>` : nothing}
    <p data-awaabs-unsettled>${t('nextAwaabsUnsettled')}</p>
    <p class="secondary small">${embedForeign(v, t('nextAwaabsSource', '\u0000', longDate(AWAABS_LAW.asOf, t)), AWAABS_LAW.legislation)}</p>
  </section>`;
}

function copyLetter(v: TenantView, letter: LetterActions): TemplateResult {
  const { t } = v;
  const see = (event: Event) => {
    event.preventDefault();
    v.go('letter');
  };
  const change = (event: Event) => {
    event.preventDefault();
    v.go('sent-how');
  };
  return html`<div class="no-print">
    <h2>${t('followCaption')}</h2>
    <p>${t('followCopyHint')}</p>
    <div class="button-group">
      <button class="button button--secondary" type="button" @click=${letter.copy}>${t('followCopy')}</button>
    </div>
    <p class="status-line" role="status">${letter.status}</p>
    ${
      letter.fallbackText !== null
        ? html`<div class="form-group">
          <label class="label" for="letter-text">${t('letterCopyLabel')}</label>
          <textarea id="letter-text" class="letter-text" readonly rows="12" .value=${letter.fallbackText}></textarea>
        </div>`
        : nothing
    }
    <p><a href="#" @click=${see}>${t('followSeeLetter')}</a></p>
    <p><a href="#" @click=${change}>${t('followChangeSent')}</a></p>
  </div>`;
}
