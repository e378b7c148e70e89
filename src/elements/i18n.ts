/**
 * Message catalogues: every user-facing string of an element lives in its `messages.ts`, keyed by id, with
 * English complete and other languages (Welsh) filling in what they have; a missing translation falls back
 * to English rather than showing an id.
 */
export type Lang = 'en' | 'cy';
export type Message = string | ((...args: never[]) => string);
export type Catalogue = Record<string, Message>;

export type Translate<C extends Catalogue> = <K extends keyof C>(
  key: K,
  ...args: C[K] extends (...a: infer A) => string ? A : []
) => string;

export function translator<C extends Catalogue>(
  english: C,
  others: Partial<Record<Lang, Partial<C>>>,
  lang: string,
): Translate<C> {
  const chosen: Partial<C> = (lang === 'cy' ? others.cy : undefined) ?? {};
  return (key, ...args) => {
    const message = (chosen[key] ?? english[key]) as Message;
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : message;
  };
}

export function toLang(value: string | null | undefined): Lang {
  return value === 'cy' ? 'cy' : 'en';
}
