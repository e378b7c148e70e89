import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { mergeKey, type ConflictChoice, type MergeItem, type MergeKind } from '../../../../core/register/index.ts';
import type { Problem } from '../../../../schema/zod.ts';
import type { MergeLogEntry, PreparedMerge } from '../../../../storage/register/repository.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { formatDateTime } from '../../common/format.ts';
import type { RegisterMessages } from '../../messages.ts';
import { showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import {
  conflictId,
  conflictView,
  describeItem,
  fieldId,
  fieldName,
  type Conflict,
  type VersionChoice,
} from './merge-conflict.ts';
import { RegisterView } from '../../common/register-view.ts';

const LISTED: readonly [MergeKind, keyof RegisterMessages][] = [
  ['new-there', 'kind_new_there'],
  ['updated-there', 'kind_updated_there'],
  ['changed-here', 'kind_changed_here'],
  ['deleted-there', 'kind_deleted_there'],
  ['deleted-here', 'kind_deleted_here'],
  ['duplicate-file', 'kind_duplicate_file'],
];
const SHOWN = 50;

/** Merge a backup from another device: choose the file, read the dry run, choose for each conflict, merge. */
export class RegisterMergeView extends RegisterView {
  @state() private merge: PreparedMerge | undefined;
  @state() private problems: Problem[] = [];
  @state() private choices: Record<string, VersionChoice> = {};
  @state() private fields: Record<string, Record<string, 'here' | 'there'>> = {};
  @state() private errors: Errors = {};
  @state() private done = '';
  @state() private last: MergeLogEntry | undefined;

  protected async load(): Promise<void> {
    this.last = (await this.ctx.repository.mergeLog()).at(-1);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  private async choose(event: Event): Promise<void> {
    const { m, repository } = this.ctx;
    const file = (event.target as HTMLInputElement).files?.[0];
    Object.assign(this, { merge: undefined, problems: [], choices: {}, fields: {}, errors: {}, done: '' });
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      this.problems = [{ path: file.name, message: m.notJson }];
      return this.focusOn('#merge-problems');
    }
    try {
      const checked = await repository.checkMerge(data);
      if (checked.ok) this.merge = checked.merge;
      else this.problems = checked.problems;
      await this.focusOn(checked.ok ? '#merge-check' : '#merge-problems');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  private conflicts(): Conflict[] {
    return (this.merge?.plan.items ?? []).filter((item): item is Conflict => item.kind === 'conflict');
  }

  private async apply(): Promise<void> {
    const { m, repository, who } = this.ctx;
    const merge = this.merge;
    if (!merge) return;
    const errors: Errors = {};
    const choices = new Map<string, ConflictChoice>();
    this.conflicts().forEach((conflict, index) => {
      const key = mergeKey(conflict);
      const choice = this.choices[key];
      const what = describeItem(conflict);
      if (!choice) {
        errors[conflictId(index)] = m.chooseConflict(what);
        return;
      }
      if (choice !== 'fields') return void choices.set(key, choice);
      const picks = this.fields[key] ?? {};
      for (const f of conflict.fields)
        if (!picks[f.field]) errors[fieldId(index, f.field)] = m.chooseField(fieldName(f.field).toLowerCase(), what);
      choices.set(key, { fields: picks });
    });
    this.errors = errors;
    if (Object.keys(errors).length > 0) return showErrors(this);
    try {
      const result = await repository.applyMerge(merge, choices, who);
      if (!result.ok) {
        this.problems = result.problems;
        return this.focusOn('#merge-problems');
      }
      this.merge = undefined;
      this.done = m.mergeDone(result.added, result.updated, result.combined, result.auditImported);
      this.ctx.changed('register', repository.storageKey, 'updated');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  private listed(items: readonly MergeItem[], kind: MergeKind, title: string) {
    const found = items.filter((item) => item.kind === kind);
    if (found.length === 0) return nothing;
    return html`<h3>${title}</h3>
      <ul class="list">${found.slice(0, SHOWN).map((item) => html`<li>${describeItem(item)}</li>`)}</ul>
      ${found.length > SHOWN ? html`<p>${this.ctx.m.andMore(found.length - SHOWN)}</p>` : nothing}`;
  }

  private renderCheck(merge: PreparedMerge) {
    const { m } = this.ctx;
    const { counts, items } = merge.plan;
    const conflicts = this.conflicts();
    const changes = counts['new-there'] + counts['updated-there'] + counts.conflict + merge.audit.length;
    return html`<div>
      <h2 id="merge-check" tabindex="-1">${m.mergeCheckHeading}</h2>
      <div class="inset">
        <p><strong>${m.mergeSummary(counts['new-there'], counts['updated-there'], counts.conflict)}</strong></p>
        <p>${m.mergeKeptNote(counts['changed-here'] + counts['only-here'], counts.same, merge.audit.length)}</p>
      </div>
      ${LISTED.map(([kind, title]) => this.listed(items, kind, m[title] as string))}
      ${
        conflicts.length > 0
          ? html`<h2>${m.conflictsHeading}</h2><p>${m.conflictsIntro}</p>
            ${conflicts.map((conflict, index) => {
              const key = mergeKey(conflict);
              return conflictView({
                m,
                conflict,
                index,
                errors: this.errors,
                choice: this.choices[key] ?? '',
                fields: this.fields[key] ?? {},
                choose: (choice) => (this.choices = { ...this.choices, [key]: choice }),
                chooseField: (field, side) =>
                  (this.fields = { ...this.fields, [key]: { ...this.fields[key], [field]: side } }),
              });
            })}`
          : nothing
      }
      ${changes > 0 ? html`<button type="button" class="button" @click=${this.apply}>${m.mergeButton}</button>` : html`<p>${m.mergeNothing}</p>`}
    </div>`;
  }

  override render() {
    const { m } = this.ctx;
    return html`${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
      <h1 tabindex="-1">${m.mergeTitle}</h1>
      <p class="status-line" role="status">${this.done}</p>
      <p>${m.mergeIntro}</p>
      ${this.last ? html`<p>${m.lastMerged(formatDateTime(this.last.at), formatDateTime(this.last.exportedAt))}</p>` : nothing}
      <div class="form-group">
        <label class="label" for="merge-file">${m.mergeFile}</label>
        <input type="file" id="merge-file" accept="application/json,.json" @change=${this.choose} />
      </div>
      ${
        this.problems.length > 0
          ? html`<div class="error-summary" id="merge-problems" tabindex="-1" role="alert" aria-labelledby="merge-problems-title">
            <h2 class="error-summary__title" id="merge-problems-title">${this.merge ? m.mergeCannotApply(this.problems.length) : m.mergeRefused(this.problems.length)}</h2>
            <ul class="error-summary__list problem-list">${this.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
          </div>`
          : nothing
      }
      ${this.merge ? this.renderCheck(this.merge) : nothing}`;
  }
}
