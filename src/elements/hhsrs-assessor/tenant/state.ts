import type { QuestionId, TopicId } from '../../../core/tenant/index.ts';
import type { PrintDocument } from '../../../print/document.ts';
import type { TenantDraft } from '../../../schema/tenant.ts';
import type { TenantKey, TenantMessages } from './messages.ts';
import type { TenantPhotos } from './photos.ts';

/**
 * The typed state the shell and its screens share. The order of pages, worked out from the answers so far
 * (GOV.UK "one thing per page"), is flow.ts's; these are their names. A topic page is `topic:<topic>:<question>`;
 * an emergency page `emergency:<topic>` comes straight after the answer that raised it, so the tenant is told
 * what to do before anything else.
 */
export type FixedPage =
  | 'start'
  | 'nation'
  | 'outside'
  | 'landlord'
  | 'household'
  | 'problems'
  | 'told'
  | 'told-when'
  | 'check'
  | 'results'
  | 'next-steps'
  | 'letter-details'
  | 'letter'
  | 'sent-how'
  | 'sent-on'
  | 'follow-up';
export type PageId = FixedPage | `topic:${TopicId}:${QuestionId}` | `emergency:${TopicId}`;
/** Every page but the start page: each belongs to a screen fetched when first shown. */
export type LaterPage = Exclude<PageId, 'start'>;

/** Where "Start now" goes: every check begins by asking where the home is. */
export const FIRST_QUESTION = 'nation' satisfies LaterPage;

export interface PageError {
  /** The id of the control the error summary links to: the field, or the first option of a group. */
  fieldId: string;
  message: TenantKey;
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
  attributes: {
    councilName?: string | undefined;
    councilPhone?: string | undefined;
    councilUrl?: string | undefined;
    councilHours?: string | undefined;
  },
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

/** The tenant's local calendar date, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The PDF maker (jsPDF) and the download helper, fetched when the tenant first asks for a PDF. */
export interface PdfCode {
  renderPdf(layout: PrintDocument): Promise<Blob>;
  downloadBlob(blob: Blob, fileName: string): void;
}

/** Code fetched on first use, as the shell's `OnDemand` holds it: undefined when it could not be fetched. */
export interface Later<M> {
  fetch(): Promise<M | undefined>;
}

/** What the shell hands a screen fetched later: the check, where it is, and the only ways a screen changes it. */
export interface ScreenState {
  host: HTMLElement & { requestUpdate(): void };
  draft: TenantDraft;
  page: LaterPage;
  /** YYYY-MM-DD: letters are dated, and deadlines counted, from here. */
  today: string;
  /** The page's `lang` attribute. */
  lang: string;
  /** The Welsh catalogue, once fetched for a page or a letter in Welsh. */
  welsh: TenantMessages | undefined;
  errors: readonly PageError[];
  council: CouncilDetails;
  photos: TenantPhotos;
  pdf: Later<PdfCode>;
  /** Counts arrivals on a page: what a page said about its last action ("Copied") is not said on the next visit. */
  visit: number;
  /** Where the error summary's links find their fields. */
  root: ShadowRoot;
  save(patch: Partial<TenantDraft>): void;
  go(page: PageId, patch?: Partial<TenantDraft>): void;
  /** Continue: validates the page and moves on, or shows what is missing. */
  next(): void;
}
