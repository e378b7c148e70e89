import type { OvercrowdingDraft, Units } from '../../../schema/overcrowding.ts';
import type { OvercrowdingMessages } from '../messages.ts';
import type { PersonField, RoomField } from '../read-draft.ts';

/** What the form's views need from the element: the draft, the words, and ways to change things. */
export interface FormContext {
  readonly draft: OvercrowdingDraft;
  readonly m: OvercrowdingMessages;
  readonly units: Units;
  /** The error to show beside a field, if any is due. */
  errorFor(kind: 'person', id: string, field: PersonField): string | undefined;
  errorFor(kind: 'room', id: string, field: RoomField): string | undefined;
  /** Replaces the draft (saved within 500 ms) and, optionally, moves focus to a control once rendered. */
  change(draft: OvercrowdingDraft, focusId?: string): void;
}
