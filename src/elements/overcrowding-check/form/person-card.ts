import { html, type TemplateResult } from 'lit';
import type { DraftPerson } from '../../../schema/overcrowding.ts';
import { personLabel } from '../report/context.ts';
import { removePerson, setPartner, updatePerson } from './card-edits.ts';
import type { CardContext } from './form-context.ts';
import { radioField, type Option } from './fields.ts';
import { selectField, textField } from './text-fields.ts';
import { nameLimit } from './name-limit.ts';

/** A person's card: name, age, sex and partner, and a button to remove them. */
export function personCard(context: CardContext, person: DraftPerson, index: number): TemplateResult {
  const { m, draft } = context;
  const label = personLabel(draft, m, person.id);
  const at = (field: string) => `person-${person.id}-${field}`;
  const common = (field: 'age' | 'sex' | 'partner') => ({ id: at(field), error: context.errorFor('person', person.id, field), errorPrefix: m.errorPrefix });
  const others: Option[] = draft.people
    .filter((other) => other.id !== person.id)
    .map((other) => ({ value: other.id, label: personLabel(draft, m, other.id) }));
  const listed = person.partnerId === '' || others.some((other) => other.value === person.partnerId);
  const partnerOptions = [{ value: '', label: m.noPartner }, ...others, ...(listed ? [] : [{ value: person.partnerId, label: m.missingPartner }])];
  const remove = () => context.change(removePerson(draft, person.id), 'add-person');
  return html`<div class="card" part="person"><fieldset>
    <legend class="card__title">${m.personLegend(index + 1)}</legend>
    ${textField({
      id: at('name'), label: m.name, hint: m.nameHint, errorPrefix: m.errorPrefix, value: person.name, width: 'medium',
      limit: nameLimit(m),
      onInput: (name) => context.change(updatePerson(draft, person.id, { name })),
    })}
    ${textField({
      ...common('age'), label: m.age, hint: m.ageHint, value: person.age, numeric: true, width: 'short',
      onInput: (age) => context.change(updatePerson(draft, person.id, { age })),
    })}
    ${radioField({
      ...common('sex'), id: at('sex'), label: m.sex, value: person.sex, inline: true,
      options: [{ value: 'female', label: m.female }, { value: 'male', label: m.male }],
      onChange: (sex) => context.change(updatePerson(draft, person.id, { sex: sex as DraftPerson['sex'] })),
    })}
    ${selectField({
      ...common('partner'), label: m.partner, hint: m.partnerHint, value: person.partnerId, options: partnerOptions,
      onChange: (partnerId) => context.change(setPartner(draft, person.id, partnerId)),
    })}
    <button type="button" class="button button--secondary" @click=${remove}>${m.removePerson(label)}</button>
  </fieldset></div>`;
}
