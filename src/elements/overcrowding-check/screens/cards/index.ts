import { html, nothing, type TemplateResult } from 'lit';
import { ROOM_USES, type RoomCounts } from '../../../../core/overcrowding/types.ts';
import type { DraftPerson, DraftRoom, Measure, Units } from '../../../../schema/overcrowding.ts';
import { OVERCROWDING_LIMITS } from '../../../../schema/overcrowding-values.ts';
import type { CountWords } from '../../../ui/character-count.ts';
import { inLanguage } from '../../messages.ts';
import type { RoomField } from '../../types.ts';
import type { CardContext, CardViews } from '../form/context.ts';
import { radioField, type Option } from '../form/fields.ts';
import { countWords, type FormMessages } from '../form/messages.ts';
import { removePerson, removeRoom, setPartner, updatePerson, updateRoom } from './edits.ts';
import { cardMessages, personLabel, roomLabel } from './messages.ts';
import { cardsCy } from './messages.cy.ts';
import { textField } from '../form/fields.ts';
import { selectField } from './select-field.ts';

/**
 * The cards screen: each person's and room's questions, with their words. Fetched as the user starts on the
 * form, or for a saved check with people or rooms (see ../../screens.ts), as an empty form shows none.
 */

/** Each person's and room's card, with the form's words and the cards' own in `lang`. */
export function cardViews(m: FormMessages, lang: string): CardViews {
  return { m: { ...m, ...inLanguage(cardMessages, cardsCy, lang) }, person: personCard, room: roomCard };
}

/** The character count of a person's or room's name, in the cards' words. */
function nameLimit(m: CardContext['m']): { length: number; words: CountWords } {
  return { length: OVERCROWDING_LIMITS.name, words: countWords(m) };
}

/** A person's card: name, age, sex and partner, and a button to remove them. */
function personCard(context: CardContext, person: DraftPerson, index: number): TemplateResult {
  const { m, draft } = context;
  const label = personLabel(draft, m, person.id);
  const at = (field: string) => `person-${person.id}-${field}`;
  const common = (field: 'age' | 'sex' | 'partner') => ({
    id: at(field),
    error: context.errorFor('person', person.id, field),
    errorPrefix: m.errorPrefix,
  });
  const others: Option[] = draft.people
    .filter((other) => other.id !== person.id)
    .map((other) => ({ value: other.id, label: personLabel(draft, m, other.id) }));
  const listed = person.partnerId === '' || others.some((other) => other.value === person.partnerId);
  const partnerOptions = [
    { value: '', label: m.noPartner },
    ...others,
    ...(listed ? [] : [{ value: person.partnerId, label: m.missingPartner }]),
  ];
  const remove = () => context.change(removePerson(draft, person.id), 'add-person');
  return html`<div class="card" part="person"><fieldset>
    <legend class="card__title">${m.personLegend(index + 1)}</legend>
    ${textField({
      id: at('name'),
      label: m.name,
      hint: m.nameHint,
      errorPrefix: m.errorPrefix,
      value: person.name,
      width: 'medium',
      limit: nameLimit(m),
      onInput: (name) => context.change(updatePerson(draft, person.id, { name })),
    })}
    ${textField({
      ...common('age'),
      label: m.age,
      hint: m.ageHint,
      value: person.age,
      numeric: true,
      width: 'short',
      onInput: (age) => context.change(updatePerson(draft, person.id, { age })),
    })}
    ${radioField({
      ...common('sex'),
      id: at('sex'),
      label: m.sex,
      value: person.sex,
      inline: true,
      options: [
        { value: 'female', label: m.female },
        { value: 'male', label: m.male },
      ],
      onChange: (sex) => context.change(updatePerson(draft, person.id, { sex: sex as DraftPerson['sex'] })),
    })}
    ${selectField({
      ...common('partner'),
      label: m.partner,
      hint: m.partnerHint,
      value: person.partnerId,
      options: partnerOptions,
      onChange: (partnerId) => context.change(setPartner(draft, person.id, partnerId)),
    })}
    <button type="button" class="button button--secondary" @click=${remove}>${m.removePerson(label)}</button>
  </fieldset></div>`;
}

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
function measureField(
  context: CardContext,
  room: DraftRoom,
  field: MeasureField,
  label: (unit: string) => string,
  hint?: string,
): TemplateResult {
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
function roomCard(context: CardContext, room: DraftRoom, index: number): TemplateResult {
  const { m, draft } = context;
  const at = (field: string) => `room-${room.id}-${field}`;
  // Grouped as s.325(2)(b) and s.326(2)(b) treat them, in words: never by colour or order alone.
  const group = (counts: RoomCounts, label: string) => ({
    label,
    options: ROOM_USES.filter((row) => row.counts === counts).map(({ use }) => ({ value: use, label: m[use] })),
  });
  const groups = [
    group('counts', m.useCounts),
    group('may-count', m.useMayCount),
    group('does-not-count', m.useDoesNotCount),
  ];
  const mayCount = ROOM_USES.some((row) => row.use === room.use && row.counts === 'may-count');
  return html`<div class="card" part="room"><fieldset>
    <legend class="card__title">${m.roomLegend(index + 1)}</legend>
    ${textField({
      id: at('name'),
      label: m.roomName,
      hint: m.roomNameHint,
      errorPrefix: m.errorPrefix,
      value: room.name,
      width: 'medium',
      limit: nameLimit(m),
      onInput: (name) => context.change(updateRoom(draft, room.id, { name })),
    })}
    ${selectField({
      id: at('use'),
      label: m.use,
      hint: m.useHint,
      error: context.errorFor('room', room.id, 'use'),
      errorPrefix: m.errorPrefix,
      value: room.use,
      options: [{ value: '', label: m.useChoose }],
      groups,
      onChange: (use) => context.change(updateRoom(draft, room.id, { use: use as DraftRoom['use'] })),
    })}
    ${
      mayCount
        ? radioField({
            id: at('counts'),
            label: m.countsLegend(roomLabel(draft, m, room.id)),
            hint: m.countsHint,
            error: context.errorFor('room', room.id, 'counts'),
            errorPrefix: m.errorPrefix,
            value: room.counts ?? '',
            options: [
              { value: 'yes', label: m.countsYes },
              { value: 'no', label: m.countsNo },
            ],
            onChange: (counts) => context.change(updateRoom(draft, room.id, { counts: counts as DraftRoom['counts'] })),
          })
        : nothing
    }
    ${radioField({
      id: at('size'),
      label: m.sizeLegend,
      errorPrefix: m.errorPrefix,
      value: room.size,
      inline: true,
      options: [
        { value: 'area', label: m.sizeArea },
        { value: 'dimensions', label: m.sizeDimensions },
      ],
      onChange: (size) => context.change(updateRoom(draft, room.id, { size: size as DraftRoom['size'] })),
    })}
    ${
      room.size === 'area'
        ? measureField(context, room, 'area', m.areaLabel)
        : html`<div class="dimensions">${measureField(context, room, 'length', m.lengthLabel)} ${measureField(context, room, 'width', m.widthLabel)}</div>`
    }
    ${draft.hmo ? measureField(context, room, 'lowCeiling', m.lowCeilingLabel, m.lowCeilingHint) : nothing}
    <button type="button" class="button button--secondary" @click=${() => context.change(removeRoom(draft, room.id), 'add-room')}>
      ${m.removeRoom(roomLabel(draft, m, room.id))}
    </button>
  </fieldset></div>`;
}
