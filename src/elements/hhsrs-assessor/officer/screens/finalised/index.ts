/**
 * The part of the officer's view for checking, finalising and after: what is missing, the name form, the
 * finalised record with its fingerprint and revisions, and the statement of reasons. Fetched when the officer
 * first checks or asks to finalise, or opens a finalised assessment, so a new assessment's first screen does not
 * carry it.
 */
export { FinaliseController, finaliseErrors } from './finalise-controller.ts';
export { finaliseText } from './messages.ts';
export { finaliseForm } from './finalise-view.ts';
export { finalisedView } from './finalised-page.ts';
export { finalisingStyles as finalisedStyles } from './finalised.styles.ts';
export { StatementController } from './statement-controller.ts';
export { checkText, validateAssessment } from './validate.ts';
