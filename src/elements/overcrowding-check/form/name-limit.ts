import { OVERCROWDING_LIMITS } from '../../../schema/overcrowding-values.ts';
import type { CountWords } from '../../ui/character-count.ts';
import type { CardMessages } from '../card-messages.ts';

/** The character count of a person's or room's name, in the cards' words. */
export function nameLimit(m: CardMessages): { length: number; words: CountWords } {
  const words = { remaining: m.charactersRemaining, tooMany: m.charactersTooMany };
  return { length: OVERCROWDING_LIMITS.name, words };
}
