import type { Catalogue, Lang } from '../i18n.ts';
import { shellMessages } from './shell-words.ts';
import type { ScreenMessages } from './screens/words.ts';

/**
 * Every string the hazard register shows, in plain English. No Welsh text yet: with lang="cy" the English
 * shows rather than an id. The frame, the name prompt and the properties list come with the register; the
 * words of the other screens (./messages/screen-messages.ts) arrive with the first of them.
 */
export type ShellMessages = typeof shellMessages;
export type RegisterMessages = ShellMessages & ScreenMessages;

export const others: Partial<Record<Lang, Partial<RegisterMessages>>> = {};

/** The frame's catalogue for a language, complete (English fills any gap). */
export function shellCatalogueFor(lang: string): ShellMessages {
  return lang === 'cy' ? { ...shellMessages, ...others.cy } : shellMessages;
}

let en: RegisterMessages | undefined;

/** The whole catalogue for a language, complete (English fills any gap), once the screens' words have arrived. */
export function catalogueFor(lang: string, screens: ScreenMessages): RegisterMessages {
  en ??= { ...shellMessages, ...screens } satisfies Catalogue;
  return lang === 'cy' ? { ...en, ...others.cy } : en;
}
