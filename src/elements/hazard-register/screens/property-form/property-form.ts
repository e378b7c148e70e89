import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { POSTCODE } from '../../../../schema/register-constants.ts';
import type { HousingSchemeRecord, PropertyRecord } from '../../../../schema/register.ts';
import type { RecordInput } from '../../../../storage/register/repository.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { selectField, textField } from '../../common/fields.ts';
import { radios, textArea } from '../../common/record-fields.ts';
import { saveRecord, showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { formBanners } from '../../common/record-form-banners.ts';
import { RecordFormKeeper, valuesFor } from '../../common/record-form-keeper.ts';
import { RegisterView } from '../../common/register-view.ts';

type Fields = Record<
  | 'reference'
  | 'addressLine1'
  | 'addressLine2'
  | 'town'
  | 'postcode'
  | 'housingSchemeId'
  | 'landlordType'
  | 'nation'
  | 'nextInspectionDate'
  | 'notes',
  string
>;
const EMPTY: Fields = {
  reference: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  housingSchemeId: '',
  landlordType: '',
  nation: '',
  nextInspectionDate: '',
  notes: '',
};

/** "LS62AB" → "LS6 2AB": capitals, one space before the inward code. */
export function tidyPostcode(text: string): string {
  return text
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^(.+)(\d[A-Z]{2})$/, '$1 $2');
}

/** Adds a property, or changes one. */
export class RegisterPropertyForm extends RegisterView {
  @property({ attribute: false }) propertyId: string | undefined;
  @state() private errors: Errors = {};
  @state() private schemes: HousingSchemeRecord[] = [];
  private readonly form = new RecordFormKeeper(this, 'properties', 'property', EMPTY, (p) =>
    valuesFor(
      EMPTY,
      p && { ...p, housingSchemeId: p.housingSchemeId ?? '', nextInspectionDate: p.nextInspectionDate ?? '' },
    ),
  );

  protected override subject(): string {
    return this.propertyId ?? 'new';
  }

  protected async load(): Promise<void> {
    const { repository } = this.ctx;
    this.schemes = await repository.listHousingSchemes();
    await this.form.opened(
      this.subject(),
      this.propertyId ? await repository.get('properties', this.propertyId) : undefined,
    );
  }

  private set(name: keyof Fields, value: string): void {
    this.form.set({ ...this.form.fields, [name]: value });
  }

  private check(): Errors {
    const { m } = this.ctx;
    const f = this.form.fields;
    const errors: Errors = {};
    if (!f.reference.trim()) errors['property-reference'] = m.errReference;
    if (!f.addressLine1.trim()) errors['property-address1'] = m.errAddress;
    if (!POSTCODE.test(tidyPostcode(f.postcode)))
      errors['property-postcode'] = f.postcode.trim() ? m.errPostcodeInvalid : m.errPostcode;
    if (!f.landlordType) errors['property-landlord'] = m.errLandlord;
    if (!f.nation) errors['property-nation'] = m.errNation;
    return errors;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { m, repository } = this.ctx;
    this.errors = this.check();
    if (Object.keys(this.errors).length > 0) return showErrors(this);
    const f = this.form.fields;
    const input: RecordInput<'properties'> = {
      ...(this.propertyId ? { id: this.propertyId } : {}),
      reference: f.reference.trim(),
      addressLine1: f.addressLine1.trim(),
      addressLine2: f.addressLine2.trim(),
      town: f.town.trim(),
      postcode: tidyPostcode(f.postcode),
      housingSchemeId: f.housingSchemeId || null,
      landlordType: f.landlordType as PropertyRecord['landlordType'],
      nation: f.nation as PropertyRecord['nation'],
      nextInspectionDate: f.nextInspectionDate || null,
      notes: f.notes.trim(),
    };
    const duplicate = await repository.propertyByReference(input.reference);
    if (duplicate && duplicate.id !== this.propertyId) {
      this.errors = { 'property-reference': m.errReferenceTaken(input.reference) };
      return showErrors(this);
    }
    const errors = await saveRecord(
      this.ctx,
      'properties',
      input,
      this.form,
      {
        postcode: ['property-postcode', m.fieldPostcode],
        nextInspectionDate: ['property-next', m.fieldNextInspection],
      },
      (saved) => ({ view: 'property', id: saved.id }),
    );
    if (!errors) return;
    this.errors = errors;
    return showErrors(this);
  }

  private cancel(): void {
    this.form.discard();
    this.ctx.navigate(this.propertyId ? { view: 'property', id: this.propertyId } : { view: 'properties' });
  }

  override render() {
    const { m } = this.ctx;
    const f = this.form.fields;
    const e = this.errors;
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(m.errorSummaryTitle, summaryOf(e), this)}
      <h1 tabindex="-1">${this.propertyId ? m.changePropertyTitle : m.addPropertyTitle}</h1>
      ${formBanners(m, this.form, this.propertyId ? m.whatProperty : m.whatNewProperty)}
      ${textField({ id: 'property-reference', label: m.fieldReference, hint: m.referenceHint, value: f.reference, error: e['property-reference'], width: 'medium', onInput: (v) => this.set('reference', v) })}
      ${textField({ id: 'property-address1', label: m.fieldAddress1, value: f.addressLine1, error: e['property-address1'], autocomplete: 'address-line1', onInput: (v) => this.set('addressLine1', v) })}
      ${textField({ id: 'property-address2', label: m.fieldAddress2, value: f.addressLine2, autocomplete: 'address-line2', onInput: (v) => this.set('addressLine2', v) })}
      ${textField({ id: 'property-town', label: m.fieldTown, value: f.town, width: 'medium', autocomplete: 'address-level2', onInput: (v) => this.set('town', v) })}
      ${textField({ id: 'property-postcode', label: m.fieldPostcode, value: f.postcode, error: e['property-postcode'], width: 'short', autocomplete: 'postal-code', onInput: (v) => this.set('postcode', v) })}
      ${selectField({ id: 'property-scheme', label: m.fieldScheme, hint: m.schemeHint, value: f.housingSchemeId, choices: [['', m.noScheme], ...this.schemes.map((s) => [s.id, s.name] as const)], onInput: (v) => this.set('housingSchemeId', v) })}
      ${radios({
        id: 'property-landlord',
        label: m.fieldLandlord,
        hint: m.landlordHint,
        value: f.landlordType,
        error: e['property-landlord'],
        choices: [
          ['social', m.landlordSocial],
          ['private', m.landlordPrivate],
        ],
        onInput: (v) => this.set('landlordType', v),
      })}
      ${radios({
        id: 'property-nation',
        label: m.fieldNation,
        hint: m.nationHint,
        value: f.nation,
        error: e['property-nation'],
        choices: [
          ['england', m.nationEngland],
          ['wales', m.nationWales],
        ],
        onInput: (v) => this.set('nation', v),
      })}
      ${textField({ id: 'property-next', label: m.fieldNextInspection, hint: m.nextInspectionHint, type: 'date', width: 'medium', value: f.nextInspectionDate, error: e['property-next'], onInput: (v) => this.set('nextInspectionDate', v) })}
      ${textArea({ id: 'property-notes', label: m.fieldNotes, value: f.notes, onInput: (v) => this.set('notes', v) })}
      <div class="button-group">
        <button type="submit" class="button">${m.saveProperty}</button>
        <button type="button" class="link" @click=${() => this.cancel()}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
