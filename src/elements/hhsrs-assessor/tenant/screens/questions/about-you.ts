import { html, type TemplateResult } from 'lit';
import {
  GAS_EMERGENCY_NUMBERS,
  HOUSEHOLD_GROUPS,
  LANDLORD_TYPES,
  TENANT_NATIONS,
  TOLD_LANDLORD,
  TOPIC_IDS,
} from '../../../../../core/tenant/index.ts';
import { checkboxes, radios } from '../../fields.ts';
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
