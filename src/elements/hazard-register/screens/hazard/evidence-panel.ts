import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeFileName } from '../../../../evidence/file-name.ts';
import type { PrepareEvidenceResult } from '../../../../evidence/prepare-evidence.ts';
import { sha256Hex } from '../../../../evidence/sha256.ts';
import { downloadBlob } from '../../../../print/download.ts';
import type { EvidenceRecord } from '../../../../schema/register.ts';
import { OnDemand } from '../../../controllers/on-demand.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { formatBytes, formatDateTime } from '../../common/format.ts';
import { radios, textArea } from '../../common/record-fields.ts';
import { showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { RegisterView } from '../../common/register-view.ts';

type Kind = EvidenceRecord['kind'];

/**
 * The evidence for one hazard or action: photos (shown small), invoices and other PDFs (downloaded, never
 * shown in the page), follow-up inspection notes; and a form to add more, safely (prepareEvidence).
 */
export class RegisterEvidencePanel extends RegisterView {
  @property({ attribute: false }) recordId = '';
  @property({ attribute: false }) propertyId = '';
  /** A prefix for ids, unique on the page (one panel per action). */
  @property({ attribute: false }) idPrefix = 'evidence';
  @state() private items: EvidenceRecord[] = [];
  @state() private kind: Kind | '' = '';
  @state() private note = '';
  @state() private errors: Errors = {};
  @state() private busy = false;
  /** Checking and re-encoding files is fetched when the first file is added, not with the hazard page. */
  private readonly preparing = new OnDemand(this, () => this.ctx.later.prepareEvidence());
  @state() private added = '';
  @state() private removing: string | undefined;
  private urls: string[] = [];

  protected override subject(): string {
    return this.recordId;
  }

  protected async load(): Promise<void> {
    this.revokeUrls();
    this.items = await this.ctx.repository.evidenceOf(this.recordId);
    this.urls = this.items.map((item) => (item.type.startsWith('image/') ? URL.createObjectURL(item.blob) : ''));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokeUrls();
  }

  private revokeUrls(): void {
    for (const url of this.urls) if (url) URL.revokeObjectURL(url);
    this.urls = [];
  }

  private fieldId(name: string): string {
    return `${this.idPrefix}-${name}`;
  }

  private async add(event: Event): Promise<void> {
    event.preventDefault();
    const { m, repository, who, today } = this.ctx;
    const input = this.querySelector<HTMLInputElement>(`#${this.fieldId('file')}`);
    const file = input?.files?.[0];
    this.errors = {};
    if (!this.kind) this.errors = { [this.fieldId('kind')]: m.errEvidenceKind };
    else if (!file && this.kind !== 'inspection-note') this.errors = { [this.fieldId('file')]: m.errEvidenceFile };
    else if (!file && !this.note.trim()) this.errors = { [this.fieldId('note')]: m.errEvidenceNote };
    if (Object.keys(this.errors).length > 0) return showErrors(this);
    this.busy = true;
    try {
      let prepared: PrepareEvidenceResult;
      if (file) {
        const allow =
          this.kind === 'photo'
            ? (['image'] as const)
            : this.kind === 'invoice'
              ? (['pdf'] as const)
              : (['image', 'pdf'] as const);
        const code = await this.preparing.fetch();
        if (!code) return;
        prepared = await code.prepareEvidence(file, { allow });
      } else {
        const blob = new Blob([this.note.trim()], { type: 'text/plain' });
        prepared = {
          ok: true,
          blob,
          type: 'text/plain',
          size: blob.size,
          sha256: await sha256Hex(blob),
          originalName: `follow-up-note-${today}.txt`,
        };
      }
      if (!prepared.ok) {
        this.errors = { [this.fieldId('file')]: prepared.message };
        return showErrors(this);
      }
      const saved = await repository.addEvidence(
        {
          recordId: this.recordId,
          propertyId: this.propertyId,
          kind: this.kind as Kind,
          file: prepared,
          note: this.note.trim(),
          takenAt: null,
        },
        who,
      );
      this.added = m.evidenceAdded(saved.originalName);
      this.kind = '';
      this.note = '';
      if (input) input.value = '';
      this.ctx.changed('evidence', saved.id, 'created');
    } catch (error) {
      this.ctx.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private async removeItem(item: EvidenceRecord): Promise<void> {
    try {
      await this.ctx.repository.remove('evidence', item.id, this.ctx.who);
      this.added = this.ctx.m.evidenceRemoved(safeFileName(item.originalName, item.type));
      this.removing = undefined;
      this.ctx.changed('evidence', item.id, 'deleted');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  private item(stored: EvidenceRecord, index: number) {
    const { m } = this.ctx;
    // Files kept before names were cleaned on the way in may still hide their type behind direction marks.
    const item = { ...stored, originalName: safeFileName(stored.originalName, stored.type) };
    const kind = {
      photo: m.kindPhoto,
      invoice: m.kindInvoice,
      'inspection-note': m.kindNote,
      document: m.kindDocument,
    }[item.kind];
    const url = this.urls[index];
    return html`<li class="evidence">
      ${url ? html`<img class="evidence__photo" src=${url} alt=${m.photoAlt(item.originalName)} />` : nothing}
      <div>
        <p><strong>${kind}</strong>: ${item.type === 'text/plain' ? item.note : item.originalName}
          <span class="secondary small">(${formatBytes(item.size)}, ${m.addedAt(formatDateTime(item.createdAt))})</span></p>
        ${item.note && item.type !== 'text/plain' ? html`<p>${item.note}</p>` : nothing}
        ${item.type === 'text/plain' ? nothing : html`<button type="button" class="link" @click=${() => downloadBlob(item.blob, item.originalName)}>${m.downloadFile(item.originalName)}</button>`}
        <p class="secondary small hash">${m.sha256(item.sha256)}</p>
        ${
          this.removing === item.id
            ? html`<p class="warning-text">${m.removeEvidenceWarning}</p>
              <button type="button" class="button button--warning" @click=${() => this.removeItem(stored)}>${m.removeEvidenceConfirm(item.originalName)}</button>
              <button type="button" class="link" @click=${() => (this.removing = undefined)}>${m.cancel}</button>`
            : html`<button type="button" class="link small" @click=${() => (this.removing = item.id)}>${m.removeEvidence}<span class="visually-hidden"> ${item.originalName}</span></button>`
        }
      </div>
    </li>`;
  }

  override render() {
    const { m } = this.ctx;
    return html`
      ${this.items.length === 0 ? html`<p>${m.noEvidence}</p>` : html`<ul class="evidence-list">${this.items.map((item, i) => this.item(item, i))}</ul>`}
      <p class="status-line" role="status">${this.added}</p>
      <details class="add-evidence" ?open=${Object.keys(this.errors).length > 0}>
        <summary>${m.addEvidence}</summary>
        <form novalidate @submit=${this.add}>
          ${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
          ${radios({
            id: this.fieldId('kind'),
            label: m.fieldEvidenceKind,
            value: this.kind,
            error: this.errors[this.fieldId('kind')],
            choices: [
              ['photo', m.kindPhoto, m.kindPhotoHint],
              ['invoice', m.kindInvoice, m.kindInvoiceHint],
              ['inspection-note', m.kindNote, m.kindNoteHint],
            ],
            onInput: (v) => (this.kind = v as Kind),
          })}
          <div class=${this.errors[this.fieldId('file')] ? 'form-group form-group--error' : 'form-group'}>
            <label class="label" for=${this.fieldId('file')}>${m.fieldFile}</label>
            <span class="hint" id=${this.fieldId('file-hint')}>${m.fileHint}</span>
            ${this.errors[this.fieldId('file')] ? html`<span class="error-message" id=${this.fieldId('file-error')}><span class="visually-hidden">Error:</span> ${this.errors[this.fieldId('file')]}</span>` : nothing}
            <input type="file" id=${this.fieldId('file')} accept="image/jpeg,image/png,image/webp,application/pdf"
              aria-describedby=${this.errors[this.fieldId('file')] ? `${this.fieldId('file-hint')} ${this.fieldId('file-error')}` : this.fieldId('file-hint')} />
          </div>
          ${textArea({ id: this.fieldId('note'), label: m.fieldEvidenceNote, value: this.note, error: this.errors[this.fieldId('note')], onInput: (v) => (this.note = v) })}
          ${this.preparing.failed ? this.preparing.placeholder() : nothing}
          <button type="submit" class="button button--secondary" ?disabled=${this.busy}>${m.addEvidenceButton}</button>
        </form>
      </details>`;
  }
}
