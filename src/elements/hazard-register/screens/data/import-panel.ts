import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { decodeCsv } from '../../../../storage/register/csv-encoding.ts';
import {
  commitImport,
  IMPORT_COLUMNS,
  planImport,
  type ImportPlan,
  type ImportTable,
} from '../../../../storage/register/csv-import.ts';
import { selectField } from '../../common/fields.ts';
import { formatNumber } from '../../common/format.ts';
import { radios } from '../../common/record-fields.ts';
import { RegisterView } from '../../common/register-view.ts';

/** Import properties or hazards from a spreadsheet: choose the file, match its columns, check (a dry run), then import. */
export class RegisterImportPanel extends RegisterView {
  @state() private table: ImportTable | '' = '';
  @state() private text = '';
  @state() private plan: ImportPlan | undefined;
  @state() private done = '';
  /** Why the chosen file cannot be read, or how it was read when that is worth saying. */
  @state() private fileProblem = '';
  @state() private readAs: 'utf-8' | 'windows-1252' = 'utf-8';
  @state() private progress: { checked: number; total: number } | undefined;
  @state() private importing = 0;
  private checking: AbortController | undefined;

  protected async load(): Promise<void> {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.checking?.abort();
  }

  private async choose(event: Event): Promise<void> {
    const { m } = this.ctx;
    const file = (event.target as HTMLInputElement).files?.[0];
    const read = file
      ? decodeCsv(new Uint8Array(await file.arrayBuffer()))
      : { ok: true as const, text: '', encoding: 'utf-8' as const };
    this.text = read.ok ? read.text : '';
    this.readAs = read.ok ? read.encoding : 'utf-8';
    this.fileProblem = read.ok ? '' : read.reason === 'utf-16' ? m.csvUtf16 : m.csvNotText;
    this.done = '';
    await this.check();
  }

  private async check(mapping?: ImportPlan['mapping']): Promise<void> {
    this.checking?.abort();
    this.plan = undefined;
    if (!this.text || !this.table) return;
    const checking = new AbortController();
    this.checking = checking;
    try {
      const plan = await planImport(this.ctx.repository, this.table, this.text, mapping, {
        signal: checking.signal,
        onProgress: (checked, total) => (this.progress = { checked, total }),
      });
      this.plan = plan;
    } catch (error) {
      if (checking.signal.aborted) return;
      this.ctx.fail(error);
    } finally {
      if (this.checking === checking) {
        this.checking = undefined;
        this.progress = undefined;
      }
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('#import-report')?.focus();
  }

  private cancel(): void {
    this.checking?.abort();
    this.done = this.ctx.m.checkCancelled;
  }

  private async commit(): Promise<void> {
    if (!this.plan) return;
    const plan = this.plan;
    this.importing = (plan.batch.properties ?? plan.batch.hazards ?? []).length;
    try {
      const count = await commitImport(this.ctx.repository, plan, this.ctx.who);
      this.done = this.ctx.m.importDone(formatNumber(count));
      this.plan = undefined;
      this.ctx.changed('register', this.ctx.repository.storageKey, 'created');
    } catch (error) {
      this.ctx.fail(error);
    } finally {
      this.importing = 0;
    }
  }

  private status() {
    const { m } = this.ctx;
    if (this.progress) {
      const { checked, total } = this.progress;
      return html`<p class="status-line" role="status">${m.checkingRows(formatNumber(checked), formatNumber(total))}</p>
        <progress id="import-progress" max=${total} .value=${checked} aria-label=${m.checkProgressLabel}></progress>
        <p><button type="button" class="button button--secondary" @click=${this.cancel}>${m.cancel}</button></p>`;
    }
    return html`<p class="status-line" role="status">${this.importing > 0 ? m.importing(formatNumber(this.importing)) : this.done}</p>`;
  }

  override render() {
    const { m } = this.ctx;
    const plan = this.plan;
    const good = plan ? plan.rows.filter((row) => row.problems.length === 0).length : 0;
    const bad = plan ? plan.rows.length - good : 0;
    return html`<p>${m.importIntro}</p>
      ${radios({
        id: 'import-table',
        label: m.fieldImportTable,
        value: this.table,
        choices: [
          ['properties', m.tableProperties],
          ['hazards', m.tableHazards],
        ],
        onInput: (v) => {
          this.table = v as ImportTable;
          void this.check();
        },
      })}
      <div class=${this.fileProblem ? 'form-group form-group--error' : 'form-group'}>
        <label class="label" for="import-file">${m.fieldCsvFile}</label>
        <span class="hint" id="import-file-hint">${m.csvFileHint}</span>
        ${this.fileProblem ? html`<span class="error-message" id="import-file-error" role="alert"><span class="visually-hidden">Error:</span> ${this.fileProblem}</span>` : nothing}
        <input type="file" id="import-file" accept=".csv,text/csv" aria-invalid=${this.fileProblem ? 'true' : 'false'}
          aria-describedby=${this.fileProblem ? 'import-file-hint import-file-error' : 'import-file-hint'} @change=${this.choose} />
      </div>
      ${this.status()}
      ${plan && this.readAs === 'windows-1252' ? html`<div class="inset">${m.readAsWindows1252}</div>` : nothing}
      ${
        plan
          ? html`<div id="import-report" tabindex="-1" class="panel">
            <h3>${m.columnsHeading}</h3>
            ${IMPORT_COLUMNS[plan.table].map((spec) =>
              selectField({
                id: `import-map-${spec.field}`,
                width: 'medium',
                label: spec.required ? spec.label : m.optional(spec.label),
                value: String(plan.mapping[spec.field] ?? ''),
                choices: [
                  ['', m.notInFile],
                  ...plan.header.map((head, i) => [String(i), head || m.columnNumber(i + 1)] as const),
                ],
                onInput: (v) => void this.check({ ...plan.mapping, [spec.field]: v === '' ? null : Number(v) }),
              }),
            )}
            <h3>${m.dryRunHeading}</h3>
            ${
              plan.fileProblems.length > 0
                ? html`<ul class="problem-list" role="alert">${plan.fileProblems.map((p) => html`<li>${p}</li>`)}</ul>`
                : html`<p>${m.dryRunSummary(formatNumber(good), formatNumber(bad))}</p>
                  ${plan.newSchemes.length > 0 ? html`<p>${m.newSchemes(plan.newSchemes.join(', '))}</p>` : nothing}
                  ${
                    bad > 0
                      ? html`<div class="table-wrap"><table class="table--stack">
                        <caption class="table-caption">${m.rowProblemsCaption}</caption>
                        <thead><tr><th scope="col">${m.colLine}</th><th scope="col">${m.colRow}</th><th scope="col">${m.colProblems}</th></tr></thead>
                        <tbody>${plan.rows
                          .filter((row) => row.problems.length > 0)
                          .slice(0, 100)
                          .map(
                            (row) =>
                              html`<tr><td data-label=${m.colLine}>${row.line}</td>
                                <td data-label=${m.colRow}>${row.summary}</td>
                                <td data-label=${m.colProblems}><ul>${row.problems.map(
                                  (p) => html`<li>${p}</li>`,
                                )}</ul></td></tr>`,
                          )}</tbody>
                      </table></div>`
                      : nothing
                  }
                  ${good > 0 ? html`<button type="button" class="button" ?disabled=${this.importing > 0} @click=${this.commit}>${m.importButton(formatNumber(good), bad > 0)}</button>` : nothing}`
            }
          </div>`
          : nothing
      }`;
  }
}
