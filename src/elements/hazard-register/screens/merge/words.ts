/** Merging a backup from another device, and the retention list. */
export const mergeMessages = {
  mergeHeading: 'Merge a backup from another device',
  mergeLinkIntro:
    'Bring in the changes made on another device without replacing this register. You will see what would change before anything does.',
  openMerge: 'Merge a backup',
  mergeTitle: 'Merge a backup from another device',
  mergeIntro:
    'Records are matched by their id. Changes made only on the other device are brought in; changes made only here are kept. Where both devices changed the same record, you choose. Nothing is deleted, and the audit trails of both devices are kept.',
  mergeFile: 'Backup file from the other device (JSON)',
  mergeRefused: (count: number) =>
    `The backup cannot be merged: ${count} ${count === 1 ? 'problem' : 'problems'} found. Nothing has changed.`,
  mergeCheckHeading: 'What the merge would do',
  mergeSummary: (added: number, updated: number, conflicts: number) =>
    `${added} new, ${updated} updated from the backup, ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}, nothing will be lost.`,
  mergeNothing: 'This register already has everything in the backup. There is nothing to merge.',
  mergeKeptNote: (here: number, same: number, audit: number) =>
    `${here} changed or added only here will be kept. ${same} are the same on both devices. ${audit} audit trail entries from the other device will be added.`,
  kind_new_there: 'New on the other device: will be added',
  kind_updated_there: 'Changed only on the other device: the backup’s version will be taken',
  kind_changed_here: 'Changed only here: this register’s version is kept',
  kind_deleted_there: 'Deleted on the other device: kept here (delete them yourself if they should go)',
  kind_deleted_here: 'Deleted here and not changed on the other device since: they stay deleted',
  kind_duplicate_file: 'Files already here (the same bytes): not added twice',
  andMore: (count: number) => `And ${count} more.`,
  conflictsHeading: 'Changed on both devices: choose what to keep',
  conflictsIntro: 'For each record, keep this register’s version, take the backup’s, or choose field by field.',
  conflictTable: (what: string) => `What differs in ${what}`,
  colField: 'Field',
  colHere: 'This register',
  colThere: 'The backup',
  deletedHereChangedThere: 'Deleted here, but changed on the other device since.',
  chooseVersion: (what: string) => `What should ${what} be?`,
  keepHere: 'Keep this register’s version',
  keepDeleted: 'Keep it deleted',
  takeThere: 'Take the backup’s version',
  byField: 'Choose field by field',
  whichValue: (field: string) => `Which ${field}?`,
  chooseConflict: (what: string) => `Choose what to keep for ${what}`,
  chooseField: (field: string, what: string) => `Choose which ${field} to keep for ${what}`,
  mergeButton: 'Merge the backup into this register',
  mergeCannotApply: (count: number) =>
    `The merge was not made: ${count} ${count === 1 ? 'problem' : 'problems'}. Nothing has changed.`,
  mergeDone: (added: number, updated: number, combined: number, audit: number) =>
    `Merged. ${added} added, ${updated} updated from the backup, ${combined} combined from both versions, ${audit} audit trail entries added. Nothing was deleted.`,
  lastMerged: (when: string, made: string) => `Last merged ${when}, from a backup made ${made}.`,
  empty: 'Not given',
  retentionHeading: 'Old records',
  retentionLinkIntro:
    'List closed hazards, their repairs and evidence older than a period you choose, to delete them on purpose. Nothing is ever deleted automatically.',
  openRetention: 'Review old records',
  retentionTitle: 'Old records',
  retentionIntro:
    'Choose a period to list hazards that were closed, with every repair completed, before it — with their repairs and evidence files. They are only deleted if you choose to delete them.',
  fieldRetentionMonths: 'List records closed more than this many months ago',
  retentionMonthsHint: 'For example, 72 for 6 years. Leave it blank to list nothing.',
  retentionMonthsError: 'Enter a whole number of months from 1 to 600, or leave it blank',
  saveRetention: 'Save and list',
  retentionOff: 'No period is set, so nothing is listed.',
  retentionNone: (before: string) => `Nothing was closed before ${before}.`,
  retentionCaption: (count: number, before: string) =>
    `${count} ${count === 1 ? 'hazard' : 'hazards'} closed before ${before}`,
  retentionTotal: (files: number, size: string) =>
    `With ${files} evidence ${files === 1 ? 'file' : 'files'}, ${size} in all.`,
  colClosed: 'Closed',
  colActions: 'Repairs',
  colFiles: 'Evidence files',
  colSize: 'Size',
  deleteThese: 'Delete these',
  retentionWarning: (count: number) =>
    `This deletes ${count} ${count === 1 ? 'hazard' : 'hazards'} with their repairs and evidence files from this register. It cannot be undone except from a backup. Each deletion is recorded in the audit trail.`,
  retentionConfirm: (count: number) => `Yes, delete ${count} ${count === 1 ? 'hazard' : 'hazards'}`,
  retentionDeleted: (count: number) =>
    `Deleted ${count} ${count === 1 ? 'hazard' : 'hazards'} with their repairs and evidence.`,
};
