import type { Catalogue } from '../i18n.ts';
import { cardMessages } from './card-messages.ts';
import { formMessages } from './form-messages.ts';
import { problemMessages } from './problem-messages.ts';
import { resultMessages } from './result-messages.ts';
import { inLanguage } from './translations.ts';

export { others } from './translations.ts';

/**
 * Every string the overcrowding check shows or prints, in plain English: the form's words (form-messages.ts,
 * on the first screen), the words of each person's and room's card (card-messages.ts, fetched with the
 * cards), and the words for problems in what was typed (problem-messages.ts) and for the results
 * (result-messages.ts), which are fetched with the rest of the check. No Welsh text yet: with lang="cy" the
 * English shows rather than an id.
 */
export const en = { ...formMessages, ...cardMessages, ...problemMessages, ...resultMessages } satisfies Catalogue;
export type OvercrowdingMessages = typeof en;

/** The catalogue for a language, complete (English fills any gap). */
export function catalogueFor(lang: string): OvercrowdingMessages {
  return inLanguage(en, lang);
}
