import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AssessmentDetails } from '../../../../../schema/assessment.ts';
import { ASSESSMENT_LIMITS } from '../../../../../schema/assessment-values.ts';
import type { Translate } from '../../../../i18n.ts';
import { characterCount, countId, overBy, type CountWords } from '../../../../ui/character-count.ts';
import type { OfficerMessages } from '../../messages.ts';

export interface DetailsContext {
  t: Translate<OfficerMessages>;
  details: AssessmentDetails;
  errorFor: (fieldId: string) => string | undefined;
  change: (patch: Partial<AssessmentDetails>) => void;
}

/** The dwelling and the inspection: what fixes the scheme, and what heads the printout. */
export function detailsSection(c: DetailsContext) {
  const { t, details } = c;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const words: CountWords = {
    remaining: (n: number) => t('charactersRemaining', n),
    tooMany: (n: number) => t('charactersTooMany', n),
  };
  const text = (
    field: 'address' | 'reference' | 'inspector' | 'occupiers',
    label: string,
    hint?: string,
    width = 'input--medium',
  ) => {
    const id = `details-${field}`;
    const error = c.errorFor(id);
    const tooLong = overBy(details[field], ASSESSMENT_LIMITS[field]) > 0;
    return html`<div class="form-group ${error || tooLong ? 'form-group--error' : ''}">
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">Error:</span> ${error}</p>` : nothing}
      <input type="text" id=${id} class=${width} .value=${details[field]} aria-invalid=${error || tooLong ? 'true' : 'false'}
        aria-describedby=${[hint ? `${id}-hint` : '', error ? `${id}-error` : '', countId(id)].filter(Boolean).join(' ')}
        autocomplete=${field === 'address' ? 'street-address' : 'off'}
        @input=${(e: Event) => c.change({ [field]: value(e) })} />
      ${characterCount(id, details[field], ASSESSMENT_LIMITS[field], words)}
    </div>`;
  };
  const notesTooLong = overBy(details.notes, ASSESSMENT_LIMITS.notes) > 0;
  const nationError = c.errorFor('details-nation');
  const dateError = c.errorFor('details-date');
  return html`
    <h2>${t('detailsHeading')}</h2>
    ${text('address', t('address'), undefined, '')}
    ${text('reference', t('reference'))}
    <div class="form-group ${nationError ? 'form-group--error' : ''}">
      <fieldset id="details-nation" tabindex="-1" aria-describedby="details-nation-hint${nationError ? ' details-nation-error' : ''}">
        <legend>${t('nation')}</legend>
        <span class="hint" id="details-nation-hint">${t('nationHint')}</span>
        ${nationError ? html`<p class="error-message" id="details-nation-error"><span class="visually-hidden">Error:</span> ${nationError}</p>` : nothing}
        <div class="choices">
          ${(['england', 'wales'] as const).map(
            (nation) => html`<div class="choice">
            <input type="radio" name="nation" id="details-nation-${nation}" value=${nation} .checked=${live(details.nation === nation)}
              @change=${() => c.change({ nation })} />
            <label for="details-nation-${nation}">${t(nation)}</label>
          </div>`,
          )}
        </div>
      </fieldset>
    </div>
    <div class="form-group ${dateError ? 'form-group--error' : ''}">
      <label class="label" for="details-date">${t('inspectionDate')}</label>
      ${dateError ? html`<p class="error-message" id="details-date-error"><span class="visually-hidden">Error:</span> ${dateError}</p>` : nothing}
      <input type="date" id="details-date" class="input--medium" .value=${details.inspectionDate} min="2006-04-06" max="2099-12-31"
        aria-invalid=${dateError ? 'true' : 'false'} aria-describedby=${dateError ? 'details-date-error' : nothing}
        @input=${(e: Event) => c.change({ inspectionDate: value(e) })} @change=${(e: Event) => c.change({ inspectionDate: value(e) })} />
    </div>
    ${text('inspector', t('inspector'))}
    ${text('occupiers', t('occupiers'), t('occupiersHint'))}
    <div class="form-group">
      <div class="choice">
        <input type="checkbox" id="details-hmo" .checked=${live(details.hmoOrCommonParts)}
          @change=${(e: Event) => c.change({ hmoOrCommonParts: (e.target as HTMLInputElement).checked })} />
        <label for="details-hmo">${t('hmo')}</label>
      </div>
    </div>
    <div class="form-group ${notesTooLong ? 'form-group--error' : ''}">
      <label class="label" for="details-notes">${t('notes')}</label>
      <textarea id="details-notes" rows="3" .value=${details.notes} aria-describedby=${countId('details-notes')}
        aria-invalid=${notesTooLong ? 'true' : 'false'} @input=${(e: Event) => c.change({ notes: value(e) })}></textarea>
      ${characterCount('details-notes', details.notes, ASSESSMENT_LIMITS.notes, words)}
    </div>
  `;
}
