import { html, type TemplateResult } from 'lit';
import { GAS_EMERGENCY_NUMBERS } from '../../../../core/tenant/index.ts';
import { pageHeading, paragraphs } from '../fields.ts';
import type { TenantView } from '../view-context.ts';
import { continueButton, warningText } from './form.ts';

export function startView(v: TenantView): TemplateResult {
  const { t } = v;
  return html`
    ${pageHeading(t('startTitle'))} ${paragraphs(t('startIntro'))}
    <div class="inset">
      <p>${t('startNotOfficial')}</p>
      <p>${t('startWhere')}</p>
    </div>
    ${warningText(v, t('startEmergency'))}
    <h2>${t('startStorageTitle')}</h2>
    ${paragraphs(t('startStorage', v.council.name))} ${continueButton(v, t('startButton'), 'button--start')}
  `;
}

/** Scotland and Northern Ireland: the HHSRS does not apply (FACTS.md §7); say whom to contact instead. */
export function outsideView(v: TenantView): TemplateResult {
  const { t } = v;
  const nation = v.draft.nation === 'northern-ireland' ? 'northern-ireland' : 'scotland';
  return html`
    ${pageHeading(t('outsideTitle'))} ${warningText(v, t('outsideEmergency', GAS_EMERGENCY_NUMBERS[nation]))}
    ${paragraphs(t(`outside.${nation}`))}
  `;
}

export interface DeleteActions {
  confirm(): void;
  cancel(): void;
  restart(): void;
  failed: boolean;
}

export function deleteView(v: TenantView, actions: DeleteActions): TemplateResult {
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

export function deletedView(v: TenantView, actions: DeleteActions): TemplateResult {
  const { t } = v;
  return html`
    <div class="panel panel--confirmation">${pageHeading(t('deletedTitle'))}</div>
    <p>${t('deletedText')}</p>
    <button class="button" type="button" @click=${actions.restart}>${t('startAgain')}</button>
  `;
}
