import { html, type TemplateResult } from 'lit';
import type { TenantView } from '../view-context.ts';

/** A question page: its fields and a Continue button that submits (Enter in a field submits too). */
export function questionForm(v: TenantView, content: TemplateResult, button = v.t('continue')): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    v.next();
  };
  return html`<form novalidate @submit=${submit}>
    ${content}
    <button class="button" type="submit">${button}</button>
  </form>`;
}

/** A button that goes on from a page with nothing to answer. */
export function continueButton(v: TenantView, label = v.t('continue'), extraClass = ''): TemplateResult {
  return html`<button class="button ${extraClass}" type="button" @click=${() => v.next()}>${label}</button>`;
}

/** The council's name, phone, opening times and website, or how to find them when the page did not say. */
export function councilContact(v: TenantView): TemplateResult {
  const { council, t } = v;
  const hasAny = council.phone || council.url || council.hours;
  if (!hasAny) {
    return html`<p><a href="https://www.gov.uk/find-local-council">${t('findCouncil')}</a></p>`;
  }
  return html`<ul class="list contact" part="council">
    ${council.phone ? html`<li>${t('councilPhone', council.phone)}</li>` : ''}
    ${council.hours ? html`<li>${t('councilHours', council.hours)}</li>` : ''}
    ${council.url ? html`<li><a href=${council.url}>${t('councilWebsite', council.named ? council.name : t('councilFallback'))}</a></li>` : ''}
  </ul>`;
}

/**
 * A message with words in English inside it on a Welsh page (the title of English legislation), marked with
 * their language so that a screen reader pronounces them right. `message` holds "\u0000" where `english` goes.
 */
export function embedForeign(v: TenantView, message: string, english: string): TemplateResult {
  const [before = '', after = ''] = message.split('\u0000');
  return v.lang === 'en' ? html`${before}${english}${after}` : html`${before}<span lang="en-GB">${english}</span>${after}`;
}
