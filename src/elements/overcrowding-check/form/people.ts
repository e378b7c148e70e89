import { html, type TemplateResult } from 'lit';
import type { DraftPerson } from '../../../schema/overcrowding.ts';
import { addHousehold, newPerson, QUICK_HOUSEHOLDS, removePerson, setPartner, updatePerson, type QuickHousehold } from '../edits.ts';
import { personLabel } from '../report/context.ts';
import type { FormContext } from './form-context.ts';
import { radioField, selectField, textField, type Option } from './fields.ts';

const QUICK_KEYS: Record<QuickHousehold, keyof FormContext['m']> = {
  couple: 'quickCouple',
  'couple-1-child': 'quickCouple-1-child',
  'couple-2-children': 'quickCouple-2-children',
  'single-parent-1-child': 'quickSingleParent-1-child',
  'single-parent-2-children': 'quickSingleParent-2-children',
};

function quickAdd(context: FormContext): TemplateResult {
  const { m } = context;
  const add = (kind: QuickHousehold) => {
    const next = addHousehold(context.draft, kind, { adult: m.adultName, child: m.childName });
    context.change(next, `person-${next.people[context.draft.people.length]?.id ?? ''}-age`);
  };
  return html`<div class="quick-add" role="group" aria-labelledby="quick-add-title" aria-describedby="quick-add-hint">
    <p class="label" id="quick-add-title">${m.quickAddLegend}</p>
    <p class="hint" id="quick-add-hint">${m.quickAddHint}</p>
    <div class="button-group">
      ${(Object.keys(QUICK_HOUSEHOLDS) as QuickHousehold[]).map(
        (kind) => html`<button type="button" class="button button--secondary" @click=${() => add(kind)}>${m[QUICK_KEYS[kind]] as string}</button>`,
      )}
    </div>
  </div>`;
}

function personCard(context: FormContext, person: DraftPerson, index: number): TemplateResult {
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

/** "Who lives here": a quick start, one card per person, and a button to add another. */
export function peopleSection(context: FormContext): TemplateResult {
  const { m, draft } = context;
  const add = () => {
    const person = newPerson();
    context.change({ ...draft, people: [...draft.people, person] }, `person-${person.id}-name`);
  };
  return html`<section aria-labelledby="people-heading">
    <h3 id="people-heading">${m.peopleHeading}</h3>
    <p class="hint">${m.peopleHint}</p>
    ${quickAdd(context)}
    ${draft.people.length === 0 ? html`<p>${m.noPeople}</p>` : draft.people.map((person, index) => personCard(context, person, index))}
    <button type="button" id="add-person" class="button button--secondary" @click=${add}>${m.addPerson}</button>
  </section>`;
}
