import type { OvercrowdingReport } from '../../../print/overcrowding-layout.ts';
import { catalogueFor } from '../messages.ts';
import { buildReport, type ReportContext } from './build.ts';

/** The report of a finished check in the page's language (`cy` or English), dated now. */
export function reportFor(context: Omit<ReportContext, 'm'>, lang: string): OvercrowdingReport {
  return buildReport({ ...context, m: catalogueFor(lang) }, lang === 'cy' ? 'cy' : 'en-GB', new Date());
}
