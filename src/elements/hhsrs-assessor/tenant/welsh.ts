/**
 * The few rules of Welsh grammar the catalogue needs where a name, a date or a list item follows a word that
 * changes its first letter (mutation). Names are only mutated where they begin with the Welsh word "Cyngor"
 * (every Welsh council's name in Welsh does); an English name such as "Anytown Council" is left as written,
 * as Welsh writers do.
 */

const VOWEL = /^[aeiouwyâêîôûŵŷáéíóú]/i;

/** "a" (and) before a word: "a chegin" (aspirate mutation of c, p, t), "ac ystafell" (before a vowel). */
export function andWelsh(word: string): string {
  if (VOWEL.test(word)) return `ac ${word}`;
  const match = /^([cpt])(?!h)/i.exec(word);
  return match ? `a ${match[1]}h${word.slice(1)}` : `a ${word}`;
}

/** "a, b a c": a list in a sentence. */
export function listWelsh(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${andWelsh(items.at(-1)!)}`;
}

/** "â" (with) before a name: "â’ch cyngor lleol", "â’r cyngor", "â Chyngor Caerdydd", "ag Anytown Council". */
export function withWelsh(name: string): string {
  if (name.startsWith('eich ')) return `â’ch ${name.slice(5)}`;
  const article = /^yr? /i.exec(name);
  if (article) return `â’r ${name.slice(article[0].length)}`;
  if (name.startsWith('Cyngor ')) return `â Chyngor ${name.slice(7)}`;
  return VOWEL.test(name) ? `ag ${name}` : `â ${name}`;
}

/** "i" (to) before a name: "i’ch cyngor lleol", "i’r Ombwdsmon Tai", "i Gyngor Caerdydd", "i Anytown Council". */
export function toWelsh(name: string): string {
  if (name.startsWith('eich ')) return `i’ch ${name.slice(5)}`;
  const article = /^yr? /i.exec(name);
  if (article) return `i’r ${name.slice(article[0].length)}`;
  if (name.startsWith('Cyngor ')) return `i Gyngor ${name.slice(7)}`;
  return `i ${name}`;
}

/** A date after "ar" or "tan", which soften "dydd": "ar ddydd Llun 7 Rhagfyr 2026". A date without a weekday is unchanged. */
export function softDate(date: string): string {
  return date.replace(/^dydd /, 'ddydd ');
}
