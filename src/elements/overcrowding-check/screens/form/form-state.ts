import type { ReactiveControllerHost } from 'lit';
import type { OvercrowdingDraft, Units } from '../../../../schema/overcrowding.ts';
import { focusErrorSummary, type FieldError } from '../../../ui/error-summary.ts';
import type { FormReading, ShownProblem } from '../../types.ts';
import type { FormContext } from './context.ts';
import type { FormMessages } from './messages.ts';

/** A blank field in a restored draft is work still to do, not an error to show. */
const BLANK: ReadonlySet<string> = new Set(['missing', 'no-sex', 'no-use', 'no-counts']);

/**
 * Which errors are due, and where focus goes next. GOV.UK: errors show when the user asks for the result
 * (beside each field, and in an error summary that takes focus), not while they type or as they leave a
 * field — an error appearing on blur moves the page under the pointer and swallows the click. A partner
 * who is no longer listed shows at once, and so does a wrong value in a draft restored from storage.
 */
export class FormState {
  submitted = false;
  private restoredFields = new Set<string>();
  private pending: string | undefined;
  private summaryDue = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A draft was loaded: what was typed before is checked at once, so a wrong value still shows its error. */
  restored(draft: OvercrowdingDraft): void {
    const filled = [
      ...draft.people.filter((person) => person.age.trim() !== '').map((person) => `person-${person.id}-age`),
      ...draft.rooms.flatMap((room) =>
        (['area', 'length', 'width', 'lowCeiling'] as const)
          .filter((field) => room[field].text.trim() !== '')
          .map((field) => `room-${room.id}-${field}`),
      ),
    ];
    this.restoredFields = new Set(filled);
    this.submitted = false;
    this.host.requestUpdate();
  }

  submit(): void {
    this.submitted = true;
    this.summaryDue = true;
    this.host.requestUpdate();
  }

  /** Once nothing is wrong, the summary goes and blank fields are quiet again. */
  settle(summaryErrors: readonly FieldError[]): void {
    if (summaryErrors.length === 0) this.submitted = false;
  }

  /** Moves focus to the control with this id once the host has next rendered. */
  focusLater(id: string | undefined): void {
    if (!id) return;
    this.pending = id;
    this.host.requestUpdate();
  }

  focusPending(root: ShadowRoot): void {
    if (this.summaryDue) {
      this.summaryDue = false;
      focusErrorSummary(root);
    } else if (this.pending) {
      // A new card's control may be waiting for the cards' code: it takes focus when it has arrived.
      const control = root.getElementById(this.pending);
      if (!control) return;
      control.focus();
      this.pending = undefined;
    }
  }

  private due(problem: ShownProblem): boolean {
    return (
      this.submitted ||
      problem.field === 'partner' ||
      (this.restoredFields.has(problem.fieldId) && !BLANK.has(problem.code))
    );
  }

  /** Every problem, in the order of the form, for the error summary; and nobody or no rooms at all. */
  allErrors(reading: FormReading, draft: OvercrowdingDraft, m: FormMessages): FieldError[] {
    const errors = reading.problems.map(({ fieldId, message }) => ({ fieldId, message }));
    if (draft.people.length === 0) errors.push({ fieldId: 'add-person', message: m.noPeopleError });
    if (draft.rooms.length === 0) errors.push({ fieldId: 'add-room', message: m.noRoomsError });
    return errors;
  }

  /** What the form's views need, once the draft has loaded. */
  context(
    draft: OvercrowdingDraft | undefined,
    m: FormMessages,
    units: Units,
    reading: FormReading,
    change: FormContext['change'],
    convert: FormContext['convert'],
    cards: Pick<FormContext, 'cards' | 'cardsPlaceholder'>,
  ): FormContext | undefined {
    if (!draft) return undefined;
    const errorFor = (kind: 'person' | 'room', id: string, field: string): string | undefined => {
      const problem = reading.problems.find((p) => p.kind === kind && p.id === id && p.field === field);
      return problem && this.due(problem) ? problem.message : undefined;
    };
    return {
      draft,
      m,
      units,
      errorFor: errorFor as FormContext['errorFor'],
      change,
      convert,
      ...cards,
    };
  }
}
