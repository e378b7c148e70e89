import type { Catalogue, Lang } from '../i18n.ts';
import { actionMessages } from './messages/action-messages.ts';
import { hazardMessages } from './messages/hazard-messages.ts';
import { mergeMessages } from './messages/merge-messages.ts';
import { propertyMessages } from './messages/property-messages.ts';
import { reportMessages } from './messages/report-messages.ts';
import { shellMessages } from './messages/shell-messages.ts';

/**
 * Every string the hazard register shows, in plain English. No Welsh text yet: with lang="cy" the English
 * shows rather than an id.
 */
export const en = { ...shellMessages, ...propertyMessages, ...hazardMessages, ...actionMessages, ...reportMessages, ...mergeMessages } satisfies Catalogue;
export type RegisterMessages = typeof en;

export const others: Partial<Record<Lang, Partial<RegisterMessages>>> = {};

/** The catalogue for a language, complete (English fills any gap). */
export function catalogueFor(lang: string): RegisterMessages {
  return lang === 'cy' ? { ...en, ...others.cy } : en;
}
