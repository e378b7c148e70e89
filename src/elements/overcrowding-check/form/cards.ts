/**
 * Each person's and room's card, with their words: fetched as the user starts on the form, or for a saved
 * check with people or rooms (see overcrowding-check.ts), as an empty form shows none.
 */
export { cardMessages } from '../card-messages.ts';
export { personCard } from './person-card.ts';
export { roomCard } from './room-card.ts';
