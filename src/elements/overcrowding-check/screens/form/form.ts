import { html, type TemplateResult } from 'lit';
import type { Units } from '../../../../schema/overcrowding.ts';
import { errorSummary, type FieldError } from '../../../ui/error-summary.ts';
import type { CardContext, CardViews, FormContext } from './context.ts';
import { addHousehold, newPerson, newRoom, QUICK_HOUSEHOLDS, type QuickHousehold } from './edits.ts';
import { OVERCROWDING_LIMITS } from '../../../../schema/overcrowding-values.ts';
import { checkboxField, radioField, textField } from './fields.ts';
import { countWords } from './messages.ts';

/**
 * The form screen, the first screen: who lives here and the rooms, each person and room on a card (the cards
 * arrive with their own code, see ../cards/), and the button that asks for the result. Errors show in a
 * summary above it and beside each field once asked for (see form-state.ts).
 */

/** What the form does beyond changing the draft: fetch what it needs as the user starts, and ask for the result. */
export interface FormActions {
  /** The user has started on the form (focus or pointer inside it). */
  prepare: () => void;
  /** "Check overcrowding". */
  check: () => void;
}

/** The error summary (once due) and the form. */
export function formView(
  context: FormContext,
  errors: readonly FieldError[],
  root: ShadowRoot,
  actions: FormActions,
): TemplateResult {
  const { m } = context;
  const submit = (event: Event) => {
    event.preventDefault();
    actions.check();
  };
  return html`${errorSummary(m.errorSummaryTitle, errors, root)}
    <form class="no-print" novalidate @focusin=${actions.prepare} @pointerdown=${actions.prepare} @submit=${submit}>
      ${homeSection(context)} ${peopleSection(context)} ${roomsSection(context)}
      <button type="submit" class="button">${m.check}</button>
    </form>`;
}

/** The cards once their code has arrived, with the cards' words in their context; until then, the placeholder. */
function cards(
  context: FormContext,
  view: (cards: CardViews, context: CardContext) => TemplateResult[],
): TemplateResult | TemplateResult[] {
  return context.cards ? view(context.cards, { ...context, m: context.cards.m }) : context.cardsPlaceholder();
}

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
        (kind) =>
          html`<button type="button" class="button button--secondary" @click=${() => add(kind)}>${m[QUICK_KEYS[kind]] as string}</button>`,
      )}
    </div>
  </div>`;
}

/** "The home": its address and the user's reference, kept with the draft and printed at the top of the result. */
function homeSection(context: FormContext): TemplateResult {
  const { m, draft } = context;
  const home = draft.home ?? { address: '', reference: '' };
  const words = countWords(m);
  const field = (key: 'address' | 'reference', label: string, hint: string) =>
    textField({
      id: key,
      width: key === 'reference' ? 'medium' : undefined,
      label,
      hint,
      errorPrefix: m.errorPrefix,
      value: home[key],
      limit: { length: OVERCROWDING_LIMITS[key], words },
      onInput: (value) => context.change({ ...draft, home: { ...home, [key]: value } }),
    });
  return html`<section aria-labelledby="home-heading">
    <h3 id="home-heading">${m.homeHeading}</h3>
    ${field('address', m.addressLabel, m.addressHint)} ${field('reference', m.referenceLabel, m.referenceHint)}
  </section>`;
}

/** "Who lives here": a quick start, one card per person, and a button to add another. */
function peopleSection(context: FormContext): TemplateResult {
  const { m, draft } = context;
  const add = () => {
    const person = newPerson();
    context.change({ ...draft, people: [...draft.people, person] }, `person-${person.id}-name`);
  };
  return html`<section aria-labelledby="people-heading">
    <h3 id="people-heading">${m.peopleHeading}</h3>
    <p class="hint">${m.peopleHint}</p>
    ${quickAdd(context)}
    ${draft.people.length === 0 ? html`<p>${m.noPeople}</p>` : cards(context, (cards, cardContext) => draft.people.map((person, index) => cards.person(cardContext, person, index)))}
    <button type="button" id="add-person" class="button button--secondary" @click=${add}>${m.addPerson}</button>
  </section>`;
}

/** "Rooms": units, whether it is a licensed HMO, one card per room, and a button to add another. */
function roomsSection(context: FormContext): TemplateResult {
  const { m, draft } = context;
  const add = () => {
    const room = newRoom(context.units);
    context.change({ ...draft, rooms: [...draft.rooms, room] }, `room-${room.id}-name`);
  };
  return html`<section aria-labelledby="rooms-heading">
    <h3 id="rooms-heading">${m.roomsHeading}</h3>
    <p class="hint">${m.roomsHint}</p>
    ${radioField({
      id: 'units',
      label: m.unitsLegend,
      hint: m.unitsHint,
      errorPrefix: m.errorPrefix,
      value: context.units,
      inline: true,
      options: [
        { value: 'metric', label: m.metric },
        { value: 'imperial', label: m.imperial },
      ],
      onChange: (units) => context.change({ ...draft, units: units as Units }),
    })}
    ${checkboxField({ id: 'hmo', label: m.hmo, hint: m.hmoHint, checked: draft.hmo, onChange: (hmo) => context.change({ ...draft, hmo }) })}
    ${draft.rooms.length === 0 ? html`<p>${m.noRooms}</p>` : cards(context, (cards, cardContext) => draft.rooms.map((room, index) => cards.room(cardContext, room, index)))}
    <button type="button" id="add-room" class="button button--secondary" @click=${add}>${m.addRoom}</button>
  </section>`;
}
