import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { HousingSchemeRecord, PropertyRecord } from '../../../../schema/register.ts';
import type { PropertyQuery } from '../../../../storage/register/repository.ts';
import { selectField } from '../../common/fields.ts';
import type { ShellMessages } from '../../messages.ts';
import { formatAddress, formatDate } from '../../common/format.ts';
import { pager } from '../../common/pager.ts';
import { RegisterView } from '../../common/register-view.ts';

const PAGE_SIZE = 25;

/** The register's home: every property, a page at a time, found by reference or postcode or housing scheme. */
export class RegisterPropertiesView extends RegisterView<ShellMessages> {
  @state() private schemes: HousingSchemeRecord[] = [];
  @state() private items: PropertyRecord[] = [];
  @state() private total = 0;
  @state() private matchedOn: 'reference' | 'postcode' | 'address' | undefined;
  @state() private query: PropertyQuery = { sort: 'reference', offset: 0, limit: PAGE_SIZE };
  @state() private search = '';

  protected override subject(): string {
    return JSON.stringify(this.query);
  }

  protected async load(): Promise<void> {
    const { repository } = this.ctx;
    const [schemes, page] = await Promise.all([repository.listHousingSchemes(), repository.listProperties(this.query)]);
    this.schemes = schemes;
    this.items = page.items;
    this.total = page.total;
    this.matchedOn = page.matchedOn;
  }

  private find(event: Event): void {
    event.preventDefault();
    const search = this.search.trim();
    const { search: _old, ...rest } = this.query;
    this.query = search ? { ...rest, search, offset: 0 } : { ...rest, offset: 0 };
  }

  private filterScheme(id: string): void {
    const { housingSchemeId: _old, ...rest } = this.query;
    this.query = id ? { ...rest, housingSchemeId: id, offset: 0 } : { ...rest, offset: 0 };
  }

  override render() {
    const { m } = this.ctx;
    const schemeName = new Map(this.schemes.map((scheme) => [scheme.id, scheme.name]));
    return html`
      <h1 tabindex="-1">${m.propertiesTitle}</h1>
      <div class="button-group">
        <button type="button" class="button" @click=${() => this.ctx.navigate({ view: 'property-form' })}>${m.addProperty}</button>
        <button type="button" class="button button--secondary" @click=${() => this.ctx.navigate({ view: 'scheme-form' })}>${m.addScheme}</button>
      </div>
      <form class="filters" role="search" aria-label=${m.findProperties} @submit=${this.find}>
        <div class="form-group">
          <label class="label" for="property-search">${m.searchLabel}</label>
          <span class="hint" id="property-search-hint">${m.searchHint}</span>
          <div class="search-row">
            <input id="property-search" type="search" class="input--medium" aria-describedby="property-search-hint" .value=${this.search}
              @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)} />
            <button type="submit" class="button button--secondary">${m.searchButton}</button>
          </div>
        </div>
        ${selectField({
          id: 'property-scheme-filter',
          width: 'medium',
          label: m.schemeFilterLabel,
          value: this.query.housingSchemeId ?? '',
          choices: [['', m.allSchemes], ...this.schemes.map((scheme) => [scheme.id, scheme.name] as const)],
          onInput: (value) => this.filterScheme(value),
        })}
        ${
          this.query.housingSchemeId && schemeName.has(this.query.housingSchemeId)
            ? html`<p><button type="button" class="link" @click=${() => this.ctx.navigate({ view: 'scheme-form', id: this.query.housingSchemeId! })}>
              ${m.changeScheme(schemeName.get(this.query.housingSchemeId)!)}</button></p>`
            : nothing
        }
        ${selectField({
          id: 'property-sort',
          width: 'medium',
          label: m.sortLabel,
          value: this.query.sort,
          choices: [
            ['reference', m.sortReference],
            ['reference-desc', m.sortReferenceDesc],
            ['next-inspection', m.sortNextInspection],
          ],
          onInput: (value) => (this.query = { ...this.query, sort: value as PropertyQuery['sort'], offset: 0 }),
        })}
      </form>
      ${this.query.search && this.matchedOn ? html`<p>${this.matchedOn === 'reference' ? m.matchedReference(this.query.search) : this.matchedOn === 'postcode' ? m.matchedPostcode(this.query.search) : m.matchedAddress(this.query.search)}</p>` : nothing}
      ${this.loading && this.items.length === 0 ? html`<p role="status">${m.loading}</p>` : nothing}
      ${!this.loading && this.total === 0 ? html`<p>${this.query.search || this.query.housingSchemeId ? m.noPropertiesMatch : m.noPropertiesYet}</p>` : nothing}
      ${
        this.total > 0
          ? html`<div class="table-wrap"><table class="table--stack">
            <caption class="visually-hidden">${m.propertiesTitle}</caption>
            <thead><tr><th scope="col">${m.colReference}</th><th scope="col">${m.colAddress}</th><th scope="col">${m.colScheme}</th><th scope="col">${m.colNextInspection}</th></tr></thead>
            <tbody>
              ${this.items.map(
                (property) => html`<tr>
                <td data-label=${m.colReference}><button type="button" class="link" @click=${() => this.ctx.navigate({ view: 'property', id: property.id })}>${property.reference}</button></td>
                <td data-label=${m.colAddress}>${formatAddress(property)}</td>
                <td data-label=${m.colScheme}>${property.housingSchemeId ? (schemeName.get(property.housingSchemeId) ?? '') : m.noScheme}</td>
                <td data-label=${m.colNextInspection}>${property.nextInspectionDate ? formatDate(property.nextInspectionDate) : m.noneBooked}</td>
              </tr>`,
              )}
            </tbody>
          </table></div>`
          : nothing
      }
      ${this.query.sort === 'next-inspection' && this.total > 0 ? html`<p class="hint">${m.nextInspectionSortNote}</p>` : nothing}
      ${pager(m, { offset: this.query.offset, total: this.total, shown: this.items.length, size: PAGE_SIZE }, (offset) => (this.query = { ...this.query, offset }), m.propertiesNoun)}
    `;
  }
}
