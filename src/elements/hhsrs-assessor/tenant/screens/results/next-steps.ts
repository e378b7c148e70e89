import { html, nothing, type TemplateResult } from 'lit';
import { AWAABS_LAW } from '../../../../../core/awaabs-law.ts';
import type { AwarenessStart } from '../../../../../core/awaabs-law-awareness.ts';
import { nextSteps, type LetterTerm, type NextStep, type TopicId } from '../../../../../core/tenant/index.ts';
import { landlordCase } from '../../flow.ts';
import { capitalise } from '../../messages.ts';
import { pageHeading, paragraphs } from '../../text.ts';
import {
  continueButton,
  awarenessNote,
  councilContact,
  dueDate,
  embedForeign,
  emergencyBody,
  emergencyTitle,
  longDate,
  type TenantView,
} from '../../view.ts';

export function nextStepsView(v: TenantView): TemplateResult {
  const { t } = v;
  const found = landlordCase(v.draft, v.today);
  const steps = nextSteps({ ...found, told: v.draft.told ?? 'no', today: v.today });
  const emergencies = steps.filter(
    (step): step is Extract<NextStep, { kind: 'emergency' }> => step.kind === 'emergency',
  );
  const rest = steps.filter((step) => step.kind !== 'emergency');
  const terms = steps.flatMap((step) =>
    step.kind === 'write-to-landlord' || step.kind === 'already-told' ? step.terms : [],
  );
  const context = { awareness: found.awareness, terms };
  return html`
    ${pageHeading(t('nextTitle'))}
    ${
      emergencies.length
        ? html`<section class="get-help-now" part="emergency" aria-labelledby="get-help-now">
          <h2 id="get-help-now">${t('nextGetHelpNow')}</h2>
          ${emergencies.map((step) => html`<h3>${emergencyTitle(v, step.emergency)}</h3>${emergencyBody(v, step)}`)}
        </section>`
        : nothing
    }
    <ol class="steps">
      ${rest.map((step) => html`<li>${stepContent(v, step, context)}</li>`)}
    </ol>
    ${continueButton(v, t('nextContinue'))}
  `;
}

const topicList = (v: TenantView, ids: readonly TopicId[]) =>
  html`<ul class="list">${ids.map((id) => html`<li>${v.t(`topic.${id}`)}</li>`)}</ul>`;

