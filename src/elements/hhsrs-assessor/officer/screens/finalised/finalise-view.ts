import { html, nothing } from 'lit';
import { formatFinalisedAt } from '../../../../../print/assessment-layout.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import type { Translate } from '../../../../i18n.ts';
import type { FinaliseController } from './finalise-controller.ts';
import type { FinaliseMessages } from './messages.ts';

/** Finalising an assessment: the officer's name, asked for once the assessment is complete. */
export function finaliseForm(t: Translate<FinaliseMessages>, f: FinaliseController) {
  const error = f.nameError;
  const submit = (e: Event) => {
    e.preventDefault();
    void f.confirm();
  };
  return html`<form class="panel no-print" aria-labelledby="finalise-heading" novalidate @submit=${submit}>
    <h2 id="finalise-heading">${t('finaliseHeading')}</h2>
    <p>${t('finaliseIntro')}</p>
    <div class="form-group ${error ? 'form-group--error' : ''}">
      <label class="label" for="finalise-name">${t('finaliseName')}</label>
      <span class="hint" id="finalise-name-hint">${t('finaliseNameHint')}</span>
      ${error ? html`<p class="error-message" id="finalise-name-error"><span class="visually-hidden">Error:</span> ${error}</p>` : nothing}
      <input type="text" id="finalise-name" class="input--medium" autocomplete="name" spellcheck="false" .value=${f.name}
        aria-describedby="finalise-name-hint${error ? ' finalise-name-error' : ''}" aria-invalid=${error ? 'true' : 'false'}
        @input=${(e: Event) => f.setName((e.target as HTMLInputElement).value)} />
    </div>
    <div class="button-group">
      <button type="submit" class="button">${t('finaliseConfirm')}</button>
      <button type="button" class="button button--secondary" @click=${() => f.cancel()}>${t('cancel')}</button>
    </div>
  </form>`;
}

export interface FinalisedBannerContext {
  t: Translate<FinaliseMessages>;
  assessment: Assessment;
  finalise: FinaliseController;
  /** An earlier revision: read, printed and checked, never changed. */
  revision: boolean;
  busy: string | undefined;
  print: () => void;
  pdf: () => void;
  openCurrent: () => void;
}

/** GOV.UK notification banner: who finalised it, when, its fingerprint, and what can be done with it. */
export function finalisedBanner(c: FinalisedBannerContext) {
  const { t, assessment, finalise: f } = c;
  const done = assessment.finalised!;
  return html`<div class="banner banner--success finalised" role="region" aria-labelledby="finalised-title" data-finalised>
    <h2 class="banner__title" id="finalised-title" tabindex="-1">${c.revision ? t('revisionTitle', done.revision) : t('finalisedTitle')}</h2>
    <div class="banner__body">
      <p>${c.revision ? t('revisionIntro') : t('readOnly')}</p>
      <p>${t('finalisedBy', done.by, formatFinalisedAt(done.at), done.revision)}</p>
      <p class="fingerprint"><strong>${t('fingerprint')}:</strong> <code data-sha256>${done.sha256}</code></p>
      ${assessment.previous ? html`<p class="small">${t('replaces', assessment.previous.revision)}</p>` : nothing}
      <div class="button-group">
        <button type="button" class="button button--secondary" @click=${c.print}>${t('print')}</button>
        <button type="button" class="button button--secondary" ?disabled=${Boolean(c.busy)} @click=${c.pdf}>${t('downloadPdf')}</button>
        ${
          c.revision
            ? html`<button type="button" class="button button--secondary" @click=${c.openCurrent}>${t('openCurrent')}</button>`
            : html`<button type="button" class="button" ?disabled=${f.busy} @click=${() => void f.newRevision()}>${t('newRevision')}</button>`
        }
        <button type="button" class="button button--secondary" @click=${() => void f.checkFingerprint()}>${t('checkFingerprint')}</button>
      </div>
      ${c.busy ? html`<p role="status">${c.busy}</p>` : nothing}
      <div id="fingerprint-check" tabindex="-1" role="status" data-fingerprint-check>
        ${f.check ? html`<p class=${f.check.matches ? 'check check--ok' : 'check check--bad warning-text'}>${f.check.message}</p>` : nothing}
      </div>
      ${f.error ? html`<p class="error-message" role="alert">${f.error}</p>` : nothing}
    </div>
  </div>`;
}
