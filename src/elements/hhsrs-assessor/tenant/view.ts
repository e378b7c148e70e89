import { html, nothing, type TemplateResult } from 'lit';
import type { AwarenessStart } from '../../../core/awaabs-law-awareness.ts';
import {
  GAS_EMERGENCY_NUMBERS,
  problemsFor,
  type EmergencyId,
  type NextStep,
  type QuestionId,
  type TenantNation,
  type TopicId,
} from '../../../core/tenant/index.ts';
import type { TenantDraft, TenantLetterDetails, TenantTopicAnswers } from '../../../schema/tenant.ts';
import { freshTopicAnswers } from '../../../schema/tenant-values.ts';
import { errorSummary } from '../../ui/error-summary.ts';
import { answersFor } from './flow.ts';
import { tenantLang, tenantMessages, type TenantKey, type TenantLang, type TenantTranslate } from './messages.ts';
import type { TenantPhoto } from './photos.ts';
import type { CouncilDetails, LaterPage, PageId, ScreenState } from './state.ts';
import { paragraphs } from './text.ts';

/**
 * What every page past the start reads, and the only ways a page changes anything: pages are functions of
 * this. With it, the page parts more than one screen shows.
 */

/** The optional photos, as the letter-details page shows them. */
export interface PhotosView {
  items: readonly TenantPhoto[];
  problems: readonly string[];
  busy: boolean;
  add(files: File[]): void;
  remove(id: string): void;
}

export interface TenantView {
  t: TenantTranslate;
  draft: TenantDraft;
  page: LaterPage;
  /** Inline error messages by field id (the error summary is drawn above the page). */
  errors: ReadonlyMap<string, string>;
  council: CouncilDetails;
  /** YYYY-MM-DD, from this device's clock unless the page set it. */
  today: string;
  /** The language the pages are in (the `lang` attribute, understood as Welsh or English). */
  lang: TenantLang;
  photos: PhotosView;
  change(patch: Partial<TenantDraft>): void;
  changeTopic(topic: TopicId, patch: Partial<TenantTopicAnswers>): void;
  changeLetter(patch: Partial<TenantLetterDetails>): void;
  /** Validates the page and moves on, or shows what is missing. */
  next(): void;
  /** Goes to a page to change an answer, then back to "Check your answers". */
  changeAnswer(page: PageId): void;
  go(page: PageId): void;
}

/** The page a screen draws, with the error summary above it when Continue found something missing. */
export function drawPage(state: ScreenState, page: (v: TenantView) => TemplateResult): TemplateResult {
  const v = tenantView(state);
  const errors = state.errors.map((error) => ({ fieldId: error.fieldId, message: v.t(error.message) }));
  return html`${errorSummary(v.t('errorSummaryTitle'), errors, state.root)} ${page(v)}`;
}

function tenantView(state: ScreenState): TenantView {
  const t = tenantMessages(state.lang, state.welsh);
  const { draft, photos } = state;
  return {
    t,
    draft,
    page: state.page,
    errors: new Map(state.errors.map((error) => [error.fieldId, t(error.message)])),
    council: state.council,
    today: state.today,
    lang: tenantLang(state.lang),
    photos: {
      items: photos.photos,
      problems: photos.problems,
      busy: photos.busy,
      add: (files) =>
        void photos.add(files, {
          tooMany: (max) => t('photosTooMany', max),
          refused: (name, detail) => t('photoRefused', name, detail),
          unavailable: t('photosUnavailable'),
        }),
      remove: (id) => void photos.remove(id),
    },
    change: (patch) => state.save(patch),
    changeTopic: (topic, patch) =>
      state.save({
        answers: { ...draft.answers, [topic]: { ...(draft.answers[topic] ?? freshTopicAnswers()), ...patch } },
      }),
    changeLetter: (patch) => state.save({ letter: { ...draft.letter, ...patch } }),
    next: () => state.next(),
    changeAnswer: (target) => state.go(target, { returnTo: 'check' }),
    go: (target) => state.go(target),
  };
}

/**
 * Formats YYYY-MM-DD as "7 December 2026" ("7 Rhagfyr 2026"), or GOV.UK style with the day of the week,
 * "Monday 7 December 2026" ("dydd Llun 7 Rhagfyr 2026"). Month and day names come from the catalogue, so every
 * language has them whatever the browser's Intl data holds.
 */
export function longDate(isoDate: string, t: TenantTranslate, weekday = false): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const text = `${day} ${t('month', month!)} ${year}`;
  return weekday ? `${t('weekday', new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay())} ${text}` : text;
}

/** A deadline's date with its weekday, "at the latest" when the day the landlord first knew is not known exactly. */
export function dueDate(v: Pick<TenantView, 't'>, iso: string, atLatest: boolean): string {
  const date = longDate(iso, v.t, true);
  return atLatest ? v.t('atLatest', date) : date;
}

/** Why Awaab's Law dates count from the day they do, when the landlord knew before the letter. */
export function awarenessNote(v: Pick<TenantView, 't'>, awareness: AwarenessStart | undefined): string | undefined {
  if (!awareness || awareness.basis === 'not-told') return undefined;
  return v.t(`awareBasis.${awareness.basis}`, longDate(awareness.startOn, v.t, true));
}

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
  return v.lang === 'en'
    ? html`${before}${english}${after}`
    : html`${before}<span lang="en-GB">${english}</span>${after}`;
}

/** An emergency's heading: the emergency page's, and "Get help now" on the next steps. */
export function emergencyTitle(v: TenantView, emergency: EmergencyId): string {
  const phone = GAS_EMERGENCY_NUMBERS[(v.draft.nation ?? 'england') as TenantNation];
  return emergency === 'gas' ? v.t('emergencyTitle.gas', phone) : v.t(`emergencyTitle.${emergency}` as TenantKey);
}

export function emergencyBody(v: TenantView, step: Extract<NextStep, { kind: 'emergency' }>): TemplateResult {
  const { t } = v;
  const text =
    step.emergency === 'gas' || step.emergency === 'carbon-monoxide'
      ? t(`emergency.${step.emergency}`, step.phone ?? '')
      : t(`emergency.${step.emergency}` as TenantKey);
  return html`${paragraphs(text)} ${step.phone === null ? html`<p>${t('emergencyLandlordNumber')}</p>` : nothing}`;
}

/** An answer in words, as the tenant chose it: on "Check your answers" and in the letter. */
export function answerText(v: TenantView, topic: TopicId, question: QuestionId): string[] {
  const { t } = v;
  const answers = answersFor(v.draft, topic);
  switch (question) {
    case 'kinds':
      return problemsFor(topic)
        .filter((problem) => answers.kinds.includes(problem.id))
        .map((problem) => t(`kind.${problem.id}` as TenantKey));
    case 'severity':
      return answers.severity ? [t(`severity.${topic}.${answers.severity}` as TenantKey)] : [];
    case 'cold-now':
      return answers.coldNow ? [t(answers.coldNow)] : [];
    case 'since':
      return answers.since ? [t(`since.${answers.since}`)] : [];
    case 'rooms':
      return answers.rooms.map((room) => t(`room.${room}`));
  }
}
