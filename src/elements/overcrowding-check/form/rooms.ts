import { html, nothing, type TemplateResult } from 'lit';
import type { DraftRoom, Measure, Units } from '../../../schema/overcrowding.ts';
import { newRoom, removeRoom, updateRoom } from '../edits.ts';
import type { RoomField } from '../read-draft.ts';
import { roomLabel } from '../report/context.ts';
import type { FormContext } from './form-context.ts';
import { checkboxField, radioField, selectField, textField } from './fields.ts';

type MeasureField = 'area' | 'length' | 'width' | 'lowCeiling';

function unitName(context: FormContext, unit: Units, kind: 'area' | 'length'): string {
  const { m } = context;
  if (kind === 'area') return unit === 'metric' ? m.unitSquareMetres : m.unitSquareFeet;
  return unit === 'metric' ? m.unitMetres : m.unitFeet;
}

/**
 * A measurement field in the units now chosen. A figure typed in the other unit shows converted (rounded
 * down to 2 places, for reading) with a note, and is used exactly as typed until the user changes it.
 * Until the conversion has arrived it shows as typed, in its own unit, and what is typed there keeps it.
 */
function measureField(context: FormContext, room: DraftRoom, field: MeasureField, label: (unit: string) => string, hint?: string): TemplateResult {
  const { m, draft } = context;
  const kind = field === 'length' || field === 'width' ? 'length' : 'area';
  const measure: Measure = room[field];
  const units = context.convert || measure.unit === context.units ? context.units : measure.unit;
  const converted = measure.unit === units ? undefined : context.convert?.(measure, kind);
  const id = `room-${room.id}-${field}`;
  return textField({
    id,
    label: label(unitName(context, units, kind)),
    hint,
    error: context.errorFor('room', room.id, field as RoomField),
    errorPrefix: m.errorPrefix,
    value: converted ?? measure.text,
    note: converted ? m.convertedFrom(`${measure.text} ${unitName(context, measure.unit, kind)}`) : undefined,
    numeric: true,
    width: 'short',
    onInput: (text) => context.change(updateRoom(draft, room.id, { [field]: { text, unit: units } })),
  });
}

function roomCard(context: FormContext, room: DraftRoom, index: number): TemplateResult {
  const { m, draft } = context;
  const at = (field: string) => `room-${room.id}-${field}`;
  const uses = (['bedroom', 'living', 'kitchen', 'bathroom', 'other'] as const).map((use) => ({ value: use, label: m[use] }));
  return html`<div class="card" part="room"><fieldset>
    <legend class="card__title">${m.roomLegend(index + 1)}</legend>
    ${textField({
      id: at('name'), label: m.roomName, hint: m.roomNameHint, errorPrefix: m.errorPrefix, value: room.name, width: 'medium',
      onInput: (name) => context.change(updateRoom(draft, room.id, { name })),
    })}
    ${selectField({
      id: at('use'), label: m.use, error: context.errorFor('room', room.id, 'use'), errorPrefix: m.errorPrefix, value: room.use,
      options: [{ value: '', label: m.useChoose }, ...uses],
      onChange: (use) => context.change(updateRoom(draft, room.id, { use: use as DraftRoom['use'] })),
    })}
    ${radioField({
      id: at('size'), label: m.sizeLegend, errorPrefix: m.errorPrefix, value: room.size, inline: true,
      options: [{ value: 'area', label: m.sizeArea }, { value: 'dimensions', label: m.sizeDimensions }],
      onChange: (size) => context.change(updateRoom(draft, room.id, { size: size as DraftRoom['size'] })),
    })}
    ${room.size === 'area'
      ? measureField(context, room, 'area', m.areaLabel)
      : html`<div class="dimensions">${measureField(context, room, 'length', m.lengthLabel)} ${measureField(context, room, 'width', m.widthLabel)}</div>`}
    ${draft.hmo ? measureField(context, room, 'lowCeiling', m.lowCeilingLabel, m.lowCeilingHint) : nothing}
    <button type="button" class="button button--secondary" @click=${() => context.change(removeRoom(draft, room.id), 'add-room')}>
      ${m.removeRoom(roomLabel(draft, m, room.id))}
    </button>
  </fieldset></div>`;
}

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
    ${draft.rooms.length === 0 ? html`<p>${m.noRooms}</p>` : draft.rooms.map((room, index) => roomCard(context, room, index))}
    <button type="button" id="add-room" class="button button--secondary" @click=${add}>${m.addRoom}</button>
  </section>`;
}
