import { AWAABS_LAW } from '../../../../../core/awaabs-law.ts';
import { letterTerms, TOPIC_SHAPES, type IndicativeResult, type LetterTerm } from '../../../../../core/tenant/index.ts';
import type { TenantLetter } from '../../../../../print/letter-layout.ts';
import type { TenantDraft } from '../../../../../schema/tenant.ts';
import { answersFor, awarenessOf, landlordCase } from '../../flow.ts';
import { tenantMessages } from '../../messages.ts';
import { sentDate } from '../../sent.ts';
import type { ScreenState } from '../../state.ts';
import { answerText, dueDate, longDate, type TenantView } from '../../view.ts';
import type { LetterActions } from './letter.ts';
import { letterActionsOf } from './letter-actions.ts';

/** The letter's date: the day it was sent, once the tenant has said, so a copy made later reads the same. */
function letterDate(draft: TenantDraft, today: string): string {
  const sent = sentDate(draft.sent);
  return draft.sent?.how && sent && sent <= today ? sent : today;
}

/** The letter in the language chosen for it, dated the day it was sent (or today, until it has been), with its actions. */
export function letterFor(state: ScreenState, v: TenantView): LetterActions {
  const draft = v.draft;
  const date = letterDate(draft, v.today);
  const found = landlordCase(draft, date);
  const lang = draft.letterLang ?? v.lang;
  const words = { ...v, t: tenantMessages(lang, state.welsh), lang, today: date };
  const letter = buildLetter(words, found.results, letterTerms({ ...found, today: date }));
  const actions = letterActionsOf(state.host, state.visit);
  return {
    letter,
    status: actions.status,
    fallbackText: actions.fallbackText,
    busy: actions.busy,
    print: () => actions.print(),
    pdf: () => void actions.pdf(letter, v.t, state.pdf),
    copy: () => void actions.copy(letter, v.t),
  };
}

/**
 * The tenant's letter, worded from the answers, the details typed and the letter terms. `v.t` and `v.lang` are
 * the letter's language (which the tenant may choose apart from the page's); `v.today` is the letter's date.
 */
export function buildLetter(
  v: TenantView,
  results: readonly IndicativeResult[],
  terms: readonly LetterTerm[],
): TenantLetter {
  const { t, draft } = v;
  const details = draft.letter;
  const addressLines = details.address
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const landlord = details.landlordName.trim();
  const date = longDate(v.today, t);
  const people = (draft.household ?? []).filter((group) => group !== 'none').map((group) => t(`letterGroup.${group}`));
  const opening = [
    t('letterOpening'),
    draft.told ? t(`letterTold.${draft.told}`) : '',
    firstToldOn(v),
    people.length ? t('letterHousehold', t('list', people)) : '',
  ].filter(Boolean);
  const problems = results.map((result, index) => {
    const topic = result.topic;
    const answers = answersFor(draft, topic);
    const term = terms[index];
    const rows: [string, string][] = [[t('letterRowWhat'), sentences(answerText(v, topic, 'kinds'))]];
    if (answers.severity) rows.push([t('letterRowHowBad'), answerText(v, topic, 'severity').join('')]);
    rows.push([
      t('letterRowWhere'),
      TOPIC_SHAPES[topic].rooms ? phrase(answerText(v, topic, 'rooms'), t) : t('letterWholeHome'),
    ]);
    if (answers.since) rows.push([t('letterRowSince'), answerText(v, topic, 'since').join('')]);
    rows.push([t('letterRowAsk'), t(`letterAsk.${topic}`)]);
    if (term) rows.push([t('letterRowByWhen'), byWhen(v, term)]);
    return { heading: t('letterProblem', index + 1, t(`topic.${topic}`)), rows };
  });
  return {
    lang: v.lang === 'cy' ? 'cy' : 'en-GB',
    subject: t('letterSubject', addressLines[0] ?? ''),
    sender: [details.name.trim(), ...addressLines, details.contact.trim()].filter(Boolean),
    date,
    recipient: t('letterTo', landlord),
    greeting: t('letterDear', landlord),
    opening,
    problems,
    closing: [
      t('letterReply'),
      v.photos.items.length ? t('letterPhotos', v.photos.items.length) : '',
      ifNotPutRight(v),
      details.extra.trim() ? t('letterExtra', details.extra.trim()) : '',
    ].filter(Boolean),
    signOff: t(landlord ? 'letterSignOffNamed' : 'letterSignOffUnnamed'),
    signature: details.name.trim(),
    footer: t('letterFooter', date),
  };
}

function byWhen(v: TenantView, term: LetterTerm): string {
  const { t } = v;
  const date = term.due ? dueDate(v, term.due, term.atLatest) : '';
  const s = AWAABS_LAW.timescales;
  switch (term.basis) {
    case 'awaabs-law-emergency':
      return t('letterBy.awaabs-law-emergency', term.amount);
    case 'awaabs-law-significant':
      return t(
        'letterBy.awaabs-law-significant',
        term.amount,
        date,
        s['significant-written-summary'].amount,
        s['significant-make-safe'].amount,
      );
    case 'urgent':
      return t('letterBy.urgent', term.amount);
    case 'reasonable-time':
      return t('letterBy.reasonable-time', term.amount, date);
  }
}

/** What the tenant will do next: social tenants complain then go to the ombudsman; others go to the council. */
function ifNotPutRight(v: TenantView): string {
  const { t, draft } = v;
  if (draft.landlord === 'council' || draft.landlord === 'housing-association') {
    const ombudsman = draft.nation === 'wales' ? 'public-services-ombudsman-for-wales' : 'housing-ombudsman';
    return t('letterIfNotOmbudsman', t(`ombudsmanName.${ombudsman}`));
  }
  return t('letterIfNotCouncil', v.council.named ? v.council.name : t('letterCouncilFallback'));
}

/** Option labels as sentences: "Black mould on walls. Damp patches." */
function sentences(labels: readonly string[]): string {
  return labels.map((label) => (/[.!?]$/.test(label) ? label : `${label}.`)).join(' ');
}

/** Option labels as one phrase: "Bedroom, kitchen and bathroom or toilet" ("Ystafell wely, cegin ac ystafell ymolchi"). */
function phrase(labels: readonly string[], t: TenantView['t']): string {
  return t(
    'list',
    labels.map((label, i) => (i === 0 ? label : label.charAt(0).toLocaleLowerCase() + label.slice(1))),
  );
}

/** The day the landlord was first told, when the tenant knows it and it is before the letter; else nothing. */
function firstToldOn(v: TenantView): string {
  const told = v.draft.firstTold;
  const date = told && !told.unknown ? sentDate(told) : null;
  if (!date || !awarenessOf(v.draft, v.today)) return '';
  return v.t('letterFirstTold', longDate(date, v.t));
}
