import { html, nothing, type TemplateResult } from 'lit';
import {
  indicativeResult,
  nextSteps,
  problemsFor,
  ROOM_OPTIONS,
  SEVERITY_LEVELS,
  SINCE_OPTIONS,
  YES_NO,
  type NextStep,
  type TopicId,
} from '../../../../../core/tenant/index.ts';
import { answersFor, type TopicPage } from '../../flow.ts';
import { checkboxes, radios } from '../../fields.ts';
import type { TenantKey } from '../../messages.ts';
import { pageHeading } from '../../text.ts';
import { continueButton, emergencyBody, emergencyTitle, questionForm, type TenantView } from '../../view.ts';

/** One question about one problem, with the problem as the caption. */
export function topicQuestionView(v: TenantView, { topic, question }: TopicPage): TemplateResult {
  const { t } = v;
  const answers = answersFor(v.draft, topic);
  const base = {
    name: question,
    caption: t(`topic.${topic}`),
    error: v.errors.get(question),
    errorPrefix: t('errorPrefix'),
  };
  const set = (patch: Parameters<TenantView['changeTopic']>[1]) => v.changeTopic(topic, patch);
  switch (question) {
    case 'kinds': {
      const options = problemsFor(topic).map(({ id }) => ({
        value: id,
        label: t(`kind.${id}` as TenantKey),
        ...(id === 'noise-comes-through' ? { hint: t('kindHint.noise-comes-through') } : {}),
      }));
      return questionForm(
        v,
        checkboxes({ ...base, title: t('kindsTitle'), hint: t('selectAll'), options }, answers.kinds, (kinds) =>
          set({ kinds }),
        ),
      );
    }
    case 'severity': {
      // Only topics with a "how bad" question reach here, and each has its own wording (messages.ts).
      const options = SEVERITY_LEVELS.map((value) => ({ value, label: t(`severity.${topic}.${value}` as TenantKey) }));
      const title = t(`severityTitle.${topic}` as TenantKey);
      return questionForm(
        v,
        radios({ ...base, title, options }, answers.severity, (value) =>
          set({ severity: value as (typeof SEVERITY_LEVELS)[number] }),
        ),
      );
    }
    case 'cold-now': {
      const options = YES_NO.map((value) => ({ value, label: t(value) }));
      return questionForm(
        v,
        radios({ ...base, title: t('coldNowTitle'), hint: t('coldNowHint'), options }, answers.coldNow, (value) =>
          set({ coldNow: value as 'yes' | 'no' }),
        ),
      );
    }
    case 'since': {
      const options = SINCE_OPTIONS.map((value) => ({ value, label: t(`since.${value}`) }));
      return questionForm(
        v,
        radios({ ...base, title: t('sinceTitle'), options }, answers.since, (value) =>
          set({ since: value as (typeof SINCE_OPTIONS)[number] }),
        ),
      );
    }
    case 'rooms': {
      const options = ROOM_OPTIONS.map((value) => ({ value, label: t(`room.${value}`) }));
      return questionForm(
        v,
        checkboxes({ ...base, title: t('roomsTitle'), hint: t('selectAll'), options }, answers.rooms, (rooms) =>
          set({ rooms: rooms as (typeof ROOM_OPTIONS)[number][] }),
        ),
      );
    }
  }
}

/** What to do now, straight after the answer that raised an emergency. */
export function emergencyView(v: TenantView, topic: TopicId): TemplateResult {
  const { t } = v;
  const emergencies = indicativeResult(topic, answersFor(v.draft, topic), v.draft.household ?? []).emergencies;
  const steps = nextSteps({
    nation: v.draft.nation ?? 'england',
    landlord: 'not-sure',
    told: 'no',
    results: [{ topic, seriousness: 'urgent', hazards: [], emergencies, atRisk: [] }],
    today: v.today,
  });
  const [first, ...rest] = steps.filter(
    (step): step is Extract<NextStep, { kind: 'emergency' }> => step.kind === 'emergency',
  );
  return html`
    <div class="interruption" part="emergency">
      ${first ? html`${pageHeading(emergencyTitle(v, first.emergency), t('emergencyCaption'))} ${emergencyBody(v, first)}` : nothing}
      ${rest.map((step) => html`<h2>${emergencyTitle(v, step.emergency)}</h2>${emergencyBody(v, step)}`)}
      <p>${t('emergencyCarryOn')}</p>
      ${continueButton(v, t('continue'), 'button--inverse')}
    </div>
  `;
}
