import { contentStyles } from './content.styles.ts';
import { errorSummaryStyles } from './error-summary.styles.ts';
import { formStyles } from './form.styles.ts';
import { printViewStyles } from './print-view.styles.ts';
import { tableStyles } from './table.styles.ts';
import { tokenStyles } from './tokens.styles.ts';

/** Every element starts from these, then adds its own. */
export const sharedStyles = [tokenStyles, contentStyles, tableStyles, formStyles, errorSummaryStyles, printViewStyles];
