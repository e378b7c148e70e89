import { html, nothing, type TemplateResult } from 'lit';
import { ROOM_USES, type RoomCounts } from '../../../core/overcrowding/types.ts';
import type { DraftRoom, Measure, Units } from '../../../schema/overcrowding.ts';
import type { RoomField } from '../read-draft.ts';
import { roomLabel } from '../report/context.ts';
import { removeRoom, updateRoom } from './card-edits.ts';
import type { CardContext } from './form-context.ts';
import { radioField } from './fields.ts';
import { selectField, textField } from './text-fields.ts';
import { nameLimit } from './name-limit.ts';

type MeasureField = 'area' | 'length' | 'width' | 'lowCeiling';

function unitName(context: CardContext, unit: Units, kind: 'area' | 'length'): string {
  const { m } = context;
  if (kind === 'area') return unit === 'metric' ? m.unitSquareMetres : m.unitSquareFeet;
  return unit === 'metric' ? m.unitMetres : m.unitFeet;
}

/**
 * A measurement field in the units now chosen. A figure typed in the other unit shows converted (rounded
 * down to 2 places, for reading) with a note, and is used exactly as typed until the user changes it.
 * Until the conversion has arrived it shows as typed, in its own unit, and what is typed there keeps it.
 */
function measureField(context: CardContext, room: DraftRoom, field: MeasureField, label: (unit: string) => string, hint?: string): TemplateResult {
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

/** A room's card: name, use and size (and, in a licensed HMO, any low ceiling), and a button to remove it. */
export function roomCard(context: CardContext, room: DraftRoom, index: number): TemplateResult {
  const { m, draft } = context;
  const at = (field: string) => `room-${room.id}-${field}`;
  // Grouped as s.325(2)(b) and s.326(2)(b) treat them, in words: never by colour or order alone.
  const group = (counts: RoomCounts, label: string) => ({
    label,
    options: ROOM_USES.filter((row) => row.counts === counts).map(({ use }) => ({ value: use, label: m[use] })),
  });
  const groups = [group('counts', m.useCounts), group('may-count', m.useMayCount), group('does-not-count', m.useDoesNotCount)];
  const mayCount = ROOM_USES.some((row) => row.use === room.use && row.counts === 'may-count');
  return html`<div class="card" part="room"><fieldset>
    <legend class="card__title">${m.roomLegend(index + 1)}</legend>
    ${textField({
      id: at('name'), label: m.roomName, hint: m.roomNameHint, errorPrefix: m.errorPrefix, value: room.name, width: 'medium',
      limit: nameLimit(m),
      onInput: (name) => context.change(updateRoom(draft, room.id, { name })),
    })}
    ${selectField({
      id: at('use'), label: m.use, hint: m.useHint, error: context.errorFor('room', room.id, 'use'), errorPrefix: m.errorPrefix,
      value: room.use, options: [{ value: '', label: m.useChoose }], groups,
      onChange: (use) => context.change(updateRoom(draft, room.id, { use: use as DraftRoom['use'] })),
    })}
    ${mayCount
      ? radioField({
          id: at('counts'), label: m.countsLegend(roomLabel(draft, m, room.id)), hint: m.countsHint,
          error: context.errorFor('room', room.id, 'counts'), errorPrefix: m.errorPrefix, value: room.counts ?? '',
          options: [{ value: 'yes', label: m.countsYes }, { value: 'no', label: m.countsNo }],
          onChange: (counts) => context.change(updateRoom(draft, room.id, { counts: counts as DraftRoom['counts'] })),
        })
      : nothing}
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
