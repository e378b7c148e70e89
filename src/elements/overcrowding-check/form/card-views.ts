import { cardMessages } from '../card-messages.ts';
import type { FormMessages } from '../form-messages.ts';
import { inLanguage } from '../translations.ts';
import type { CardViews } from './form-context.ts';
import { personCard } from './person-card.ts';
import { roomCard } from './room-card.ts';

/** Each person's and room's card, with the form's words and the cards' own in `lang`. */
export function cardViews(m: FormMessages, lang: string): CardViews {
  return { m: { ...m, ...inLanguage(cardMessages, lang) }, person: personCard, room: roomCard };
}
