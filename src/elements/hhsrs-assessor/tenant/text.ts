import { html, nothing, type TemplateResult } from 'lit';
import type { StartTranslate } from './messages.start.ts';

/** GOV.UK text patterns for pages that are not a single question, the start page among them. */

/** A page heading for pages that are not a single question. */
export function pageHeading(title: string, caption?: string): TemplateResult {
  return html`${caption ? html`<span class="caption">${caption}</span>` : nothing}<h1 id="page-title" tabindex="-1">${title}</h1>`;
}

/** Text with "\n" between lines, as paragraphs. */
export function paragraphs(text: string): TemplateResult[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => html`<p>${line}</p>`);
}

/** GOV.UK warning text: the "!" icon is decoration, so the word "Warning" is said instead. */
export function warningText(t: StartTranslate, text: string): TemplateResult {
  return html`<div class="warning-text"><span><span class="visually-hidden">${t('warning')}: </span>${text}</span></div>`;
}
