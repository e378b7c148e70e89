import type { FollowUp, IndicativeResult, NextStep } from '../../../core/tenant/index.ts';
import type { TenantDraft, TenantLetterDetails, TenantTopicAnswers } from '../../../schema/tenant.ts';
import type { TopicId } from '../../../core/tenant/index.ts';
import type { PageId } from './page-ids.ts';
import type { TenantTranslate } from './messages.ts';
import type { StartTranslate, TenantLang } from './messages.start.ts';
import type { TenantPhoto } from './photos.ts';

/** The optional photos, as the letter-details page shows them. */
export interface PhotosView {
  items: readonly TenantPhoto[];
  problems: readonly string[];
  busy: boolean;
  add(files: File[]): void;
  remove(id: string): void;
}

/** The council's details, as set by the embedding page. */
export interface CouncilDetails {
  /** Always set: the council's name, or "your local council". */
  name: string;
  named: boolean;
  phone: string | undefined;
  url: string | undefined;
  hours: string | undefined;
}

/** The council's details from the element's attributes; `fallback` names it when the page did not ("your local council"). */
export function councilDetails(
  attributes: { councilName?: string | undefined; councilPhone?: string | undefined; councilUrl?: string | undefined; councilHours?: string | undefined },
  fallback: string,
): CouncilDetails {
  return {
    name: attributes.councilName?.trim() || fallback,
    named: Boolean(attributes.councilName?.trim()),
    phone: attributes.councilPhone?.trim() || undefined,
    url: webAddress(attributes.councilUrl),
    hours: attributes.councilHours?.trim() || undefined,
  };
}

/** The council's web address if it is an http(s) one; anything else (javascript:, data:) is not linked. */
function webAddress(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url?.trim() ?? '', document.baseURI);
    return url?.trim() && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** What the start page and the delete pages read: the first screen's words, before the rest have arrived. */
export interface StartView {
  t: StartTranslate;
  council: CouncilDetails;
  /** "Start now": on to the first question. */
  start(): void;
  /** The tenant is reaching for "Start now": fetch the questions' code now, so the first question is not kept waiting. */
  prepare(): void;
}

/** What every view past the start page reads, and the only ways a view changes anything. Views are functions of this. */
export interface TenantView {
  t: TenantTranslate;
  draft: TenantDraft;
  page: PageId;
  /** Inline error messages by field id (the error summary is drawn by the element). */
  errors: ReadonlyMap<string, string>;
  council: CouncilDetails;
  /** YYYY-MM-DD, from this device's clock unless the page set it. */
  today: string;
  /** The language the pages are in (the `lang` attribute, understood as Welsh or English). */
  lang: TenantLang;
  photos: PhotosView;
  results: () => IndicativeResult[];
  steps: () => NextStep[];
  /** Where the tenant stands after sending the letter; undefined until a real sent date is given. */
  followUp: () => FollowUp | undefined;
  change(patch: Partial<TenantDraft>): void;
  changeTopic(topic: TopicId, patch: Partial<TenantTopicAnswers>): void;
  changeLetter(patch: Partial<TenantLetterDetails>): void;
  /** Validates the page and moves on, or shows what is missing. */
  next(): void;
  /** Goes to a page to change an answer, then back to "Check your answers". */
  changeAnswer(page: PageId): void;
  go(page: PageId): void;
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

/** The tenant's local calendar date, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
