import type { FieldError } from '../../ui/error-summary.ts';
import { focusErrorSummary } from '../../ui/error-summary.ts';
import type { RegisterRecords, RegisterStore } from '../../../schema/register.ts';
import { RegisterValidationError, type RecordInput } from '../../../storage/register/repository.ts';
import { StorageError } from '../../../storage/repository.ts';
import type { RegisterContext, Route } from '../context.ts';
import type { RecordFormKeeper } from './record-form-keeper.ts';

/** Field id → message, as a form shows them inline and in its error summary. */
export type Errors = Record<string, string>;

export function summaryOf(errors: Errors): FieldError[] {
  return Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));
}

/**
 * After a failed save: the repository's own checks (RegisterValidationError) go beside their fields
 * (`fields` maps a record path to a field id and label); anything else is the register's problem banner.
 */
export function errorsFromSave(error: unknown, fields: Record<string, readonly [string, string]>): Errors | undefined {
  if (!(error instanceof RegisterValidationError)) return undefined;
  const errors: Errors = {};
  for (const problem of error.problems) {
    const [id, label] = fields[problem.path.split('.')[0] as string] ?? ['', problem.path];
    errors[id || 'form-top'] = `${label} ${problem.message}`;
  }
  return errors;
}

/** Shows the error summary and moves focus to it, once the host has rendered it. */
export async function showErrors(host: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await host.updateComplete;
  focusErrorSummary(host);
}

/**
 * Saves a record from a form, over the revision its values were typed on: on success the change is
 * announced and the register goes to `next`; the repository's own objections come back as field errors to
 * show; a record changed elsewhere meanwhile becomes the form's conflict banner; any other failure goes to
 * the register's banner.
 */
export async function saveRecord<S extends RegisterStore, F extends Record<string, string>>(
  ctx: RegisterContext,
  store: S,
  input: RecordInput<S>,
  keeper: RecordFormKeeper<S, F>,
  fields: Record<string, readonly [string, string]>,
  next: (saved: RegisterRecords[S]) => Route,
): Promise<Errors | undefined> {
  try {
    const saved = await ctx.repository.save(store, input, keeper.revision, ctx.who);
    keeper.saved(saved);
    ctx.changed(store, saved.id, input.id === undefined ? 'created' : 'updated');
    ctx.navigate(next(saved));
    return undefined;
  } catch (error) {
    // Should the record not read back, the storage's own words about the conflict go to the banner instead.
    if (error instanceof StorageError && error.kind === 'conflict') await keeper.refused().catch(() => undefined);
    if (keeper.conflict) return undefined;
    const errors = errorsFromSave(error, fields);
    if (!errors) ctx.fail(error);
    return errors;
  }
}
