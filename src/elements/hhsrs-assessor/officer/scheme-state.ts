import type { Scheme } from '../../../core/index.ts';
import type { AssessmentDetails } from '../../../schema/assessment.ts';

export interface ResolvedScheme {
  scheme: Scheme | undefined;
  /** Said to the officer: why there is no scheme, or what to check about the one in use. */
  message: string | undefined;
  /** The assessment names a scheme that is not loaded here: keep its record, score nothing. */
  missingRecorded?: boolean;
  /** The code and tables that choose are on their way: keep the record's scheme as it is until they arrive. */
  pending?: boolean;
}

export const NEEDS_DETAILS: ResolvedScheme = {
  scheme: undefined,
  message: 'Give the nation and the date the inspection began to see which scheme applies and to score hazards.',
};

export const CHOOSING: ResolvedScheme = { scheme: undefined, message: undefined, pending: true };

/**
 * A scheme is chosen by the page's `scheme` attribute, the one the record names, or the nation and date;
 * without any of them nothing can be scored, and no scheme tables are needed to say so.
 */
export const canChoose = (details: AssessmentDetails, explicitId: string | undefined, recordedId: string | null): boolean =>
  Boolean(explicitId || recordedId || (details.nation && details.inspectionDate));
