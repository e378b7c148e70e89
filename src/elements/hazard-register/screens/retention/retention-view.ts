import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { RETENTION_MAX_MONTHS, type RetentionList } from '../../../../core/register/index.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { textField } from '../../common/fields.ts';
import { formatBytes, formatDate } from '../../common/format.ts';
import { hazardName } from '../../common/hazard-name.ts';
import { showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { RegisterView } from '../../common/register-view.ts';

/** The setting under which the chosen period (months) is kept; none means nothing is listed. */
const SETTING = 'retention-months';

/**
 * Old records: the person chooses a period; the closed hazards older than it are listed with their repairs
 * and evidence, and deleted only when the person asks and then confirms. Nothing is deleted automatically.
 */
export class RegisterRetentionView extends RegisterView {
  @state() private months: number | null = null;
  @state() private typed = '';
  @state() private list: RetentionList | undefined;
  @state() private references = new Map<string, string>();
  @state() private confirming = false;
  @state() private errors: Errors = {};
  @state() private message = '';

  protected async load(): Promise<void> {
    const { repository, today } = this.ctx;
    this.months = (await repository.getSetting<number | null>(SETTING)) ?? null;
    this.typed = this.months === null ? '' : String(this.months);
    this.list = this.months === null ? undefined : await repository.listRetained(this.months, today);
    const ids = [...new Set(this.list?.items.map((item) => item.hazard.propertyId) ?? [])];
    const properties = await Promise.all(ids.map((id) => repository.get('properties', id)));
    this.references = new Map(properties.flatMap((p) => (p ? [[p.id, p.reference] as const] : [])));
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const { m, repository } = this.ctx;
    const text = this.typed.trim();
    const months = text === '' ? null : Number(text);
    this.confirming = false;
    this.message = '';
    if (months !== null && (!/^\d+$/.test(text) || months < 1 || months > RETENTION_MAX_MONTHS)) {
      this.errors = { 'retention-months': m.retentionMonthsError };
      return showErrors(this);
    }
    this.errors = {};
    await repository.setSetting(SETTING, months);
    await this.reload();
  }

  private async deleteOld(): Promise<void> {
    const { m, repository, today, who } = this.ctx;
    if (!this.list || this.months === null) return;
    try {
      const count = await repository.deleteRetained(
        this.list.items.map((item) => item.hazard.id),
        this.months,
        today,
        who,
      );
      this.confirming = false;
      this.message = m.retentionDeleted(count);
      this.ctx.changed('register', repository.storageKey, 'deleted');
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  private renderList(list: RetentionList) {
    const { m } = this.ctx;
    const before = formatDate(list.before);
    if (list.items.length === 0) return html`<p>${m.retentionNone(before)}</p>`;
    const files = list.items.reduce((sum, item) => sum + item.evidence.length, 0);
    return html`<div class="table-wrap"><table class="table--stack">
        <caption class="table-caption">${m.retentionCaption(list.items.length, before)}</caption>
        <thead><tr><th scope="col">${m.colReference}</th><th scope="col">${m.colHazard}</th><th scope="col">${m.colClosed}</th>
          <th scope="col">${m.colActions}</th><th scope="col">${m.colFiles}</th><th scope="col">${m.colSize}</th></tr></thead>
        <tbody>${list.items.map(
          (item) => html`<tr>
          <td data-label=${m.colReference}>${this.references.get(item.hazard.propertyId) ?? item.hazard.propertyId}</td>
          <td data-label=${m.colHazard}>${hazardName(item.hazard.hazardId)}</td>
          <td data-label=${m.colClosed}>${formatDate(item.hazard.resolvedOn)}</td>
          <td data-label=${m.colActions}>${item.actions.length}</td>
          <td data-label=${m.colFiles}>${item.evidence.length}</td>
          <td data-label=${m.colSize}>${formatBytes(item.bytes)}</td>
        </tr>`,
        )}</tbody>
      </table></div>
      <p>${m.retentionTotal(files, formatBytes(list.bytes))}</p>
      ${
        this.confirming
          ? html`<div class="warning-text" role="alert">${m.retentionWarning(list.items.length)}</div>
            <div class="button-group">
              <button type="button" class="button button--warning" @click=${this.deleteOld}>${m.retentionConfirm(list.items.length)}</button>
              <button type="button" class="link" @click=${() => (this.confirming = false)}>${m.cancel}</button>
            </div>`
          : html`<button type="button" class="button button--warning" @click=${() => (this.confirming = true)}>${m.deleteThese}</button>`
      }`;
  }

  override render() {
    const { m } = this.ctx;
    return html`${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
      <h1 tabindex="-1">${m.retentionTitle}</h1>
      <p class="status-line" role="status">${this.message}</p>
      <p>${m.retentionIntro}</p>
      <form novalidate @submit=${this.save}>
        ${textField({
          id: 'retention-months',
          label: m.fieldRetentionMonths,
          hint: m.retentionMonthsHint,
          value: this.typed,
          width: 'short',
          inputmode: 'numeric',
          error: this.errors['retention-months'],
          onInput: (v) => (this.typed = v),
        })}
        <button type="submit" class="button button--secondary">${m.saveRetention}</button>
      </form>
      ${this.loading ? html`<p>${m.loading}</p>` : this.list ? this.renderList(this.list) : html`<p>${m.retentionOff}</p>`}`;
  }
}
