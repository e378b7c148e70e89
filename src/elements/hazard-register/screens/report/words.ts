import { formatNumber } from '../../common/format.ts';

/** "1 property", "2,500 properties". */
const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** The compliance report, import and export, storage, and settings. */
export const reportMessages = {
  reportTitle: 'Compliance report',
  reportIntro: 'The managers’ quarterly checklist, worked out from the register for the date you choose.',
  fieldReportDate: 'Report date',
  reportDateHint: 'The register is judged as it stood at the end of this day',
  fieldCovering: 'Covering',
  wholePortfolio: 'Whole portfolio',
  runReport: 'Run the report',
  errReportDate: 'Enter the report date',
  reportReady: 'The report is ready.',
  reportHeading: (scope: string, date: string) => `${scope}: ${date}`,
  reportScope: (count: number, from: string, to: string) =>
    `${count} ${count === 1 ? 'property' : 'properties'}. Reporting period ${from} to ${to}.`,
  downloadCsv: 'Download CSV',
  downloadPdf: 'Download PDF',
  makingPdf: 'Making the PDF…',
  pdfReady: 'The PDF has been downloaded.',
  pdfFailed: 'The PDF could not be made.',
  checklistCaption: 'Checklist',
  colItem: 'Item',
  colPass: 'Pass',
  colFail: 'Fail',
  colNotApplicable: 'Not applicable',
  policyUsed: 'Policy settings used',
  failCount: (count: number) => `${count} failing`,
  allPass: 'No failures',
  showFailing: (count: number) => `Show the ${count} failing ${count === 1 ? 'property' : 'properties'}`,
  moreFailing: (count: string) => `And ${count} more: download the CSV or PDF for the full list.`,
  openRecord: 'Open the hazard',
  dataTitle: 'Import and export',
  backupHeading: 'Back up the register',
  backupIntro:
    'A backup is one file with everything in this register: properties, hazards, actions, evidence files and the audit trail. Keep it somewhere safe.',
  lastExported: (when: string) => `Last exported ${when}.`,
  neverExported: 'Nothing has been exported yet.',
  downloadBackup: 'Download a backup',
  backupDone: 'The backup has been downloaded.',
  exportProgressLabel: 'Backup progress',
  exportReading: (what: string) => `Making the backup: reading ${what}`,
  exportWriting: (what: string, done: string, total: string, left: string) =>
    `Making the backup: writing ${what} into the file (${done} of ${total} records)${left}`,
  exportStayHint: 'You can keep working in the register while the backup is made.',
  cancelExport: 'Cancel the backup',
  exportCancelled: 'The backup was cancelled. No file was made.',
  restoreHeading: 'Restore from a backup',
  restoreWarning:
    'Restoring replaces everything in this register with the backup. The restore is recorded in the audit trail.',
  fieldBackupFile: 'Backup file (JSON)',
  notJson: 'is not a backup file: it is not JSON',
  backupTooDeep: 'is nested too deeply to be a register backup',
  restoreRecomputed: (n: number) =>
    n === 1
      ? '1 hazard’s score was recomputed from its likelihood and spread of harm, because the score stored in the backup did not match them:'
      : `${n} hazards’ scores were recomputed from their likelihood and spread of harm, because the scores stored in the backup did not match them:`,
  recomputedScore: (stored: string, now: string) => `stored as ${stored}, recomputed as ${now}`,
  scoreBandCategory: (score: unknown, band: unknown, category: unknown) =>
    `${String(score)}, band ${String(band)}, Category ${String(category)}`,
  restoreRefused: (count: number) =>
    `The backup was not restored: ${count} ${count === 1 ? 'problem' : 'problems'} found. Nothing has changed.`,
  restoreButton: (name: string) => `Replace the register with ${name}`,
  restoreProgressLabel: 'Restore progress',
  restoreReading: 'Restoring: reading the file',
  restoreChecking: 'Restoring: checking every record and file',
  restoreWriting: (what: string, done: string, total: string, left: string) =>
    `Restoring: writing ${what} (${done} of ${total} records)${left}`,
  restoreTable: (table: string) =>
    (
      ({
        housingSchemes: 'housing schemes',
        properties: 'properties',
        assessments: 'assessments',
        hazards: 'hazards',
        actions: 'actions',
        audit: 'the audit trail',
        evidence: 'evidence files',
      }) as Record<string, string>
    )[table] ?? 'records',
  secondsLeft: (seconds: number) => `, about ${seconds} ${seconds === 1 ? 'second' : 'seconds'} left`,
  restoreStayHint: 'The register stays as it was until every record is written, so you can keep working in other tabs.',
  cancelRestore: 'Cancel the restore',
  restoreCancelled: 'The restore was cancelled. The register is as it was.',
  restoreDone: (counted: { properties: number; hazards: number; actions: number; evidence: number }) =>
    `Restored ${count(counted.properties, 'property', 'properties')}, ${count(counted.hazards, 'hazard', 'hazards')}, ${count(counted.actions, 'action', 'actions')} and ${count(counted.evidence, 'evidence file', 'evidence files')}.`,
  csvHeading: 'Export a table as CSV',
  fieldTable: 'Table',
  tableProperties: 'Properties',
  tableSchemes: 'Housing schemes',
  tableAssessments: 'Assessments',
  tableHazards: 'Hazards',
  tableActions: 'Remedial actions and repairs',
  tableEvidence: 'Evidence (list of files)',
  tableAudit: 'Audit trail',
  downloadTableCsv: 'Download CSV',
  importHeading: 'Import from a spreadsheet',
  importIntro:
    'Import properties, or hazards for properties already in the register, from a CSV file. You will see what would be imported before anything changes.',
  fieldImportTable: 'What does the file list?',
  fieldCsvFile: 'CSV file',
  csvFileHint: 'The first row must name the columns. Dates can be written 2026-03-02 or 02/03/2026.',
  columnsHeading: 'Match the columns',
  optional: (label: string) => `${label} (optional)`,
  notInFile: 'Not in the file',
  columnNumber: (n: number) => `Column ${n}`,
  dryRunHeading: 'What would be imported',
  dryRunSummary: (good: string, bad: string) =>
    `${good} rows can be imported. ${bad} rows have problems and would be skipped.`,
  newSchemes: (names: string) => `These housing schemes would be created: ${names}.`,
  rowProblemsCaption: 'Rows with problems',
  colLine: 'Line',
  colRow: 'Row',
  colProblems: 'Problems',
  importButton: (count: string, skipping: boolean) =>
    skipping ? `Import ${count} rows and skip the rest` : `Import ${count} rows`,
  importDone: (count: string) => `Imported ${count} rows.`,
  readAsWindows1252:
    'This file was read as Windows-1252 (Excel’s usual CSV encoding), not UTF-8. Check that names with accents and the £ sign look right below before you import.',
  csvUtf16:
    'The file is saved as UTF-16 (Unicode text), which cannot be imported. In your spreadsheet, save it as “CSV UTF-8 (Comma delimited)” and choose it again.',
  csvNotText:
    'The file is not text in UTF-8 or Windows-1252, so it is not a CSV file that can be imported. Save it from your spreadsheet as “CSV UTF-8 (Comma delimited)” and choose it again.',
  checkingRows: (checked: string, total: string) => `Checked ${checked} of ${total} rows`,
  checkProgressLabel: 'Rows checked',
  importing: (count: string) =>
    `Importing ${count} rows. This can take a minute for a large file; keep this page open.`,
  checkCancelled: 'The check was cancelled. Nothing has been imported.',
  storageHeading: 'Storage on this device',
  registerUse: (total: string, evidenceFiles: string, audit: string) =>
    `This register uses about ${total}, of which evidence files ${evidenceFiles} and the audit trail ${audit}.`,
  storageUse: (used: string, quota: string) => `This site is using ${used} of the ${quota} this browser allows it.`,
  persisted: 'The browser has agreed to keep this data even when space runs low.',
  notPersisted: 'The browser may clear this data if the device runs low on space: keep backups.',
  storageUnknown: 'This browser does not say how much space is used.',
  deleteAllHeading: 'Delete everything in this register',
  deleteAll: 'Delete everything',
  deleteAllWarning:
    'This deletes every property, hazard, action, evidence file, setting and the audit trail of this register from this browser. Download a backup first if you may need it.',
  deleteAllConfirm: 'Yes, delete everything',
  deletedEverything: 'Everything in this register has been deleted.',
  settingsTitle: 'Settings',
  yourNameHeading: 'Your name',
  saveName: 'Save name',
  nameSaved: 'Your name has been saved.',
  policyHeading: 'Policy settings',
  policyIntro:
    'How your organisation defines “current” and “in time”. These are your own policy, not law (except Awaab’s Law), and are printed on every report.',
  defaultIs: (value: string) => `Default: ${value}`,
  policy_assessmentCurrentMonths: 'Months an HHSRS assessment stays current',
  policy_category1RemedialDays: 'Days to complete remedial action for a Category 1 hazard',
  policy_category2RemedialDays: 'Days to complete remedial action for a Category 2 hazard',
  policy_reportEscalationDays: 'Days to pass a resident’s or key worker’s report on for assessment',
  policy_reportingPeriodMonths: 'Months a report looks back',
  policy_applyAwaabsLaw: 'Apply Awaab’s Law timescales',
  awaabsPolicyHint: 'They apply to social landlords in England for hazards in scope',
  errWholeNumber: (label: string) => `${label}: enter a whole number`,
  savePolicy: 'Save policy settings',
  policySaved: 'The policy settings have been saved.',
};
