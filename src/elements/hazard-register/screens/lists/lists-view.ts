import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { actionState } from '../../../../core/register/index.ts';
import type { ActionRecord, HazardEntryRecord, PropertyRecord } from '../../../../schema/register.ts';
import type { ActionQuery, HazardQuery } from '../../../../storage/register/repository.ts';
import { selectField } from '../../common/fields.ts';
import { formatDate } from '../../common/format.ts';
import { hazardName } from '../../common/hazard-name.ts';
import { actionTag, categoryTag, statusTag } from '../../common/tags.ts';
import { pager } from '../../common/pager.ts';
import { RegisterView } from '../../common/register-view.ts';

const PAGE_SIZE = 25;

/** Loads the properties a page of rows belongs to, to show their references. */
async function referencesOf(
  view: RegisterView & { ctx: RegisterView['ctx'] },
  ids: readonly string[],
): Promise<Map<string, PropertyRecord>> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(unique.map((id) => view.ctx.repository.get('properties', id)));
  return new Map(found.flatMap((p) => (p ? [[p.id, p] as const] : [])));
}

/** Every hazard entry in the register, newest first, filtered by status and category on an index. */
export class RegisterHazardsView extends RegisterView {
  @state() private query: HazardQuery = { offset: 0, limit: PAGE_SIZE };
  @state() private items: HazardEntryRecord[] = [];
  @state() private total = 0;
  @state() private homes = new Map<string, PropertyRecord>();

  protected override subject(): string {
    return JSON.stringify(this.query);
  }

  protected async load(): Promise<void> {
    const page = await this.ctx.repository.listHazards(this.query);
    this.homes = await referencesOf(
      this,
      page.items.map((item) => item.propertyId),
    );
    [this.items, this.total] = [page.items, page.total];
  }

  private filter(change: { status?: HazardQuery['status'] | undefined; category?: 1 | 2 | undefined }): void {
    const next: HazardQuery = { offset: 0, limit: PAGE_SIZE };
    const status = 'status' in change ? change.status : this.query.status;
    const category = 'category' in change ? change.category : this.query.category;
    this.query = { ...next, ...(status ? { status } : {}), ...(category ? { category } : {}) };
  }

  override render() {
    const { m } = this.ctx;
    return html`<h1 tabindex="-1">${m.hazardsTitle}</h1>
      <div class="filters">
        ${selectField({
          id: 'hazards-status',
          label: m.fieldStatus,
          value: this.query.status ?? '',
          choices: [
            ['', m.anyStatus],
            ['reported', m.statusReported],
            ['open', m.statusOpen],
            ['resolved', m.statusResolved],
            ['no-action', m.statusNoAction],
          ],
          onInput: (v) => this.filter({ status: (v || undefined) as HazardQuery['status'] }),
        })}
        ${selectField({
          id: 'hazards-category',
          label: m.colCategory,
          value: String(this.query.category ?? ''),
          choices: [
            ['', m.anyCategory],
            ['1', m.category1],
            ['2', m.category2],
          ],
          onInput: (v) => this.filter({ category: v ? (Number(v) as 1 | 2) : undefined }),
        })}
      </div>
      ${!this.loading && this.total === 0 ? html`<p>${m.noHazardsMatch}</p>` : nothing}
      ${
        this.total > 0
          ? html`<div class="table-wrap"><table class="table--stack">
            <caption class="visually-hidden">${m.hazardsTitle}</caption>
            <thead><tr><th scope="col">${m.colReference}</th><th scope="col">${m.colHazard}</th><th scope="col">${m.colFound}</th><th scope="col">${m.colCategory}</th><th scope="col">${m.colStatus}</th></tr></thead>
            <tbody>${this.items.map(
              (entry) => html`<tr>
              <td data-label=${m.colReference}>${this.homes.get(entry.propertyId)?.reference ?? ''}</td>
              <td data-label=${m.colHazard}><button type="button" class="link" @click=${() => this.ctx.navigate({ view: 'hazard', id: entry.id })}>${hazardName(entry.hazardId)}</button></td>
              <td data-label=${m.colFound}>${formatDate(entry.foundOn)}</td>
              <td data-label=${m.colCategory}>${categoryTag(m, entry.category)}</td>
              <td data-label=${m.colStatus}>${statusTag(m, entry.status)}</td>
            </tr>`,
            )}</tbody></table></div>`
          : nothing
      }
      ${pager(m, { offset: this.query.offset, total: this.total, shown: this.items.length, size: PAGE_SIZE }, (offset) => (this.query = { ...this.query, offset }), m.hazardsNoun)}`;
  }
}

/** Every remedial action, soonest target first; "overdue" lists those still open after their target date. */
export class RegisterActionsView extends RegisterView {
  @state() private show: 'open' | 'overdue' | 'completed' | 'all' = 'overdue';
  @state() private offset = 0;
  @state() private items: ActionRecord[] = [];
  @state() private total = 0;
  @state() private homes = new Map<string, PropertyRecord>();

  protected override subject(): string {
    return `${this.show}|${this.offset}`;
  }

  protected async load(): Promise<void> {
    const base = { offset: this.offset, limit: PAGE_SIZE };
    const query: ActionQuery =
      this.show === 'overdue'
        ? { ...base, overdueOn: this.ctx.today }
        : this.show === 'all'
          ? base
          : { ...base, state: this.show };
    const page = await this.ctx.repository.listActions(query);
    this.homes = await referencesOf(
      this,
      page.items.map((item) => item.propertyId),
    );
    [this.items, this.total] = [page.items, page.total];
  }

  override render() {
    const { m, today } = this.ctx;
    return html`<h1 tabindex="-1">${m.actionsTitle}</h1>
      ${selectField({
        id: 'actions-show',
        label: m.showLabel,
        value: this.show,
        choices: [
          ['overdue', m.showOverdue],
          ['open', m.showOpen],
          ['completed', m.showCompleted],
          ['all', m.showAll],
        ],
        onInput: (v) => {
          this.show = v as RegisterActionsView['show'];
          this.offset = 0;
        },
      })}
      ${!this.loading && this.total === 0 ? html`<p>${this.show === 'overdue' ? m.noOverdue : m.noActionsMatch}</p>` : nothing}
      ${
        this.total > 0
          ? html`<div class="table-wrap"><table class="table--stack">
            <caption class="visually-hidden">${m.actionsTitle}</caption>
            <thead><tr><th scope="col">${m.colReference}</th><th scope="col">${m.colAction}</th><th scope="col">${m.fieldTargetDate}</th><th scope="col">${m.colStatus}</th></tr></thead>
            <tbody>${this.items.map(
              (action) => html`<tr>
              <td data-label=${m.colReference}>${this.homes.get(action.propertyId)?.reference ?? ''}</td>
              <td data-label=${m.colAction}><button type="button" class="link" @click=${() => this.ctx.navigate({ view: 'hazard', id: action.hazardId })}>${action.description}</button></td>
              <td data-label=${m.fieldTargetDate}>${formatDate(action.targetDate)}</td>
              <td data-label=${m.colStatus}>${actionTag(m, actionState(action, today))}</td>
            </tr>`,
            )}</tbody></table></div>`
          : nothing
      }
      ${pager(m, { offset: this.offset, total: this.total, shown: this.items.length, size: PAGE_SIZE }, (offset) => (this.offset = offset), m.actionsNoun)}`;
  }
}
