/**
 * Everything the check needs beyond the form: reading what was typed (with its problems in words), the
 * law (core), the findings in words, and their view. Fetched on demand once there is a household to check
 * (see overcrowding-check.ts), so the first screen downloads only the form.
 */
export { evaluate } from './evaluate.ts';
export { convertedMeasure } from './format.ts';
export { readForm } from './form/problem-text.ts';
export { catalogueFor } from './messages.ts';
export { reportFor } from './report/for-page.ts';
export { findingsView } from './results-view.ts';
