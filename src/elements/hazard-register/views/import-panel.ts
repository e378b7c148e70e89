import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { commitImport, IMPORT_COLUMNS, planImport, type ImportPlan, type ImportTable } from '../../../storage/register-csv-import.ts';
import { selectField } from '../fields.ts';
import { formatNumber } from '../format.ts';
import { radios } from '../record-fields.ts';
import { RegisterView } from './register-view.ts';

/** Import properties or hazards from a spreadsheet: choose the file, match its columns, check (a dry run), then import. */
export class RegisterImportPanel extends RegisterView {
  @state() private table: ImportTable | '' = '';
  @state() private text = '';
  @state() private plan: ImportPlan | undefined;
  @state() private done = '';

  protected async load(): Promise<void> {}

  private async choose(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.text = file ? await file.text() : '';
    this.done = '';
    await this.check();
  }

  private async check(mapping?: ImportPlan['mapping']): Promise<void> {
    if (!this.text || !this.table) return void (this.plan = undefined);
    this.plan = await planImport(this.ctx.repository, this.table, this.text, mapping);
    await this.updateComplete;
    this.querySelector<HTMLElement>('#import-report')?.focus();
  }

  private async commit(): Promise<void> {
    if (!this.plan) return;
    try {
      const count = await commitImport(this.ctx.repository, this.plan, this.ctx.who);
      this.done = this.ctx.m.importDone(formatNumber(count));
      this.plan = undefined;
      this.ctx.changed('register', this.ctx.repository.storageKey, 'created');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  override render() {
    const { m } = this.ctx;
    const plan = this.plan;
    const good = plan ? plan.rows.filter((row) => row.problems.length === 0).length : 0;
    const bad = plan ? plan.rows.length - good : 0;
    return html`<p>${m.importIntro}</p>
      ${radios({ id: 'import-table', label: m.fieldImportTable, value: this.table, choices: [['properties', m.tableProperties], ['hazards', m.tableHazards]],
        onInput: (v) => { this.table = v as ImportTable; void this.check(); } })}
      <div class="form-group">
        <label class="label" for="import-file">${m.fieldCsvFile}</label>
        <span class="hint" id="import-file-hint">${m.csvFileHint}</span>
        <input type="file" id="import-file" accept=".csv,text/csv" aria-describedby="import-file-hint" @change=${this.choose} />
      </div>
      <p class="status-line" role="status">${this.done}</p>
      ${plan
        ? html`<div id="import-report" tabindex="-1" class="panel">
            <h3>${m.columnsHeading}</h3>
            ${IMPORT_COLUMNS[plan.table].map((spec) => selectField({
              id: `import-map-${spec.field}`, width: 'medium', label: spec.required ? spec.label : m.optional(spec.label), value: String(plan.mapping[spec.field] ?? ''),
              choices: [['', m.notInFile], ...plan.header.map((head, i) => [String(i), head || m.columnNumber(i + 1)] as const)],
              onInput: (v) => void this.check({ ...plan.mapping, [spec.field]: v === '' ? null : Number(v) }),
            }))}
            <h3>${m.dryRunHeading}</h3>
            ${plan.fileProblems.length > 0
              ? html`<ul class="problem-list" role="alert">${plan.fileProblems.map((p) => html`<li>${p}</li>`)}</ul>`
              : html`<p>${m.dryRunSummary(formatNumber(good), formatNumber(bad))}</p>
                  ${plan.newSchemes.length > 0 ? html`<p>${m.newSchemes(plan.newSchemes.join(', '))}</p>` : nothing}
                  ${bad > 0
                    ? html`<div class="table-wrap"><table><caption class="table-caption">${m.rowProblemsCaption}</caption>
                        <thead><tr><th scope="col">${m.colLine}</th><th scope="col">${m.colRow}</th><th scope="col">${m.colProblems}</th></tr></thead>
                        <tbody>${plan.rows.filter((row) => row.problems.length > 0).slice(0, 100).map((row) => html`<tr><td>${row.line}</td><td>${row.summary}</td><td><ul>${row.problems.map((p) => html`<li>${p}</li>`)}</ul></td></tr>`)}</tbody>
                      </table></div>`
                    : nothing}
                  ${good > 0 ? html`<button type="button" class="button" @click=${this.commit}>${m.importButton(formatNumber(good), bad > 0)}</button>` : nothing}`}
          </div>`
        : nothing}`;
  }
}
