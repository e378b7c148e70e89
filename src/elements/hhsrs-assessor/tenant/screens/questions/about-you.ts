import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  GAS_EMERGENCY_NUMBERS,
  HOUSEHOLD_GROUPS,
  LANDLORD_TYPES,
  TENANT_NATIONS,
  TOLD_LANDLORD,
  TOPIC_IDS,
} from '../../../../../core/tenant/index.ts';
import { FIRST_TOLD_HOWS } from '../../../../../schema/tenant-format.ts';
import { freshFirstTold } from '../../../../../schema/tenant-values.ts';
import { checkboxes, dateInput, radios } from '../../fields.ts';
import { pageHeading, paragraphs, warningText } from '../../text.ts';
import { questionForm, type TenantView } from '../../view.ts';

const group = (v: TenantView, name: string) => ({ name, error: v.errors.get(name), errorPrefix: v.t('errorPrefix') });

export function nationView(v: TenantView): TemplateResult {
  const { t } = v;
  const options = TENANT_NATIONS.map((value) => ({ value, label: t(`nation.${value}`) }));
  return questionForm(
    v,
    radios({ ...group(v, 'nation'), title: t('nationTitle'), options }, v.draft.nation, (value) =>
      v.change({ nation: value as (typeof TENANT_NATIONS)[number] }),
    ),
  );
}

/** Scotland and Northern Ireland: the HHSRS does not apply (FACTS.md §7); say whom to contact instead. */
export function outsideView(v: TenantView): TemplateResult {
  const { t } = v;
  const nation = v.draft.nation === 'northern-ireland' ? 'northern-ireland' : 'scotland';
  return html`
    ${pageHeading(t('outsideTitle'))} ${warningText(t, t('outsideEmergency', GAS_EMERGENCY_NUMBERS[nation]))}
    ${paragraphs(t(`outside.${nation}`))}
  `;
}

export function landlordView(v: TenantView): TemplateResult {
  const { t } = v;
  const options = LANDLORD_TYPES.map((value) => ({ value, label: t(`landlord.${value}`) }));
  return questionForm(
    v,
    radios(
      { ...group(v, 'landlord'), title: t('landlordTitle'), hint: t('landlordHint'), options },
      v.draft.landlord,
      (value) => v.change({ landlord: value as (typeof LANDLORD_TYPES)[number] }),
    ),
  );
}

export function householdView(v: TenantView): TemplateResult {
  const { t } = v;
  const options = HOUSEHOLD_GROUPS.map((value) => ({ value, label: t(`household.${value}`) }));
  return questionForm(
    v,
    checkboxes(
      { ...group(v, 'household'), title: t('householdTitle'), hint: t('householdHint'), options, or: t('or') },
      v.draft.household ?? [],
      (values) => v.change({ household: values as (typeof HOUSEHOLD_GROUPS)[number][] }),
      'none',
    ),
  );
}

export function problemsView(v: TenantView): TemplateResult {
  const { t } = v;
  const options = TOPIC_IDS.map((value) => ({ value, label: t(`topic.${value}`) }));
  return questionForm(
    v,
    checkboxes(
      { ...group(v, 'topics'), title: t('problemsTitle'), hint: t('problemsHint'), options },
      v.draft.topics ?? [],
      (values) => v.change({ topics: values as (typeof TOPIC_IDS)[number][] }),
    ),
  );
}

export function toldView(v: TenantView): TemplateResult {
  const { t } = v;
  const options = TOLD_LANDLORD.map((value) => ({ value, label: t(`told.${value}`) }));
  return questionForm(
    v,
    radios({ ...group(v, 'told'), title: t('toldTitle'), options }, v.draft.told, (value) =>
      v.change({ told: value as (typeof TOLD_LANDLORD)[number] }),
    ),
  );
}

/**
 * Told already: how and when the landlord first knew, as Awaab's Law clocks run from then (FACTS.md §4). Not
 * knowing the exact date is an answer: the dates are then the latest they can be.
 */
export function toldWhenView(v: TenantView): TemplateResult {
  const { t } = v;
  const told = v.draft.firstTold ?? freshFirstTold();
  const options = FIRST_TOLD_HOWS.map((value) => ({ value, label: t(`toldHow.${value}`) }));
  const unknown = (event: Event) =>
    v.change({ firstTold: { ...told, unknown: (event.target as HTMLInputElement).checked } });
  return html`${pageHeading(t('toldWhenTitle'))}
    <p>${t('toldWhenLead')}</p>
    ${questionForm(
      v,
      html`${radios(
        { ...group(v, 'told-how'), title: t('toldHowTitle'), options, subQuestion: true },
        told.how,
        (value) => v.change({ firstTold: { ...told, how: value as (typeof FIRST_TOLD_HOWS)[number] } }),
      )}
      ${dateInput({
        name: 'told',
        title: t('toldDateTitle'),
        hint: t('toldDateHint', v.today.slice(0, 4)),
        error: v.errors.get('told-day'),
        errorPrefix: t('errorPrefix'),
        labels: { day: t('sentDay'), month: t('sentMonth'), year: t('sentYear') },
        value: told,
        subQuestion: true,
        onInput: (patch) => v.change({ firstTold: { ...told, ...patch } }),
      })}
      <div class="form-group choices">
        <div class="choice">
          <input type="checkbox" id="told-unknown" name="told-unknown" .checked=${live(told.unknown)} @change=${unknown} />
          <div><label for="told-unknown">${t('toldDateUnknown')}</label></div>
        </div>
      </div>`,
    )}`;
}
