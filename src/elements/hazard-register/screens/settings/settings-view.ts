import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { CHECKLIST_POLICY_DEFAULTS } from '../../../../core/register/index.ts';
import type { PolicySettings } from '../../../../schema/register.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { textField } from '../../common/fields.ts';
import { checkbox } from '../../common/record-fields.ts';
import { errorsFromSave, showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { RegisterView } from '../../common/register-view.ts';

type NumberSetting = Exclude<keyof PolicySettings, 'applyAwaabsLaw'>;
const NUMBERS: readonly NumberSetting[] = [
  'assessmentCurrentMonths',
  'category1RemedialDays',
  'category2RemedialDays',
  'reportEscalationDays',
  'reportingPeriodMonths',
];

/** The user's name on this device, and the provider's policy settings (printed on every report). */
export class RegisterSettingsView extends RegisterView {
  @state() private name = '';
  @state() private values: Record<NumberSetting, string> = {
    assessmentCurrentMonths: '',
    category1RemedialDays: '',
    category2RemedialDays: '',
    reportEscalationDays: '',
    reportingPeriodMonths: '',
  };
  @state() private awaabs = true;
  /** False until the stored policy has been read: until then there is nothing to edit, and typing would be overwritten. */
  @state() private policyRead = false;
  @state() private errors: Errors = {};
  @state() private saved = '';

  protected async load(): Promise<void> {
    this.name = this.ctx.who;
    const policy = await this.ctx.repository.getPolicy();
    this.values = Object.fromEntries(NUMBERS.map((key) => [key, String(policy[key])])) as Record<NumberSetting, string>;
    this.awaabs = policy.applyAwaabsLaw;
    this.policyRead = true;
  }

  private async saveName(event: Event): Promise<void> {
    event.preventDefault();
    const { m, repository } = this.ctx;
    const name = this.name.trim();
    this.errors = name ? {} : { 'settings-name': m.whoMissing };
    if (!name) return showErrors(this);
    await repository.setSetting('who', name);
    this.ctx.whoChanged(name);
    this.saved = m.nameSaved;
  }

  private async savePolicy(event: Event): Promise<void> {
    event.preventDefault();
    const { m, repository, who } = this.ctx;
    this.errors = {};
    for (const key of NUMBERS)
      if (!/^\d+$/.test(this.values[key].trim())) this.errors[`policy-${key}`] = m.errWholeNumber(m[`policy_${key}`]);
    if (Object.keys(this.errors).length > 0) return showErrors(this);
    const policy = {
      ...Object.fromEntries(NUMBERS.map((key) => [key, Number(this.values[key])])),
      applyAwaabsLaw: this.awaabs,
    } as PolicySettings;
    try {
      await repository.setPolicy(policy, who);
      this.ctx.changed('register', repository.storageKey, 'updated');
      this.saved = m.policySaved;
    } catch (error) {
      const errors = errorsFromSave(
        error,
        Object.fromEntries(NUMBERS.map((key) => [key, [`policy-${key}`, m[`policy_${key}`]] as const])),
      );
      if (!errors) return this.ctx.fail(error);
      this.errors = errors;
      return showErrors(this);
    }
  }

  override render() {
    const { m } = this.ctx;
    return html`${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
      <h1 tabindex="-1">${m.settingsTitle}</h1>
      <p class="status-line" role="status">${this.saved}</p>
      <form novalidate @submit=${this.saveName}>
        <h2>${m.yourNameHeading}</h2>
        ${textField({ id: 'settings-name', label: m.whoLabel, hint: m.whoHint, value: this.name, error: this.errors['settings-name'], width: 'medium', autocomplete: 'name', onInput: (v) => (this.name = v) })}
        <button type="submit" class="button button--secondary">${m.saveName}</button>
      </form>
      <form novalidate @submit=${this.savePolicy}>
        <h2>${m.policyHeading}</h2>
        <p>${m.policyIntro}</p>
        ${this.policyRead ? this.policyFields() : html`<p role="status">${m.loading}</p>`}
      </form>`;
  }

  private policyFields() {
    const { m } = this.ctx;
    return html`${NUMBERS.map((key) =>
      textField({
        id: `policy-${key}`,
        label: m[`policy_${key}`],
        hint: m.defaultIs(String(CHECKLIST_POLICY_DEFAULTS[key])),
        width: 'short',
        inputmode: 'numeric',
        value: this.values[key],
        error: this.errors[`policy-${key}`],
        onInput: (v) => (this.values = { ...this.values, [key]: v }),
      }),
    )}
      ${checkbox({ id: 'policy-awaabs', label: m.policy_applyAwaabsLaw, hint: m.awaabsPolicyHint, checked: this.awaabs, onChange: (v) => (this.awaabs = v) })}
      <button type="submit" class="button">${m.savePolicy}</button>`;
  }
}
