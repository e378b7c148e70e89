import { html, type TemplateResult } from 'lit';
import type { IndicativeResult, Seriousness } from '../../../../../core/tenant/index.ts';
import { resultsOf } from '../../flow.ts';
import type { TenantKey } from '../../messages.ts';
import { pageHeading } from '../../text.ts';
import { continueButton, type TenantView } from '../../view.ts';

/** Seriousness is always said in words; the colour only repeats it. */
const TAG_CLASS: Readonly<Record<Seriousness, string>> = {
  urgent: 'tag--cat1',
  serious: 'tag--orange',
  moderate: 'tag--cat2',
  minor: 'tag--grey',
};

export function resultsView(v: TenantView): TemplateResult {
  const { t } = v;
  return html`
    ${pageHeading(t('resultsTitle'))}
    <div class="inset"><p>${t('resultsNotOfficial')}</p></div>
    ${resultsOf(v.draft).map((result) => resultCard(v, result))} ${continueButton(v, t('resultsContinue'))}
  `;
}

function resultCard(v: TenantView, result: IndicativeResult): TemplateResult {
  const { t } = v;
  const id = `result-${result.topic}`;
  return html`<section class="result" part="result" aria-labelledby=${id}>
    <h2 id=${id}>${t(`topic.${result.topic}`)}</h2>
    <p><strong class="tag ${TAG_CLASS[result.seriousness]}">${t(`seriousnessTag.${result.seriousness}`)}</strong></p>
    <p>${t(`seriousness.${result.seriousness}`)}</p>
    ${result.atRisk.map((group) => html`<p>${t(`atRisk.${group}`)}</p>`)}
    <p class="secondary">${t('resultsInspector')}</p>
    <ul class="list secondary">
      ${result.hazards.map((number) => html`<li>${t('hazardNumber', number, t(`hazard.${number}` as TenantKey))}</li>`)}
    </ul>
  </section>`;
}
