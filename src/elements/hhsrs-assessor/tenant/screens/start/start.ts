import { html, type TemplateResult } from 'lit';
import type { StartTranslate } from '../../messages.start.ts';
import type { CouncilDetails } from '../../state.ts';
import { pageHeading, paragraphs, warningText } from '../../text.ts';

/** What the start page and the delete pages read: the first screen's words, before the rest have arrived. */
export interface StartView {
  t: StartTranslate;
  council: CouncilDetails;
  /** "Start now": on to the first question. */
  start(): void;
  /** The tenant is reaching for "Start now": fetch the questions' code now, so the first question is not kept waiting. */
  prepare(): void;
}

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
