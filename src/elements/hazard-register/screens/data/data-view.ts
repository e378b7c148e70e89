import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { downloadBlob } from '../../../../print/download.ts';
import type { Problem } from '../../../../schema/zod.ts';
import type { RecomputedScore } from '../../../../storage/register/backup-checks.ts';
import { ExportCancelledError } from '../../../../storage/register/export-file.ts';
import type { ExportProgress, RestoreProgress } from '../../../../storage/register/repository.ts';
import type { RegisterStorageUse } from '../../../../storage/register/repository.ts';
import type { CsvTable } from '../../../../storage/register/repository.ts';
import { RestoreCancelledError, UnreadableBackupError } from '../../../../storage/register/restore-file.ts';
import { selectField } from '../../common/fields.ts';
import { formatBytes, formatDateTime, formatNumber } from '../../common/format.ts';
import { RegisterView } from '../../common/register-view.ts';

/** A long job running off the page's thread: how far it has got, when it began, and how to stop it. */
interface Running<P> {
  progress: P;
  startedAt: number;
  cancel: AbortController;
}

/** Seconds left at the rate so far; 0 (no estimate) until the first records are written, and once done. */
const secondsLeft = ({ progress: { done, total }, startedAt }: Running<{ done: number; total: number }>) =>
  done > 0 && done < total ? Math.ceil((((performance.now() - startedAt) / done) * (total - done)) / 1000) : 0;

interface StorageUse {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** Backups, restore, CSV export and import, storage use, and deleting the register. */
export class RegisterDataView extends RegisterView {
  @state() private storage: StorageUse | undefined;
  @state() private registerUse: RegisterStorageUse | undefined;
  @state() private lastExport: string | undefined;
  @state() private table: CsvTable = 'properties';
  @state() private restoreProblems: Problem[] = [];
  @state() private message = '';
  @state() private recomputed: RecomputedScore[] = [];
  @state() private pendingRestore: { file: File; name: string } | undefined;
  @state() private restoring: Running<RestoreProgress> | undefined;
  @state() private exporting: Running<ExportProgress> | undefined;
  @state() private confirmingDelete = false;
  /** "Everything … deleted" is on screen: true only while the register stays empty (an import, another tab). */
  private saidDeleted = false;

  protected async load(): Promise<void> {
    if (this.saidDeleted && !(await this.ctx.repository.isEmpty())) {
      this.saidDeleted = false;
      if (this.message === this.ctx.m.deletedEverything) this.message = '';
    }
    const { repository } = this.ctx;
    [this.lastExport, this.registerUse] = await Promise.all([
      repository.getSetting<string>('last-export'),
      repository.storageUse(),
    ]);
    const estimate = await navigator.storage?.estimate?.();
    const persisted = (await navigator.storage?.persisted?.()) ?? false;
    this.storage = estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted } : undefined;
  }

  private async backup(): Promise<void> {
    const { m, repository } = this.ctx;
    if (this.exporting) return;
    this.message = '';
    const cancel = new AbortController();
    this.exporting = { progress: { phase: 'reading', done: 0, total: 0 }, startedAt: performance.now(), cancel };
    try {
      const file = await repository.exportFile((progress) => {
        if (this.exporting) this.exporting = { ...this.exporting, progress };
      }, cancel.signal);
      this.exporting = undefined;
      downloadBlob(file, `${repository.storageKey}-backup-${this.ctx.today}.json`);
      this.message = m.backupDone;
      this.ctx.changed('register', repository.storageKey, 'updated');
      void this.load();
    } catch (error) {
      this.exporting = undefined;
      if (error instanceof ExportCancelledError) this.message = m.exportCancelled;
      else this.ctx.fail(error);
    }
  }

  private exportStatus() {
    const { m } = this.ctx;
    const running = this.exporting!;
    const { phase, table } = running.progress;
    const words =
      phase === 'reading' ? m.exportReading(m.restoreTable(table ?? '')) : this.writing(m.exportWriting, running);
    const { exportProgressLabel, exportStayHint, cancelExport } = m;
    return this.progressBlock('export-progress', words, running, exportProgressLabel, exportStayHint, cancelExport);
  }

