import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { errorSummary } from '../../ui/error-summary.ts';
import { textField } from '../fields.ts';
import { textArea } from '../record-fields.ts';
import { showErrors, summaryOf, type Errors } from './form-errors.ts';
import { RegisterView } from './register-view.ts';

/** Adds a housing scheme: a group of properties, e.g. a supported-housing service a commissioner funds. */
export class RegisterSchemeForm extends RegisterView {
  @state() private name = '';
  @state() private commissioner = '';
  @state() private notes = '';
  @state() private errors: Errors = {};

  protected async load(): Promise<void> {}

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { m, repository, who } = this.ctx;
    const name = this.name.trim();
    const taken = (await repository.listHousingSchemes()).some((scheme) => scheme.name.toLowerCase() === name.toLowerCase());
    this.errors = !name ? { 'scheme-name': m.errSchemeName } : taken ? { 'scheme-name': m.errSchemeTaken(name) } : {};
    if (Object.keys(this.errors).length > 0) return showErrors(this);
    try {
      const saved = await repository.save('housingSchemes', { name, commissioner: this.commissioner.trim(), notes: this.notes.trim() }, null, who);
      this.ctx.changed('housingSchemes', saved.id, 'created');
      this.ctx.navigate({ view: 'properties' });
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  override render() {
    const { m } = this.ctx;
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
      <h1 tabindex="-1">${m.addSchemeTitle}</h1>
      <p>${m.schemeIntro}</p>
      ${textField({ id: 'scheme-name', label: m.fieldSchemeName, value: this.name, error: this.errors['scheme-name'], width: 'medium', onInput: (v) => (this.name = v) })}
      ${textField({ id: 'scheme-commissioner', label: m.fieldCommissioner, hint: m.commissionerHint, value: this.commissioner, width: 'medium', onInput: (v) => (this.commissioner = v) })}
      ${textArea({ id: 'scheme-notes', label: m.fieldNotes, value: this.notes, onInput: (v) => (this.notes = v) })}
      <div class="button-group">
        <button type="submit" class="button">${m.saveScheme}</button>
        <button type="button" class="link" @click=${() => this.ctx.navigate({ view: 'properties' })}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
