import { html, type TemplateResult } from 'lit';
import { addHousehold, newPerson, QUICK_HOUSEHOLDS, type QuickHousehold } from '../edits.ts';
import { cardsOrPlaceholder } from './cards-or-placeholder.ts';
import type { FormContext } from './form-context.ts';

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
    ${draft.people.length === 0 ? html`<p>${m.noPeople}</p>` : cardsOrPlaceholder(context, (cards, cardContext) => draft.people.map((person, index) => cards.person(cardContext, person, index)))}
    <button type="button" id="add-person" class="button button--secondary" @click=${add}>${m.addPerson}</button>
  </section>`;
}
