/**
 * Each person's and room's card, with their words: fetched as the user starts on the form, or for a saved
 * check with people or rooms (see overcrowding-check.ts), as an empty form shows none.
 */
export { cardViews } from './card-views.ts';
