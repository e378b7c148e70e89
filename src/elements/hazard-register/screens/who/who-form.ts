import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorSummary, focusErrorSummary } from '../../../ui/error-summary.ts';
import { textField } from '../../common/fields.ts';
import type { ShellMessages } from '../../messages.ts';

/** "Who is making changes on this device?" — asked once; every change is recorded with the name. */
export class RegisterWhoForm extends LitElement {
  @property({ attribute: false }) m!: ShellMessages;
  @property({ attribute: false }) onSave: (name: string) => void = () => undefined;
  @property() initial = '';
  @state() private name = '';
  @state() private error = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.name = this.initial;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const name = this.name.trim();
    if (!name) {
      this.error = this.m.whoMissing;
      await this.updateComplete;
      focusErrorSummary(this);
      return;
    }
    this.error = '';
    this.onSave(name);
  }

  override render() {
    const m = this.m;
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(m.errorSummaryTitle, this.error ? [{ fieldId: 'who-name', message: this.error }] : [], this)}
      <h1 tabindex="-1">${m.whoTitle}</h1>
      <p>${m.whoIntro}</p>
      ${textField({ id: 'who-name', label: m.whoLabel, hint: m.whoHint, value: this.name, error: this.error, width: 'medium', autocomplete: 'name', onInput: (value) => (this.name = value) })}
      <button type="submit" class="button">${m.whoSave}</button>
    </form>`;
  }
}
