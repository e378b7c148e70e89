import type { TenantDraft } from '../../../schema/tenant.ts';
import type { OnDemand } from '../../controllers/on-demand.ts';
import { translator } from '../../i18n.ts';
import type { TenantMessages } from './messages.ts';
import { startMessages, tenantLang, type StartTranslate } from './messages.start.ts';

/** The Welsh catalogue, fetched for a page or a letter in Welsh. */
export type WelshPart = OnDemand<typeof import('./messages.cy.ts')>;

/** A page or a letter in Welsh waits for the Welsh words: nothing is shown in English to a tenant reading Welsh. */
export function needsWelsh(lang: string, draft: TenantDraft | undefined): boolean {
  return tenantLang(lang) === 'cy' || draft?.letterLang === 'cy';
}

/** The Welsh words once fetched: when needed, and ahead on the letter page for a home in Wales, which offers a Welsh letter. */
export function welshWords(welsh: WelshPart, lang: string, draft: TenantDraft | undefined): TenantMessages | undefined {
  const offered = draft?.nation === 'wales' && draft.page === 'letter';
  return needsWelsh(lang, draft) || offered ? welsh.get()?.cy : welsh.module?.cy;
}

/** The first screen's words in the page's language (English while the Welsh is on its way). */
export function startWords(welsh: WelshPart, lang: string): StartTranslate {
  const cy = welsh.module?.cy;
  return translator(startMessages, cy ? { cy } : {}, tenantLang(lang));
}
