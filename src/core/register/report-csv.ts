import type { ComplianceReport } from './compliance.ts';
import type { CsvCell } from './csv.ts';

/**
 * The compliance report as spreadsheet rows: the checklist counts, the policy, then one row per property
 * with its item results and the reasons behind any failure. `names` gives each property's full address
 * (its reference has a column of its own) and each housing scheme's name.
 */
export function reportCsvRows(
  report: ComplianceReport,
  scope: string,
  names: { address: (id: string) => string; scheme: (id: string | null) => string },
): CsvCell[][] {
  const reasons = new Map<string, string[]>();
  for (const item of report.items.slice(0, 4)) {
    for (const row of item.failing) {
      const list = reasons.get(row.propertyId) ?? [];
      list.push(...row.findings.map((finding) => `${item.number}: ${finding.text}`));
      reasons.set(row.propertyId, list);
    }
  }
  return [
    ['Hazard register compliance report', scope, `Report date ${report.asOf}`, `Period from ${report.periodStart}`],
    [],
    ['Checklist item', 'Pass', 'Fail', 'Not applicable'],
    ...report.items.map((item) => [`${item.number}. ${item.title}`, item.pass, item.fail, item.notApplicable]),
    [],
    ['Policy settings'],
    ...report.policyLines.map((line) => [line]),
    [],
    [
      'Reference',
      'Address',
      'Housing scheme',
      'Last inspected',
      'Assessment current until',
      'Next inspection',
      'Open Category 1',
      'Open Category 2',
      'Open actions',
      'Overdue actions',
      'Item 1',
      'Item 2',
      'Item 3',
      'Item 4',
      'Compliant',
      'Reasons',
    ],
    ...report.properties.map((row) => [
      row.reference,
      names.address(row.propertyId),
      names.scheme(row.housingSchemeId),
      row.lastInspection,
      row.currentUntil,
      row.nextInspectionDate,
      row.openCategory1,
      row.openCategory2,
      row.openActions,
      row.overdueActions,
      ...row.items,
      row.compliant ? 'yes' : 'no',
      (reasons.get(row.propertyId) ?? []).join(' | '),
    ]),
  ];
}
