import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TenantLetter } from '../../../../../print/letter-layout.ts';
import { TENANT_LETTER_LIMITS, type TenantLetterField } from '../../../../../schema/tenant-values.ts';
import { textField } from '../../fields.ts';
import { pageHeading } from '../../text.ts';
import { continueButton, questionForm, type TenantView } from '../../view.ts';
import { photosField } from './photos-field.ts';

export function letterDetailsView(v: TenantView): TemplateResult {
  const { t } = v;
  const details = v.draft.letter;
  const common = { errorPrefix: t('errorPrefix') };
  const words = {
    remaining: (n: number) => t('charactersRemaining', n),
    tooMany: (n: number) => t('charactersTooMany', n),
  };
  const limit = (field: TenantLetterField) => ({ max: TENANT_LETTER_LIMITS[field], words });
  return questionForm(
    v,
    html`${pageHeading(t('detailsTitle'))}
      <p>${t('detailsHint')}</p>
      ${textField({ ...common, id: 'name', label: t('detailsName'), error: v.errors.get('name'), value: details.name, limit: limit('name'), autocomplete: 'name', onInput: (name) => v.changeLetter({ name }) })}
      ${textField({
        ...common,
        id: 'address',
        label: t('detailsAddress'),
        hint: t('detailsAddressHint'),
        error: v.errors.get('address'),
        value: details.address,
        limit: limit('address'),
        autocomplete: 'street-address',
        multiline: true,
        onInput: (address) => v.changeLetter({ address }),
      })}
      ${textField({ ...common, id: 'landlordName', label: t('detailsLandlord'), value: details.landlordName, limit: limit('landlordName'), onInput: (landlordName) => v.changeLetter({ landlordName }) })}
      ${textField({ ...common, id: 'contact', label: t('detailsContact'), hint: t('detailsContactHint'), value: details.contact, limit: limit('contact'), onInput: (contact) => v.changeLetter({ contact }) })}
      ${photosField(v)}
      ${textField({ ...common, id: 'extra', label: t('detailsExtra'), hint: t('detailsExtraHint'), value: details.extra, limit: limit('extra'), multiline: true, onInput: (extra) => v.changeLetter({ extra }) })}`,
    t('detailsContinue'),
  );
}

export interface LetterActions {
  letter: TenantLetter;
  /** Told to screen readers after print, PDF or copy. */
  status: string;
  /** The letter as text, shown to copy by hand when the browser refused the clipboard. */
  fallbackText: string | null;
  busy: boolean;
  print(): void;
  pdf(): void;
  copy(): void;
}

export function letterView(v: TenantView, actions: LetterActions): TemplateResult {
  const { t } = v;
  const change = (event: Event) => {
    event.preventDefault();
    v.go('letter-details');
  };
  return html`
    <div class="no-print">
      ${pageHeading(t('letterTitle'))}
      <p>${t('letterHowToSend')}</p>
      <div class="button-group">
        <button class="button" type="button" @click=${actions.print}>${t('letterPrint')}</button>
        <button class="button button--secondary" type="button" ?disabled=${actions.busy} @click=${actions.pdf}>${t('letterPdf')}</button>
        <button class="button button--secondary" type="button" @click=${actions.copy}>${t('letterCopy')}</button>
      </div>
      <p class="status-line" role="status">${actions.status}</p>
      ${
        actions.fallbackText !== null
          ? html`<div class="form-group">
            <label class="label" for="letter-text">${t('letterCopyLabel')}</label>
            <textarea id="letter-text" class="letter-text" readonly rows="12" .value=${actions.fallbackText}></textarea>
          </div>`
          : nothing
      }
      <p><a href="#" @click=${change}>${t('letterChangeDetails')}</a></p>
      ${letterLanguage(v)}
    </div>
    ${letterArticle(actions.letter)}
    <div class="after-sending no-print">
      <h2>${t('letterSentTitle')}</h2>
      <p>${t('letterSentText')}</p>
      ${continueButton(v, t('letterSentButton'), 'button--secondary')}
    </div>
  `;
}

/**
 * Welsh or English for the letter, offered on Welsh pages and for homes in Wales: the page's language is the
 * starting choice, but a landlord may only read English (or the tenant may want to write in Welsh).
 */
function letterLanguage(v: TenantView): TemplateResult | typeof nothing {
  const { t } = v;
  if (v.lang !== 'cy' && v.draft.nation !== 'wales') return nothing;
  const chosen = v.draft.letterLang ?? v.lang;
  return html`<div class="form-group letter-lang">
    <fieldset>
      <legend class="label">${t('letterLangTitle')}</legend>
      <div class="choices choices--inline">
        ${(['cy', 'en'] as const).map(
          (lang) => html`<div class="choice">
            <input type="radio" id="letter-lang-${lang}" name="letter-lang" .value=${lang} .checked=${live(chosen === lang)} @change=${() => v.change({ letterLang: lang })} />
            <div><label for="letter-lang-${lang}">${t(`letterLang.${lang}`)}</label></div>
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/** The letter on screen and on paper: the same parts as the PDF and the plain text. */
function letterArticle(letter: TenantLetter): TemplateResult {
  const lines = (values: readonly string[]) =>
    values.map((value, i) => html`${i > 0 ? html`<br />` : nothing}${value}`);
  return html`<article class="letter" part="letter" aria-labelledby="letter-subject" lang=${letter.lang}>
    <p class="letter__sender">${lines(letter.sender)}</p>
    <p>${letter.date}</p>
    <p>${letter.recipient}</p>
    <h2 id="letter-subject" class="letter__subject">${letter.subject}</h2>
    <p>${letter.greeting}</p>
    ${letter.opening.map((text) => html`<p>${text}</p>`)}
    ${letter.problems.map(
      (problem) => html`<h3>${problem.heading}</h3>
        <dl class="summary-list letter__problem">
          ${problem.rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
        </dl>`,
    )}
    ${letter.closing.map((text) => html`<p>${text}</p>`)}
    <p>${letter.signOff}<br />${letter.signature}</p>
  </article>`;
}
