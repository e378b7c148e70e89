import type { TemplateResult } from 'lit';
import type { DraftPerson, DraftRoom, Measure, OvercrowdingDraft, Units } from '../../../../schema/overcrowding.ts';
import type { PersonField, RoomField } from '../../types.ts';
import type { CardMessages } from '../cards/messages.ts';
import type { FormMessages } from './messages.ts';

/** What the form's views need from the element: the draft, the words, and ways to change things. */
export interface FormContext {
  readonly draft: OvercrowdingDraft;
  readonly m: FormMessages;
  readonly units: Units;
  /** The error to show beside a field, if any is due. */
  errorFor(kind: 'person', id: string, field: PersonField): string | undefined;
  errorFor(kind: 'room', id: string, field: RoomField): string | undefined;
  /** Replaces the draft (saved within 500 ms) and, optionally, moves focus to a control once rendered. */
  change(draft: OvercrowdingDraft, focusId?: string): void;
  /**
   * A measure typed in the other unit, converted for its field (undefined if it is not a number). Missing
   * until the rest of the check has arrived: such a measure then shows in the unit it was typed in.
   */
  readonly convert: ((measure: Measure, kind: 'area' | 'length') => string | undefined) | undefined;
  /** Each person's and room's card, missing until their code has arrived (an empty form has none). */
  readonly cards: CardViews | undefined;
  /** Shown in place of the cards until then: "Loading…", or a retry if their code could not be fetched. */
  cardsPlaceholder(): TemplateResult;
}

/** A card's context: the form's, with the cards' words too. */
export interface CardContext extends Omit<FormContext, 'm'> {
  readonly m: FormMessages & CardMessages;
}

export interface CardViews {
  readonly m: CardContext['m'];
  person(context: CardContext, person: DraftPerson, index: number): TemplateResult;
  room(context: CardContext, room: DraftRoom, index: number): TemplateResult;
}
