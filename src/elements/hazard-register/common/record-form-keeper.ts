import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RegisterRecords, RegisterStore } from '../../../schema/register.ts';
import { clearPending, readPending, stashPending } from '../../../storage/drafts/pending.ts';
import type { RegisterContext } from '../context.ts';

/** As a draft is written (DESIGN: within 500 ms), the form's values are put aside once typing pauses. */
const STASH_DELAY_MS = 300;

/** Another tab or window saved or deleted the record this form changes, after the form opened it. */
export type FormConflict<R> = { kind: 'changed'; latest: R; who: string | undefined } | { kind: 'deleted' };

type Fields = Record<string, string>;
type Host = ReactiveControllerHost & HTMLElement & { ctx: RegisterContext };

/**
 * Keeps a register form's typed values safe. They are put aside (per register, form and record) as the user
 * types and when the page goes away, and come back with a notice when that form opens again. A record saved
 * elsewhere after the form opened it is noticed by revision, never taken over what was typed: the user
 * chooses, and the save compares the revision the values were typed on, so nothing is overwritten unseen.
 */
export class RecordFormKeeper<S extends RegisterStore, F extends Fields> implements ReactiveController {
  fields: F;
  /** The stored record as last read (undefined for a new one, or one deleted elsewhere). */
  record: RegisterRecords[S] | undefined;
  /** The revision the values were typed on: the save is refused if the stored record is not at it. */
  revision: number | null = null;
  conflict: FormConflict<RegisterRecords[S]> | undefined;
  /** The values were put aside when the page closed or the form was left, and have come back. */
  kept = false;
  private dirty = false;
  private subject: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param form names the form in the stash's key
   * @param empty the values before the record is read
   * @param fieldsOf the values a stored record (or, undefined, a new one) starts the form with
   */
  constructor(
    private readonly host: Host,
    private readonly store: S,
    private readonly form: string,
    empty: F,
    private readonly fieldsOf: (record: RegisterRecords[S] | undefined) => F,
  ) {
    this.fields = empty;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.stashNow);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.stashNow();
    removeEventListener('pagehide', this.stashNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private get key(): string {
    return `${this.host.ctx.repository.storageKey}/unsaved-form/${this.form}/${this.subject}`;
  }

  /**
   * The form has read its record (`subject` names the form's record, or the new one's place). On first
   * opening, values put aside earlier come back; on a later read (the register changed), typed values stay,
   * and a newer revision of the record becomes a conflict for the user to settle.
   */
  async opened(subject: string, record: RegisterRecords[S] | undefined): Promise<void> {
    const fresh = this.fieldsOf(record);
    const revision = record?.revision ?? null;
    if (subject !== this.subject) {
      clearTimeout(this.timer);
      this.subject = subject;
      this.record = record;
      this.conflict = undefined;
      const stashed = readPending(this.key);
      this.kept = stashed !== undefined;
      this.dirty = this.kept;
      this.fields = this.kept ? valuesFor(fresh, stashed?.value) : fresh;
      this.revision = stashed ? stashed.revision : revision;
    } else {
      this.record = record;
      if (!this.dirty) [this.fields, this.revision] = [fresh, revision];
    }
    if (this.dirty && this.revision !== revision) await this.changedElsewhere(record);
    this.host.requestUpdate();
  }

  /** A change typed: shown now, put aside once typing pauses. */
  set(fields: F): void {
    this.fields = fields;
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.stashNow, STASH_DELAY_MS);
    this.host.requestUpdate();
  }

  /** The save went through: nothing is left to keep. */
  saved(record: RegisterRecords[S]): void {
    this.forget();
    [this.record, this.revision] = [record, record.revision];
  }

  /** The storage refused the save because the record moved on: read it again, and let the user choose. */
  async refused(): Promise<void> {
    const id = this.record?.id;
    await this.changedElsewhere(id === undefined ? undefined : await this.host.ctx.repository.get(this.store, id));
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.querySelector<HTMLElement>('[data-conflict]')?.focus();
  }

  /** "Use the saved version" or "Discard my changes": the stored record's values, and nothing kept. */
  useSaved(): void {
    this.forget();
    this.fields = this.fieldsOf(this.record);
    this.revision = this.record?.revision ?? null;
    this.host.requestUpdate();
  }

  /** The user left the form on purpose (Cancel): what was typed is not kept. */
  discard(): void {
    this.forget();
  }

  /** "Keep my changes": the values here are to be saved over the version the user has now been told of. */
  keepMine(): void {
    if (this.conflict?.kind !== 'changed') return;
    this.revision = this.conflict.latest.revision;
    this.conflict = undefined;
    this.stashNow();
    this.host.requestUpdate();
  }

  private async changedElsewhere(latest: RegisterRecords[S] | undefined): Promise<void> {
    if (!latest) {
      this.conflict = { kind: 'deleted' };
      return;
    }
    if (latest.revision === this.revision) return;
    const history = await this.host.ctx.repository.history(latest.id);
    this.record = latest;
    this.conflict = { kind: 'changed', latest, who: history.at(-1)?.who };
  }

  private forget(): void {
    clearTimeout(this.timer);
    if (this.subject !== undefined) clearPending(this.key);
    this.dirty = false;
    this.kept = false;
    this.conflict = undefined;
  }

  private readonly stashNow = (): void => {
    clearTimeout(this.timer);
    if (this.dirty && this.subject !== undefined)
      stashPending(this.key, { value: this.fields, revision: this.revision });
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.stashNow();
  };
}

/** `fields` with the text values `source` has for them (a record, or values put aside); anything else is ignored. */
export function valuesFor<F extends Fields>(fields: F, source: unknown): F {
  if (typeof source !== 'object' || source === null) return fields;
  return {
    ...fields,
    ...Object.fromEntries(Object.entries(source).filter(([name, text]) => name in fields && typeof text === 'string')),
  };
}
