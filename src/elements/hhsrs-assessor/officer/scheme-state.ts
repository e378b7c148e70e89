import type { Scheme, SchemeChoice } from '../../../core/index.ts';
import type { AssessmentDetails } from '../../../schema/assessment.ts';

export interface ResolvedScheme {
  scheme: Scheme | undefined;
  /** Said to the officer: why there is no scheme, or what to check about the one in use. */
  message: string | undefined;
  /** The assessment names a scheme that is not loaded here: keep its record, score nothing. */
  missingRecorded?: boolean;
  /** The code and tables that choose are on their way: keep the record's scheme as it is until they arrive. */
  pending?: boolean;
  /** Why nothing is scored, when no scheme was chosen: the page and each hazard card say it their own way. */
  reason?: Extract<SchemeChoice, { ok: false }>['reason'];
  /** Said beside the reason: on 22 and 23 June 2026, check which scheme applies. */
  warning?: string;
}

export const NEEDS_DETAILS: ResolvedScheme = {
  scheme: undefined,
  reason: 'needs-details',
  message: 'Give the nation and the date the inspection began to see which scheme applies and to score hazards.',
};

export const CHOOSING: ResolvedScheme = { scheme: undefined, message: undefined, pending: true };

/**
 * A scheme is chosen by the page's `scheme` attribute, the one the record names, or the nation and date;
 * without any of them nothing can be scored, and no scheme tables are needed to say so.
 */
export const canChoose = (
  details: AssessmentDetails,
  explicitId: string | undefined,
  recordedId: string | null,
): boolean => Boolean(explicitId || recordedId || (details.nation && details.inspectionDate));

/**
 * An English inspection begun on or after 22 June 2026 with no 2026 pack (FACTS §7): its findings are recorded
 * without the 2005 Table 1 and Table 2 inputs, and nothing is scored until the pack is loaded.
 */
export const findingsOnly = (resolved: ResolvedScheme): boolean => resolved.reason === 'needs-2026-scheme';
