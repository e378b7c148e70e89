import { longDate } from '../../../messages.ts';
import type { Finding, OvercrowdingReport } from '../../../../../print/overcrowding-layout.ts';
import type { ReportContext } from './context.ts';
import { hmoFinding } from './hmo.ts';
import { bedroomFinding, inputTables } from './others.ts';
import { spaceFinding } from './space.ts';
import { roomFinding, verdictFinding } from './standards.ts';

export type { ReportContext } from './context.ts';

/** Which home the check is about: the address (or that none was given) and the reference if there is one. */
function homeRows({ draft, m }: ReportContext): [string, string][] {
  const address = draft.home?.address.trim() ?? '';
  const reference = draft.home?.reference.trim() ?? '';
  const rows: [string, string][] = [[m.homeAddress, address || m.addressNotGiven]];
  if (reference) rows.push([m.homeReference, reference]);
  return rows;
}

/** The whole report, worded in the context's language; `printed` is the date for the footer. */
export function buildReport(context: ReportContext, lang: string, printed: Date): OvercrowdingReport {
  const { m } = context;
  const hmo = hmoFinding(context);
  const findings: Finding[] = [
    verdictFinding(context),
    roomFinding(context),
    spaceFinding(context),
    bedroomFinding(context),
  ];
  if (hmo) findings.push(hmo);
  return {
    title: m.pdfTitle,
    lang,
    intro: [m.pdfIntro, m.hazardNote],
    home: homeRows(context),
    inputs: { heading: m.printInputsHeading, tables: inputTables(context) },
    findings,
    footer: m.footer(longDate(printed, m)),
  };
}
