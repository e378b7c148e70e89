import { html, type LitElement, type TemplateResult } from 'lit';
import { followUp, indicativeResult, letterTerms, nextSteps, type FollowUp, type IndicativeResult, type TopicId } from '../../../core/tenant/index.ts';
import type { TenantDraft } from '../../../schema/tenant.ts';
import { freshTopicAnswers } from '../../../schema/tenant-values.ts';
import { errorSummary } from '../../ui/error-summary.ts';
import { answersFor, chosenTopics, pageErrors, type PageError, type PageId } from './flow.ts';
import { LetterActions } from './letter-actions.ts';
import { buildLetter } from './letter-model.ts';
import { tenantLang, tenantMessages, type TenantMessages } from './messages.ts';
import { continueFrom, type Moves } from './moves.ts';
import type { TenantPhotos } from './photos.ts';
import { sentDate } from './sent.ts';
import type { CouncilDetails, TenantView } from './view-context.ts';
import { renderPage } from './views/pages.ts';

/**
 * Every page after the start page: the questions, results, next steps, letter and follow-up, with the rules
 * that order them. Fetched when the tenant presses "Start now", or comes back to a check past the start, so
 * that the first screen downloads only itself.
 */

export { resumePage } from './flow.ts';
export { goBack } from './moves.ts';

/** What the element's journey holds that a page reads, and the ways a page changes it. */
export interface Journey extends Moves {
  readonly host: LitElement;
  readonly errors: readonly PageError[];
  readonly photos: TenantPhotos;
  /** Made by the first page drawn, and kept while the element lives. */
  letterActions: LetterActions | undefined;
  save(patch: Partial<TenantDraft>): void;
}

/** The page `page` of the check `draft`, with the error summary above it when Continue found something missing. */
export function journeyPage(journey: Journey, page: Exclude<PageId, 'start'>, draft: TenantDraft, welsh: TenantMessages | undefined, council: CouncilDetails): TemplateResult {
  const { host } = journey;
  journey.letterActions ??= new LetterActions(host);
  return drawPage({
    draft,
    page,
    today: journey.today(),
    lang: host.lang,
    welsh,
    errors: journey.errors,
    council,
    photos: journey.photos,
    letterActions: journey.letterActions,
    root: host.renderRoot as ShadowRoot,
    save: (patch) => journey.save(patch),
    go: (target, patch) => journey.go(target, patch),
    next: () => continueFrom(journey),
  });
}

/** What a page reads, and the ways it changes the check. */
interface JourneyState {
  draft: TenantDraft;
  page: Exclude<PageId, 'start'>;
  /** YYYY-MM-DD: letters are dated, and deadlines counted, from here. */
  today: string;
  /** The page's `lang` attribute. */
  lang: string;
  /** The Welsh catalogue, once fetched for a page in Welsh. */
  welsh: TenantMessages | undefined;
  errors: readonly PageError[];
  council: CouncilDetails;
  photos: TenantPhotos;
  letterActions: LetterActions;
  root: ShadowRoot;
  save(patch: Partial<TenantDraft>): void;
  go(page: PageId, patch?: Partial<TenantDraft>): void;
  next(): void;
}

function drawPage(state: JourneyState): TemplateResult {
  const v = pageView(state);
  const errors = state.errors.map((error) => ({ fieldId: error.fieldId, message: v.t(error.message) }));
  return html`${errorSummary(v.t('errorSummaryTitle'), errors, state.root)} ${renderPage(v, state.page, () => letterFor(state, v))}`;
}

function pageView(state: JourneyState): TenantView {
  const t = tenantMessages(state.lang, state.welsh);
  const { draft, today, photos } = state;
  const route = { nation: draft.nation ?? 'england', landlord: draft.landlord ?? 'not-sure', today } as const;
  return {
    t,
    draft,
    page: state.page,
    errors: new Map(state.errors.map((error) => [error.fieldId, t(error.message)])),
    council: state.council,
    today,
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
    results: () => results(draft),
    steps: () => nextSteps({ ...route, told: draft.told ?? 'no', results: results(draft) }),
    followUp: () => followUpOf(draft, today),
    change: (patch) => state.save(patch),
    changeTopic: (topic: TopicId, patch) =>
      state.save({ answers: { ...draft.answers, [topic]: { ...(draft.answers[topic] ?? freshTopicAnswers()), ...patch } } }),
    changeLetter: (patch) => state.save({ letter: { ...draft.letter, ...patch } }),
    next: () => state.next(),
    changeAnswer: (target) => state.go(target, { returnTo: 'check' }),
    go: (target) => state.go(target),
  };
}

/** An indicative result for each chosen problem the tenant has said what it is. */
function results(draft: TenantDraft): IndicativeResult[] {
  return chosenTopics(draft)
    .filter((topic) => pageErrors(`topic:${topic}:kinds`, draft).length === 0)
    .map((topic) => indicativeResult(topic, answersFor(draft, topic), draft.household ?? []));
}

function followUpOf(draft: TenantDraft, today: string): FollowUp | undefined {
  const sentOn = sentDate(draft.sent);
  if (!draft.sent?.how || !sentOn || sentOn > today || (draft.nation !== 'england' && draft.nation !== 'wales')) return undefined;
  return followUp({ nation: draft.nation, landlord: draft.landlord ?? 'not-sure', results: results(draft), sentOn, today });
}

/** The letter's date: the day it was sent, once the tenant has said, so a copy made later reads the same. */
function letterDate(draft: TenantDraft, today: string): string {
  const sent = sentDate(draft.sent);
  return draft.sent?.how && sent && sent <= today ? sent : today;
}

/** The letter in the language chosen for it, dated the day it was sent (or today, until it has been). */
function letterFor(state: JourneyState, v: TenantView) {
  const draft = v.draft;
  const found = results(draft);
  const lang = draft.letterLang ?? v.lang;
  const date = letterDate(draft, v.today);
  const words = { ...v, t: tenantMessages(lang, state.welsh), lang, today: date };
  const letter = buildLetter(words, found, letterTerms({ nation: draft.nation ?? 'england', landlord: draft.landlord ?? 'not-sure', results: found, today: date }));
  const actions = state.letterActions;
  return {
    letter,
    status: actions.status,
    fallbackText: actions.fallbackText,
    busy: actions.busy,
    print: () => actions.print(),
    pdf: () => void actions.pdf(letter, v.t),
    copy: () => void actions.copy(letter, v.t),
  };
}