  /** "writing <table> (<done> of <total> records), about <n> seconds left", in the words given. */
  private writing(
    words: (what: string, done: string, total: string, left: string) => string,
    running: Running<RestoreProgress | ExportProgress>,
  ): string {
    const { m } = this.ctx;
    const { table, done, total } = running.progress;
    const left = secondsLeft(running);
    return words(
      m.restoreTable(table ?? ''),
      formatNumber(done),
      formatNumber(total),
      left > 0 ? m.secondsLeft(left) : '',
    );
  }

  /** A job's status line, progress bar, hint and Cancel button. */
  private progressBlock(
    id: string,
    words: string,
    { progress: { done, total }, cancel }: Running<{ done: number; total: number }>,
    label: string,
    hint: string,
    cancelWords: string,
  ) {
    return html`<p class="status-line" role="status">${words}</p>
      <progress id=${id} max=${Math.max(total, 1)} .value=${done} aria-label=${label}></progress>
      <p class="hint">${hint}</p>
      <p><button type="button" class="button button--secondary" @click=${() => cancel.abort()}>${cancelWords}</button></p>`;
  }

  private async chooseRestore(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.restoreProblems = [];
    this.recomputed = [];
    this.pendingRestore = undefined;
    // Read when restoring, off the page's thread: a large file would freeze the page here.
    if (file) this.pendingRestore = { file, name: file.name };
  }

  private async showRestoreProblems(problems: Problem[]): Promise<void> {
    this.restoreProblems = problems;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#restore-problems')?.focus();
  }

  private async restore(): Promise<void> {
    const { m, repository, who } = this.ctx;
    const pending = this.pendingRestore;
    if (!pending || this.restoring) return;
    this.recomputed = [];
    this.message = '';
    const cancel = new AbortController();
    this.restoring = { progress: { phase: 'reading', done: 0, total: 0 }, startedAt: performance.now(), cancel };
    try {
      const result = await repository.restoreFile(
        pending.file,
        who,
        (progress) => {
          if (this.restoring) this.restoring = { ...this.restoring, progress };
        },
        cancel.signal,
      );
      this.restoring = undefined;
      if (!result.ok) return await this.showRestoreProblems(result.problems);
      this.message = m.restoreDone(result.counts);
      this.recomputed = result.recomputed;
      this.pendingRestore = undefined;
      this.ctx.changed('register', repository.storageKey, 'updated');
      void this.load();
    } catch (error) {
      this.restoring = undefined;
      if (error instanceof RestoreCancelledError) this.message = m.restoreCancelled;
      else if (error instanceof UnreadableBackupError) {
        await this.showRestoreProblems([
          { path: pending.name, message: error.reason === 'not-json' ? m.notJson : m.backupTooDeep },
        ]);
      } else this.ctx.fail(error);
    }
  }

  private restoreStatus() {
    const { m } = this.ctx;
    const running = this.restoring!;
    const { phase } = running.progress;
    const words =
      phase === 'reading'
        ? m.restoreReading
        : phase === 'checking'
          ? m.restoreChecking
          : this.writing(m.restoreWriting, running);
    const { restoreProgressLabel, restoreStayHint, cancelRestore } = m;
    return this.progressBlock('restore-progress', words, running, restoreProgressLabel, restoreStayHint, cancelRestore);
  }

