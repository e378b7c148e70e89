import type { Catalogue, Lang } from '../i18n.ts';
import { formMessages } from './form-messages.ts';
import { resultMessages } from './result-messages.ts';

/**
 * Every string the overcrowding check shows or prints, in plain English. The form's words are in
 * form-messages.ts and the results' in result-messages.ts; this is the one catalogue the element uses.
 * No Welsh text yet: with lang="cy" the English shows rather than an id.
 */
export const en = { ...formMessages, ...resultMessages } satisfies Catalogue;
export type OvercrowdingMessages = typeof en;

export const others: Partial<Record<Lang, Partial<OvercrowdingMessages>>> = {};

/** The catalogue for a language, complete (English fills any gap). */
export function catalogueFor(lang: string): OvercrowdingMessages {
  return lang === 'cy' ? { ...en, ...others.cy } : en;
}
