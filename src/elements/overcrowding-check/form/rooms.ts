import { html, type TemplateResult } from 'lit';
import type { Units } from '../../../schema/overcrowding.ts';
import { newRoom } from '../edits.ts';
import { cardsOrPlaceholder } from './cards-or-placeholder.ts';
import type { FormContext } from './form-context.ts';
import { checkboxField, radioField } from './fields.ts';

/** "Rooms": units, whether it is a licensed HMO, one card per room, and a button to add another. */
export function roomsSection(context: FormContext): TemplateResult {
  const { m, draft } = context;
  const add = () => {
    const room = newRoom(context.units);
    context.change({ ...draft, rooms: [...draft.rooms, room] }, `room-${room.id}-name`);
  };
  return html`<section aria-labelledby="rooms-heading">
    <h3 id="rooms-heading">${m.roomsHeading}</h3>
    <p class="hint">${m.roomsHint}</p>
    ${radioField({
      id: 'units', label: m.unitsLegend, hint: m.unitsHint, errorPrefix: m.errorPrefix, value: context.units, inline: true,
      options: [{ value: 'metric', label: m.metric }, { value: 'imperial', label: m.imperial }],
      onChange: (units) => context.change({ ...draft, units: units as Units }),
    })}
    ${checkboxField({ id: 'hmo', label: m.hmo, hint: m.hmoHint, checked: draft.hmo, onChange: (hmo) => context.change({ ...draft, hmo }) })}
    ${draft.rooms.length === 0 ? html`<p>${m.noRooms}</p>` : cardsOrPlaceholder(context, (cards, cardContext) => draft.rooms.map((room, index) => cards.room(cardContext, room, index)))}
    <button type="button" id="add-room" class="button button--secondary" @click=${add}>${m.addRoom}</button>
  </section>`;
}
