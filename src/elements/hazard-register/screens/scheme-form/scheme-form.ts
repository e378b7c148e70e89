import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HousingSchemeRecord } from '../../../../schema/register.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { textField } from '../../common/fields.ts';
import { textArea } from '../../common/record-fields.ts';
import { saveRecord, showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { formBanners } from '../../common/record-form-banners.ts';
import { RecordFormKeeper, valuesFor } from '../../common/record-form-keeper.ts';
import { RegisterView } from '../../common/register-view.ts';

/**
 * Adds a housing scheme (a group of properties, e.g. a supported-housing service a commissioner funds), or
 * changes or deletes one. Deleting a scheme keeps its properties, in no scheme.
 */
const EMPTY = { name: '', commissioner: '', notes: '' };

export class RegisterSchemeForm extends RegisterView {
  @property({ attribute: false }) housingSchemeId: string | undefined;
  @state() private errors: Errors = {};
  @state() private existing: HousingSchemeRecord | undefined;
  @state() private propertiesInIt = 0;
  @state() private confirmingDelete = false;
  private readonly form = new RecordFormKeeper(this, 'housingSchemes', 'housing-scheme', EMPTY, (scheme) =>
    valuesFor(EMPTY, scheme),
  );

  protected override subject(): string {
    return this.housingSchemeId ?? 'new';
  }

  protected async load(): Promise<void> {
    if (!this.housingSchemeId) return this.form.opened(this.subject(), undefined);
    const { repository } = this.ctx;
    const [scheme, page] = await Promise.all([
      repository.get('housingSchemes', this.housingSchemeId),
      repository.listProperties({ housingSchemeId: this.housingSchemeId, sort: 'reference', offset: 0, limit: 1 }),
    ]);
    this.propertiesInIt = page.total;
    await this.form.opened(this.subject(), scheme);
    // Deleted in another tab while changed here: the form stays, with what was typed, under the banner saying so.
    this.existing = scheme ?? (this.form.conflict?.kind === 'deleted' ? this.existing : undefined);
  }

  private set(name: keyof typeof EMPTY, value: string): void {
    this.form.set({ ...this.form.fields, [name]: value });
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { m, repository } = this.ctx;
    const f = this.form.fields;
    const name = f.name.trim();
    const taken = (await repository.listHousingSchemes()).some(
      (scheme) => scheme.id !== this.housingSchemeId && scheme.name.toLowerCase() === name.toLowerCase(),
    );
    this.errors = !name ? { 'scheme-name': m.errSchemeName } : taken ? { 'scheme-name': m.errSchemeTaken(name) } : {};
    if (Object.keys(this.errors).length > 0) return showErrors(this);
    const input = {
      ...(this.housingSchemeId ? { id: this.housingSchemeId } : {}),
      name,
      commissioner: f.commissioner.trim(),
      notes: f.notes.trim(),
    };
    const errors = await saveRecord(
      this.ctx,
      'housingSchemes',
      input,
      this.form,
      { name: ['scheme-name', m.fieldSchemeName] },
      () => ({ view: 'properties' }),
    );
    if (!errors) return;
    this.errors = errors;
    return showErrors(this);
  }

  private cancel(): void {
    this.form.discard();
    this.ctx.navigate({ view: 'properties' });
  }

  private async removeScheme(): Promise<void> {
    if (!this.existing) return;
    try {
      await this.ctx.repository.remove('housingSchemes', this.existing.id, this.ctx.who);
      this.form.discard();
      this.ctx.changed('housingSchemes', this.existing.id, 'deleted');
      this.ctx.navigate({ view: 'properties' });
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  override render() {
    const { m } = this.ctx;
    const f = this.form.fields;
    if (this.housingSchemeId && !this.existing)
      return html`<h1 tabindex="-1">${this.loading ? m.loading : m.schemeMissing}</h1>`;
    return html`<form novalidate @submit=${this.submit}>
        ${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
        <h1 tabindex="-1">${this.existing ? m.changeSchemeTitle : m.addSchemeTitle}</h1>
        ${formBanners(m, this.form, this.existing ? m.whatScheme : m.whatNewScheme)}
        <p>${m.schemeIntro}</p>
        ${textField({ id: 'scheme-name', label: m.fieldSchemeName, value: f.name, error: this.errors['scheme-name'], width: 'medium', onInput: (v) => this.set('name', v) })}
        ${textField({ id: 'scheme-commissioner', label: m.fieldCommissioner, hint: m.commissionerHint, value: f.commissioner, width: 'medium', onInput: (v) => this.set('commissioner', v) })}
        ${textArea({ id: 'scheme-notes', label: m.fieldNotes, value: f.notes, onInput: (v) => this.set('notes', v) })}
        <div class="button-group">
          <button type="submit" class="button">${m.saveScheme}</button>
          <button type="button" class="link" @click=${this.cancel}>${m.cancel}</button>
        </div>
      </form>
      ${this.existing ? this.renderDelete() : nothing}`;
  }

  private renderDelete() {
    const { m } = this.ctx;
    return html`<h2>${m.deleteSchemeHeading}</h2>
      ${
        this.confirmingDelete
          ? html`<div class="warning-text" role="alert">${m.deleteSchemeWarning(this.propertiesInIt)}</div>
            <div class="button-group">
              <button type="button" class="button button--warning" @click=${this.removeScheme}>${m.deleteSchemeConfirm}</button>
              <button type="button" class="link" @click=${() => (this.confirmingDelete = false)}>${m.cancel}</button>
            </div>`
          : html`<button type="button" class="button button--warning" @click=${() => (this.confirmingDelete = true)}>${m.deleteScheme}</button>`
      }`;
  }
}