function stepContent(
  v: TenantView,
  step: Exclude<NextStep, { kind: 'emergency' }>,
  { awareness, terms }: { awareness: AwarenessStart | undefined; terms: readonly LetterTerm[] },
): TemplateResult {
  const { t } = v;
  const council = v.council.name;
  switch (step.kind) {
    case 'write-to-landlord':
    case 'already-told': {
      const written = step.kind === 'already-told';
      return html`<h2>${t(written ? 'nextAlreadyToldTitle' : 'nextWriteTitle')}</h2>
        <p>${t(written ? 'nextAlreadyTold' : 'nextWrite')}</p>
        <p>${t('nextAsking')}</p>
        <ul class="list">
          ${step.terms.map((term) => html`<li>${termLine(v, term)}</li>`)}
        </ul>
        ${step.terms.some((term) => term.basis.startsWith('awaabs-law')) ? awarenessParagraph(v, awareness) : nothing}`;
    }
    case 'awaabs-law': {
      const s = AWAABS_LAW.timescales;
      return html`<h2>${t('nextAwaabsTitle')}</h2>
        ${paragraphs(
          t(
            'nextAwaabs',
            s['emergency-investigate-and-make-safe'].amount,
            s['significant-investigate'].amount,
            s['significant-written-summary'].amount,
            s['significant-make-safe'].amount,
          ),
        )}
        ${step.covered.length ? html`<p>${t('nextAwaabsCovered')}</p>${topicList(v, step.covered)}` : nothing}
        ${step.notCovered.length ? html`<p>${t('nextAwaabsNotCovered')}</p>${topicList(v, step.notCovered)}` : nothing}
        <p data-awaabs-unsettled>${t('nextAwaabsUnsettled')}</p>
        <p class="secondary small">${embedForeign(v, t('nextAwaabsSource', '\u0000', longDate(AWAABS_LAW.asOf, t)), AWAABS_LAW.legislation)}</p>`;
    }
    case 'no-awaabs-law-in-wales':
      return html`<h2>${t('nextNoAwaabsWalesTitle')}</h2><p>${t('nextNoAwaabsWales')}</p>`;
    case 'awaabs-law-social-only':
      return html`<h2>${t('nextAwaabsSocialOnlyTitle')}</h2><p>${t('nextAwaabsSocialOnly')}</p>`;
    case 'awaabs-law-if-social':
      return html`<h2>${t('nextAwaabsIfSocialTitle')}</h2><p>${t('nextAwaabsIfSocial')}</p>`;
    case 'find-out-landlord-type':
      return html`<h2>${t('nextFindLandlordTitle')}</h2><p>${t('nextFindLandlord')}</p>`;
    case 'keep-records':
      return html`<h2>${t('nextKeepRecordsTitle')}</h2><p>${t('nextKeepRecords')}</p>`;
    case 'complain-to-landlord':
      return html`<h2>${t('nextComplainTitle')}</h2><p>${t('nextComplain')}</p>`;
    case 'ombudsman':
      return html`<h2>${t('ombudsmanTitle', t(`ombudsmanName.${step.ombudsman}`))}</h2>
        <p>${t(`nextOmbudsman.${step.ombudsman}`)}</p>
        <p><a href=${t(`ombudsmanUrl.${step.ombudsman}`)}>${t('ombudsmanLink', t(`ombudsmanName.${step.ombudsman}`))}</a></p>`;
    case 'contact-council': {
      const title = step.now
        ? t('nextCouncilNowTitle', council)
        : step.after
          ? councilAfterTitle(v, step.after, terms)
          : t('nextCouncilIfNotSafeTitle', council);
      return html`<h2>${capitalise(title)}</h2>
        <p>${t('nextCouncil')}</p>
        ${v.draft.landlord === 'housing-association' ? html`<p>${t('nextCouncilHousingAssociation')}</p>` : nothing} ${councilContact(v)}`;
    }
    case 'crowding-help':
      return html`<h2>${t('nextCrowdingTitle')}</h2><p>${t('nextCrowding', council)}</p> ${councilContact(v)}`;
    case 'other-nation':
      return html``;
  }
}

export function termLine(v: TenantView, term: LetterTerm): string {
  const { t } = v;
  const topic = t(`topic.${term.topic}`);
  const date = term.due ? dueDate(v, term.due, term.atLatest) : '';
  switch (term.basis) {
    case 'awaabs-law-emergency':
      return t('nextTerm.awaabs-law-emergency', topic, term.amount);
    case 'awaabs-law-significant':
      return t('nextTerm.awaabs-law-significant', topic, term.amount, date);
    case 'urgent':
      return t('nextTerm.urgent', topic, term.amount);
    case 'reasonable-time':
      return t('nextTerm.reasonable-time', topic, term.amount, date);
  }
}

function awarenessParagraph(v: TenantView, awareness: AwarenessStart | undefined): TemplateResult | typeof nothing {
  const note = awarenessNote(v, awareness);
  return note ? html`<p>${note}</p>` : nothing;
}

/**
 * When to go to the council. Awaab's Law dates are for investigating, not fixing, so with one of them the
 * title says "what the letter asks" rather than "fixed"; "at the latest" when they are latest dates.
 */
function councilAfterTitle(v: TenantView, after: string, terms: readonly LetterTerm[]): string {
  const awaabs = terms.filter((term) => term.basis.startsWith('awaabs-law'));
  if (awaabs.length === 0) return v.t('nextCouncilAfterTitle', v.council.name, longDate(after, v.t));
  const date = longDate(after, v.t);
  const latest = awaabs.some((term) => term.atLatest) ? v.t('atLatest', date) : date;
  return v.t('nextCouncilAfterAskTitle', v.council.name, latest);
}
