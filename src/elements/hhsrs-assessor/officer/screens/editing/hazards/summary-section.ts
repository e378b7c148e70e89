import { html, nothing } from 'lit';
import { formatNumber, type AssessmentSummary, type EvaluatedHazard } from '../../../../../../core/index.ts';
import type { Translate } from '../../../../../i18n.ts';
import type { ScoringMessages } from './messages.ts';

/**
 * Hazards ranked by score, counts by category, and the courses of action open to the authority; or, for an
 * inspection that cannot be scored yet (`notScored`), each hazard found, said to be not scored.
 */
export function summarySection(
  summary: AssessmentSummary,
  t: Translate<ScoringMessages>,
  notScored: readonly EvaluatedHazard[] = [],
) {
  return html`
    <section part="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">${t('summaryHeading')}</h2>
      ${
        notScored.length > 0
          ? html`<p>${t('summaryNotScored2026')}</p>
            <ul data-not-scored-summary>
              ${notScored.map((item) => html`<li>${nameOf(item)}: ${t('notScored2026').toLowerCase()}</li>`)}
            </ul>`
          : summary.ranked.length === 0
            ? html`<p>${t('summaryNone')}</p>`
            : html`<p data-counts>${t('summaryCounts', summary.category1, summary.category2)}</p>
            <div class="table-wrap">
              <table class="table--stack">
                <caption class="visually-hidden">${t('summaryHeading')}</caption>
                <thead><tr><th scope="col" class="numeric">${t('rank')}</th><th scope="col">${t('hazard')}</th>
                  <th scope="col" class="numeric">${t('score')}</th><th scope="col">${t('colBand')}</th>
                  <th scope="col">${t('colCategory')}</th></tr></thead>
                <tbody>
                  ${summary.ranked.map(
                    (item, i) => html`<tr>
                    <td class="numeric" data-label=${t('rank')}>${i + 1}</td>
                    <td data-label=${t('hazard')}>${item.hazard?.number}. ${item.hazard?.name}</td>
                    <td class="numeric" data-label=${t('score')}>${formatNumber(item.result!.score)}</td>
                    <td data-label=${t('colBand')}>${item.result!.band}</td>
                    <td data-label=${t('colCategory')}>
                      <span class="tag ${item.result!.category === 1 ? 'tag--cat1' : 'tag--cat2'}"
                        >${t('category', item.result!.category)}</span></td>
                  </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${summary.incomplete > 0 ? html`<p class="warning-text">${t('summaryIncomplete', summary.incomplete)}</p>` : nothing}
      ${summary.consultFireAuthorityFor.length > 0 ? html`<p class="warning-text" data-fire>${t('consultFire', summary.consultFireAuthorityFor.join(', '))}</p>` : nothing}
      ${
        summary.enforcement
          ? html`<h3>${t('enforcementHeading')}</h3>
            <p>${summary.enforcement.summary}</p>
            <ul class="enforcement">
              ${summary.enforcement.options.map((o) => html`<li><strong>${o.action}</strong> (${o.section}). ${o.note}</li>`)}
            </ul>`
          : nothing
      }
    </section>
  `;
}

const nameOf = (item: EvaluatedHazard) =>
  item.hazard ? `${item.hazard.number}. ${item.hazard.name}` : item.entry.hazardId;