  private async exportCsv(): Promise<void> {
    const { repository } = this.ctx;
    try {
      const text = await repository.exportCsv(this.table);
      downloadBlob(
        new Blob([text], { type: 'text/csv' }),
        `${repository.storageKey}-${this.table}-${this.ctx.today}.csv`,
      );
      this.ctx.changed('register', repository.storageKey, 'updated');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  private async deleteEverything(): Promise<void> {
    const { m, repository } = this.ctx;
    try {
      await repository.deleteEverything();
      this.confirmingDelete = false;
      this.message = m.deletedEverything;
      this.saidDeleted = true;
      this.ctx.changed('register', repository.storageKey, 'deleted');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  /** The register's own share: the three kinds added up, then the two a user can act on. */
  private registerUseWords() {
    const use = this.registerUse;
    if (!use) return nothing;
    const total = use.records + use.evidenceFiles + use.audit;
    return html`<p id="register-use">${this.ctx.m.registerUse(
      formatBytes(total),
      formatBytes(use.evidenceFiles),
      formatBytes(use.audit),
    )}</p>`;
  }

  override render() {
    const { m } = this.ctx;
    const s = this.storage;
    return html`<h1 tabindex="-1">${m.dataTitle}</h1>
      <p class="status-line" role="status">${this.message}</p>
      ${
        this.recomputed.length > 0
          ? html`<div class="inset" id="restore-recomputed">
            <p>${m.restoreRecomputed(this.recomputed.length)}</p>
            <ul>${this.recomputed.map(
              ({ path, stored, recomputed: now }) =>
                html`<li><code>${path}</code>: ${m.recomputedScore(
                  m.scoreBandCategory(stored.score, stored.band, stored.category),
                  m.scoreBandCategory(now.score, now.band, now.category),
                )}</li>`,
            )}</ul>
          </div>`
          : nothing
      }

      <h2>${m.backupHeading}</h2>
      <p>${m.backupIntro}</p>
      <p>${this.lastExport ? m.lastExported(formatDateTime(this.lastExport)) : m.neverExported}</p>
      ${
        this.exporting
          ? this.exportStatus()
          : html`<button type="button" class="button" @click=${this.backup}>${m.downloadBackup}</button>`
      }

      <h2>${m.restoreHeading}</h2>
      <div class="warning-text">${m.restoreWarning}</div>
      <div class="form-group">
        <label class="label" for="restore-file">${m.fieldBackupFile}</label>
        <input type="file" id="restore-file" accept="application/json,.json" @change=${this.chooseRestore} />
      </div>
      ${
        this.restoreProblems.length > 0
          ? html`<div class="error-summary" id="restore-problems" tabindex="-1" role="alert" aria-labelledby="restore-problems-title">
            <h3 class="error-summary__title" id="restore-problems-title">${m.restoreRefused(this.restoreProblems.length)}</h3>
            <ul class="error-summary__list problem-list">${this.restoreProblems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
          </div>`
          : nothing
      }
      ${this.restoring ? this.restoreStatus() : nothing}
      ${
        this.pendingRestore && this.restoreProblems.length === 0 && !this.restoring
          ? html`<button type="button" class="button button--warning" @click=${this.restore}>${m.restoreButton(this.pendingRestore.name)}</button>`
          : nothing
      }

      <h2>${m.mergeHeading}</h2>
      <p>${m.mergeLinkIntro}</p>
      <button type="button" class="button button--secondary" @click=${() => this.ctx.navigate({ view: 'merge' })}>${m.openMerge}</button>

      <h2>${m.csvHeading}</h2>
      ${selectField({
        id: 'csv-table',
        label: m.fieldTable,
        value: this.table,
        width: 'medium',
        choices: [
          ['properties', m.tableProperties],
          ['housingSchemes', m.tableSchemes],
          ['assessments', m.tableAssessments],
          ['hazards', m.tableHazards],
          ['actions', m.tableActions],
          ['evidence', m.tableEvidence],
          ['audit', m.tableAudit],
        ],
        onInput: (v) => (this.table = v as CsvTable),
      })}
      <button type="button" class="button button--secondary" @click=${this.exportCsv}>${m.downloadTableCsv}</button>

      <h2>${m.importHeading}</h2>
      <hhsrs-register-import .ctx=${this.ctx}></hhsrs-register-import>

      <h2>${m.storageHeading}</h2>
      ${this.registerUseWords()}
      ${s ? html`<p>${m.storageUse(formatBytes(s.usage), formatBytes(s.quota))}</p><p>${s.persisted ? m.persisted : m.notPersisted}</p>` : html`<p>${m.storageUnknown}</p>`}

      <h2>${m.retentionHeading}</h2>
      <p>${m.retentionLinkIntro}</p>
      <button type="button" class="button button--secondary" @click=${() => this.ctx.navigate({ view: 'retention' })}>${m.openRetention}</button>

      <h2>${m.deleteAllHeading}</h2>
      ${
        this.confirmingDelete
          ? html`<div class="warning-text" role="alert">${m.deleteAllWarning}</div>
            <div class="button-group">
              <button type="button" class="button button--warning" @click=${this.deleteEverything}>${m.deleteAllConfirm}</button>
              <button type="button" class="link" @click=${() => (this.confirmingDelete = false)}>${m.cancel}</button>
            </div>`
          : html`<button type="button" class="button button--warning" @click=${() => (this.confirmingDelete = true)}>${m.deleteAll}</button>`
      }`;
  }
}
