import { html, nothing, type TemplateResult } from 'lit';
import { questionsFor } from '../../../../../core/tenant/index.ts';
import { answersFor, chosenTopics, pageSequence } from '../../flow.ts';
import { sentDate } from '../../sent.ts';
import type { PageId } from '../../state.ts';
import { pageHeading } from '../../text.ts';
import { answerText, continueButton, longDate, type TenantView } from '../../view.ts';

/** GOV.UK "Check your answers": every answer with a Change link that comes back here. */
export function checkView(v: TenantView): TemplateResult {
  const { t, draft } = v;
  const lines = (values: readonly string[]) =>
    values.length > 1
      ? html`<ul class="list list--tight">${values.map((value) => html`<li>${value}</li>`)}</ul>`
      : values.join('');
  return html`
    ${pageHeading(t('checkTitle'))}
    <h2>${t('checkAboutYou')}</h2>
    <dl class="summary-list summary-list--actions">
      ${row(v, t('checkRow.nation'), draft.nation ? t(`nation.${draft.nation}`) : '', 'nation')}
      ${row(v, t('checkRow.landlord'), draft.landlord ? t(`landlord.${draft.landlord}`) : '', 'landlord')}
      ${row(v, t('checkRow.household'), lines((draft.household ?? []).map((group) => t(`household.${group}`))), 'household')}
      ${row(v, t('checkRow.problems'), lines(chosenTopics(draft).map((topic) => t(`topic.${topic}`))), 'problems')}
      ${row(v, t('checkRow.told'), draft.told ? t(`told.${draft.told}`) : '', 'told')}
      ${pageSequence(draft).includes('told-when') ? row(v, t('checkRow.toldWhen'), toldWhenText(v), 'told-when') : nothing}
    </dl>
    ${chosenTopics(draft).map(
      (topic) => html`<h2>${t(`topic.${topic}`)}</h2>
        <dl class="summary-list summary-list--actions">
          ${questionsFor(topic, answersFor(draft, topic), draft.household ?? []).map((question) =>
            row(
              v,
              t(`checkRow.${question}`),
              lines(answerText(v, topic, question)),
              `topic:${topic}:${question}`,
              `${t(`topic.${topic}`)}: ${t(`checkRow.${question}`)}`,
            ),
          )}
        </dl>`,
    )}
    ${continueButton(v, t('checkContinue'))}
  `;
}

function row(v: TenantView, label: string, value: unknown, page: PageId, what = label): TemplateResult {
  const change = (event: Event) => {
    event.preventDefault();
    v.changeAnswer(page);
  };
  return html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
    <dd class="summary-list__actions">
      <a href="#" @click=${change}>${v.t('checkChange')}<span class="visually-hidden"> ${what.toLowerCase()}</span></a>
    </dd>
  </div>`;
}

/** How and when the landlord was first told, as answered: empty until the tenant has said how. */
function toldWhenText(v: TenantView): string {
  const { t } = v;
  const told = v.draft.firstTold;
  if (!told?.how) return '';
  const how = t(`toldHow.${told.how}`);
  const date = sentDate(told);
  if (told.unknown || !date) return t('toldWhenAnswerUnknown', how);
  return t('toldWhenAnswer', how, longDate(date, t));
}
