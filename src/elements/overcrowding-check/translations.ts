import type { Lang } from '../i18n.ts';
import type { OvercrowdingMessages } from './messages.ts';

/**
 * The overcrowding check's words in other languages, as far as they are translated (none yet). Kept apart
 * from the English catalogues so the form's words can load without the results' words, each completed from
 * the same translations.
 */
export const others: Partial<Record<Lang, Partial<OvercrowdingMessages>>> = {};

/** `english` in `lang`, complete (English fills any gap). */
export function inLanguage<C extends object>(english: C, lang: string): C {
  return lang === 'cy' ? { ...english, ...others.cy } : english;
}
