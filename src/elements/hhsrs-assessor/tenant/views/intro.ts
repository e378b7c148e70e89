import { html, type TemplateResult } from 'lit';
import { pageHeading, paragraphs, warningText } from '../text.ts';
import type { StartView } from '../view-context.ts';

/** The first screen: what the check is, that it is not official, and where the answers are kept. */
export function startView(v: StartView): TemplateResult {
  const { t } = v;
  return html`
    ${pageHeading(t('startTitle'))} ${paragraphs(t('startIntro'))}
    <div class="inset">
      <p>${t('startNotOfficial')}</p>
      <p>${t('startWhere')}</p>
    </div>
    ${warningText(t, t('startEmergency'))}
    <h2>${t('startStorageTitle')}</h2>
    ${paragraphs(t('startStorage', v.council.name))}
    <button class="button button--start" type="button" @click=${v.start} @focus=${v.prepare} @pointerover=${v.prepare}>${t('startButton')}</button>
  `;
}

export interface DeleteActions {
  confirm(): void;
  cancel(): void;
  restart(): void;
  failed: boolean;
}

export function deleteView(v: StartView, actions: DeleteActions): TemplateResult {
  const { t } = v;
  return html`
    ${pageHeading(t('deleteTitle'))}
    ${actions.failed ? html`<div class="banner banner--error" role="alert"><p class="banner__body">${t('deleteFailed')}</p></div>` : ''}
    <p>${t('deleteText')}</p>
    <div class="button-group">
      <button class="button button--warning" type="button" @click=${actions.confirm}>${t('deleteConfirm')}</button>
      <button class="link" type="button" @click=${actions.cancel}>${t('deleteCancel')}</button>
    </div>
  `;
}

export function deletedView(v: StartView, actions: DeleteActions): TemplateResult {
  const { t } = v;
  return html`
    <div class="panel panel--confirmation">${pageHeading(t('deletedTitle'))}</div>
    <p>${t('deletedText')}</p>
    <button class="button" type="button" @click=${actions.restart}>${t('startAgain')}</button>
  `;
}
