import type { TemplateResult } from 'lit';
import type { CardContext, CardViews, FormContext } from './form-context.ts';

/** The cards once their code has arrived, with the cards' words in their context; until then, the placeholder. */
export function cardsOrPlaceholder(context: FormContext, view: (cards: CardViews, context: CardContext) => TemplateResult[]): TemplateResult | TemplateResult[] {
  return context.cards ? view(context.cards, { ...context, m: context.cards.m }) : context.cardsPlaceholder();
}
