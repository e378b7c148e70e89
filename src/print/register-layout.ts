import type { ComplianceReport } from '../core/register/index.ts';
import type { PrintBlock, PrintDocument } from './document.ts';

/**
 * The quarterly compliance report as a printable document: scope and date, the policy it was measured
 * against, the five checklist items with their counts, every failing property with the reasons, the
 * property compliance summary, and the audit trail it rests on.
 */
export interface RegisterReportLayoutInput {
  report: ComplianceReport;
  /** 'Whole portfolio' or the housing scheme's name. */
  scope: string;
  /** Property id → a line naming it, e.g. 'P-104, 4 Mill Lane, LS6 2AB'. */
  propertyNames: ReadonlyMap<string, string>;
  /** Housing scheme id → name, for the summary table. */
  schemeNames: ReadonlyMap<string, string>;
  audit: { count: number; latest: readonly { at: string; who: string; change: string; summary: string }[] };
  preparedBy: string;
  /** When the report was produced, as an ISO instant. */
  generatedAt: string;
}

function when(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}

export function registerReportLayout(input: RegisterReportLayoutInput): PrintDocument {
  const { report } = input;
  const name = (id: string, reference: string) => input.propertyNames.get(id) ?? reference;
  const blocks: PrintBlock[] = [
    {
      kind: 'keyValue',
      rows: [
        ['Covering', input.scope],
        ['Report date', report.asOf],
        ['Reporting period', `${report.periodStart} to ${report.asOf}`],
        ['Properties', String(report.propertyCount)],
        ['Prepared by', input.preparedBy],
        ['Produced', when(input.generatedAt)],
      ],
    },
    { kind: 'heading', level: 2, text: 'Policy settings used' },
    { kind: 'list', items: report.policyLines },
    { kind: 'heading', level: 2, text: 'Checklist' },
    {
      kind: 'table',
      head: ['Item', 'Pass', 'Fail', 'Not applicable'],
      rows: report.items.map((item) => [
        `${item.number}. ${item.title}`,
        String(item.pass),
        String(item.fail),
        String(item.notApplicable),
      ]),
      widths: [4, 1, 1, 1.4],
    },
  ];
  for (const item of report.items.slice(0, 4)) {
    blocks.push({ kind: 'heading', level: 2, text: `${item.number}. ${item.title}` });
    blocks.push({ kind: 'paragraph', text: item.definition, emphasis: 'small' });
    blocks.push({
      kind: 'paragraph',
      text: `${item.pass} pass, ${item.fail} fail, ${item.notApplicable} not applicable.`,
    });
    if (item.failing.length === 0) continue;
    blocks.push({
      kind: 'table',
      head: ['Property', 'Why it fails'],
      rows: item.failing.map((row) => [
        name(row.propertyId, row.reference),
        row.findings.map((finding) => finding.text).join('\n'),
      ]),
      widths: [1.2, 3],
    });
  }
  const summary = report.items[4];
  if (summary) {
    blocks.push({ kind: 'heading', level: 2, text: `5. ${summary.title}` });
    blocks.push({
      kind: 'paragraph',
      text: `${summary.definition} ${summary.pass} of ${report.propertyCount} properties are compliant.`,
    });
    blocks.push({
      kind: 'table',
      head: ['Property', 'Inspected', 'Next due', 'Open Cat 1 / Cat 2', 'Overdue actions', 'Fails items', 'Compliant'],
      rows: report.properties.map((row) => {
        const scheme = row.housingSchemeId === null ? undefined : input.schemeNames.get(row.housingSchemeId);
        const failing = row.items.flatMap((status, i) => (status === 'fail' ? [String(i + 1)] : []));
        return [
          scheme ? `${name(row.propertyId, row.reference)} (${scheme})` : name(row.propertyId, row.reference),
          row.lastInspection ?? 'never',
          row.nextInspectionDate ?? 'none booked',
          `${row.openCategory1} / ${row.openCategory2}`,
          String(row.overdueActions),
          failing.length === 0 ? 'none' : failing.join(', '),
          row.compliant ? 'Yes' : 'NO',
        ];
      }),
      widths: [2.6, 1.2, 1.3, 1.2, 1.1, 0.9, 1.2],
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Audit trail' });
  blocks.push({
    kind: 'paragraph',
    text: `Every change to the register is kept in its audit trail (${input.audit.count} entries), with who made it, when, and each field before and after. The history of any hazard or action named above can be read in the register or exported as CSV. The latest changes:`,
    keepWithNext: input.audit.latest.length > 0,
  });
  if (input.audit.latest.length > 0) {
    blocks.push({
      kind: 'table',
      head: ['When', 'Who', 'Change'],
      rows: input.audit.latest.map((entry) => [when(entry.at), entry.who, `${entry.change}: ${entry.summary}`]),
      widths: [1.3, 1.2, 3],
    });
  }
  return {
    title: `Hazard register compliance report: ${input.scope}, ${report.asOf}`,
    lang: 'en-GB',
    footer: `Compliance report · ${input.scope} · report date ${report.asOf}`,
    blocks,
  };
}
