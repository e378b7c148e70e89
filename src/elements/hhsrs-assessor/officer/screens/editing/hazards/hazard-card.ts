import { html, nothing, type TemplateResult } from 'lit';
import {
  formatNumber,
  likelihoodOption,
  spreadOption,
  type EvaluatedHazard,
  type HazardEntry,
  type Scheme,
} from '../../../../../../core/index.ts';
import { ASSESSMENT_LIMITS } from '../../../../../../schema/assessment-values.ts';
import type { Translate } from '../../../../../i18n.ts';
import { characterCount, countId, overBy } from '../../../../../ui/character-count.ts';
import type { ScoringMessages } from './messages.ts';

export interface HazardCardContext {
  t: Translate<ScoringMessages>;
  /** Undefined until the nation and date fix the scheme; inputs still work, nothing is scored. */
  scheme: Scheme | undefined;
  /** The scheme's lists, for the inputs, even before the scheme is fixed. */
  tables: Scheme;
  /** Without a scheme: why nothing is scored, as the page says it (never asks for details already given). */
  unscoredWhy: string | undefined;
  /** An English inspection from 22 June 2026 without its pack: findings only, no 2005 Table 1 or 2 inputs. */
  findingsOnly: boolean;
  count: number;
  errorFor: (fieldId: string) => string | undefined;
  change: (index: number, patch: Partial<HazardEntry>) => void;
  move: (index: number, delta: -1 | 1) => void;
  remove: (index: number) => void;
  /** The hazard's photos, with adding and removing. */
  photos?: (hazardId: string, name: string) => unknown;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Ids, errors and their descriptions for one card's fields (GOV.UK inline errors). */
function cardFields(index: number, c: HazardCardContext) {
  const id = (part: string) => `hazard-${index}-${part}`;
  const err = (part: string) => c.errorFor(id(part));
  const described = (part: string) =>
    [id(`${part}-hint`), err(part) ? id(`${part}-error`) : ''].filter(Boolean).join(' ');
  const errorLine = (part: string) =>
    err(part)
      ? html`<p class="error-message" id=${id(`${part}-error`)}><span class="visually-hidden">Error:</span> ${err(part)}</p>`
      : nothing;
  return { id, err, described, errorLine };
}

/** One hazard: the scoring inputs (unless findings only), justification, photos, working. */
export function hazardCard(item: EvaluatedHazard, index: number, c: HazardCardContext) {
  const { t } = c;
  const { entry } = item;
  const name = item.hazard ? `${item.hazard.number}. ${item.hazard.name}` : entry.hazardId;
  const { id, err, described, errorLine } = cardFields(index, c);
  const justificationTooLong = overBy(entry.justification, ASSESSMENT_LIMITS.justification) > 0;
  const countWords = {
    remaining: (n: number) => t('charactersRemaining', n),
    tooMany: (n: number) => t('charactersTooMany', n),
  };

  return html`
    <section class="hazard-card" part="hazard" id=${id('card')} aria-labelledby=${id('title')} data-hazard=${entry.hazardId}>
      <div class="hazard-card__head">
        <h3 id=${id('title')} tabindex="-1">${name}</h3>
        ${statusTag(item, t, c.findingsOnly)}
      </div>
      ${c.findingsOnly ? nothing : scoringInputs(item, index, c)}

      <div class="form-group ${err('justification') || justificationTooLong ? 'form-group--error' : ''}">
        <label class="label" for=${id('justification')}>${t('justification')}</label>
        <span class="hint" id=${id('justification-hint')}>${t('justificationHint')}</span>
        ${errorLine('justification')}
        <textarea id=${id('justification')} rows="4" aria-describedby="${described('justification')} ${countId(id('justification'))}"
          aria-invalid=${err('justification') || justificationTooLong ? 'true' : 'false'}
          .value=${entry.justification} @input=${(e: Event) => c.change(index, { justification: (e.target as HTMLTextAreaElement).value })}></textarea>
        ${characterCount(id('justification'), entry.justification, ASSESSMENT_LIMITS.justification, countWords)}
      </div>

      ${c.photos ? c.photos(entry.hazardId, name) : nothing}

      ${workingPanel(item, c)}

      <div class="button-group no-print">
        <button type="button" class="button button--secondary" ?disabled=${index === 0} @click=${() => c.move(index, -1)}>Move up<span class="visually-hidden"> ${name}</span></button>
        <button type="button" class="button button--secondary" ?disabled=${index === c.count - 1} @click=${() => c.move(index, 1)}>Move down<span class="visually-hidden"> ${name}</span></button>
        <button type="button" class="button button--warning" @click=${() => c.remove(index)}>Remove<span class="visually-hidden"> ${name}</span></button>
      </div>
    </section>
  `;
}

/** Relevant occupier, Table 1 likelihood, most likely class of harm, Table 2 spread: what a score is made of. */
function scoringInputs(item: EvaluatedHazard, index: number, c: HazardCardContext) {
  const { t, tables } = c;
  const { entry } = item;
  const { id, err, described, errorLine } = cardFields(index, c);
  const spreadError = item.error?.field === 'spread' ? item.error.message : undefined;
  return html`
      <p class="secondary">${t('relevantOccupier')}: ${item.hazard?.relevantOccupier ?? ''}</p>

      <div class="form-group ${err('likelihood') ? 'form-group--error' : ''}">
        <label class="label" for=${id('likelihood')}>${t('likelihood')}</label>
        <span class="hint" id=${id('likelihood-hint')}>${t('likelihoodHint')}</span>
        ${errorLine('likelihood')}
        <select id=${id('likelihood')} class="input--likelihood" aria-describedby=${described('likelihood')} aria-invalid=${err('likelihood') ? 'true' : 'false'}
          @change=${(e: Event) => c.change(index, { likelihood: numberOrNull((e.target as HTMLSelectElement).value) })}>
          <option value="" ?selected=${entry.likelihood === null}>${t('choose')}</option>
          ${tables.likelihoodScale.map((row) => html`<option value=${row.rspr} ?selected=${entry.likelihood === row.rspr}>${likelihoodOption(row)}</option>`)}
        </select>
      </div>

      <div class="form-group ${err('class') ? 'form-group--error' : ''}">
        <fieldset id=${id('class')} tabindex="-1" aria-describedby=${described('class')}>
          <legend>${t('mostLikelyClass')}</legend>
          <span class="hint" id=${id('class-hint')}>${t('mostLikelyHint')}</span>
          ${errorLine('class')}
          <div class="choices">
            ${tables.harmClasses.map(
              (harm) => html`
              <div class="choice">
                <input type="radio" id=${id(`class-${harm.harmClass}`)} name=${id('class')} value=${harm.harmClass}
                  .checked=${entry.mostLikelyClass === harm.harmClass} aria-describedby=${id(`class-${harm.harmClass}-examples`)}
                  @change=${() => c.change(index, { mostLikelyClass: harm.harmClass })} />
                <label for=${id(`class-${harm.harmClass}`)}>${harm.name}
                  <span class="hint small" id=${id(`class-${harm.harmClass}-examples`)}>For example: ${harm.examples}</span></label>
              </div>`,
            )}
          </div>
        </fieldset>
      </div>

      <div class="form-group ${spreadError ? 'form-group--error' : ''}">
        <fieldset id=${id('spread')} tabindex="-1" aria-describedby=${described('spread')}>
          <legend>${t('spreadLegend')}</legend>
          <span class="hint" id=${id('spread-hint')}>${t('spreadHint')}</span>
          ${spreadError ? html`<p class="error-message" id=${id('spread-error')}><span class="visually-hidden">Error:</span> ${spreadError}</p>` : nothing}
          <div class="spread-grid">
            ${tables.harmClasses.map((harm, k) => {
              const mostLikely = entry.mostLikelyClass === harm.harmClass;
              return html`
                <div class="spread-row">
                  <label class="label" for=${id(`spread-${k + 1}`)}>Class ${ROMAN[k]}</label>
                  ${
                    mostLikely
                      ? html`<output id=${id(`spread-${k + 1}`)} class="worked-out">${t('workedOut', item.spread ? formatNumber(item.spread[k] as number, 4) : '—')}</output>`
                      : html`<select id=${id(`spread-${k + 1}`)} aria-invalid=${spreadError ? 'true' : 'false'}
                        @change=${(e: Event) => c.change(index, { spread: withClass(entry.spread, k, Number((e.target as HTMLSelectElement).value)) })}>
                        ${tables.spreadScale.map((row) => html`<option value=${row.rsppr} ?selected=${entry.spread[k] === row.rsppr}>${spreadOption(row)}</option>`)}
                      </select>`
                  }
                </div>`;
            })}
          </div>
        </fieldset>
      </div>
  `;
}

function workingPanel(item: EvaluatedHazard, c: HazardCardContext) {
  const { t } = c;
  let body: TemplateResult;
  if (c.findingsOnly) body = html`<p data-not-scored>${t('notScored2026')}. ${t('scheme2026See')}</p>`;
  else if (!c.scheme) body = html`<p>${c.unscoredWhy ?? t('workingWaiting')}</p>`;
  else if (item.result && item.working) {
    body = html`<p class="working" data-working>${item.working}</p>
      ${item.sensitivity ? html`<p class=${item.sensitivity.nearCategoryBoundary ? 'warning-text' : 'secondary'}>${item.sensitivity.summary}</p>` : nothing}`;
  } else
    body = html`<p class="secondary">${item.error && item.error.field !== 'spread' ? item.error.message : t('workingWaiting')}</p>`;
  const missing = item.missing.map((part) => t('missingPart', part)).join(', ');
  return html`<div class="panel working-panel" part="working" aria-live="polite">
    <h4>${t('working')}</h4>
    ${body}
    ${item.missing.length > 0 ? html`<p class="small">${t('stillNeeds', missing)}</p>` : nothing}
  </div>`;
}

export function statusTag(item: EvaluatedHazard, t: Translate<ScoringMessages>, findingsOnly = false) {
  const parts = [];
  if (findingsOnly) parts.push(html`<span class="tag tag--grey">${t('notScored2026')}</span>`);
  if (item.result) {
    parts.push(
      html`<span class="tag ${item.result.category === 1 ? 'tag--cat1' : 'tag--cat2'}">${t('category', item.result.category)} · ${t('band', item.result.band)} · ${formatNumber(item.result.score)}</span>`,
    );
  }
  if (item.missing.length > 0 || item.error) parts.push(html`<span class="tag tag--grey">${t('incomplete')}</span>`);
  return html`<span class="tags">${parts}</span>`;
}

function numberOrNull(value: string): number | null {
  return value === '' ? null : Number(value);
}

function withClass(spread: HazardEntry['spread'], index: number, value: number): HazardEntry['spread'] {
  const next = [...spread] as [number, number, number, number];
  next[index] = value;
  return next;
}
