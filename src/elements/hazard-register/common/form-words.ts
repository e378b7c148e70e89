const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What every register form says about values kept when a page closed, and about a record changed in another tab. */
export const formMessages = {
  keptTitle: 'Unsaved changes',
  keptChanges: (what: string) => `Your unsaved changes to ${what} were kept. They are not saved yet.`,
  discardChanges: 'Discard my changes',
  conflictTitle: 'Changed in another tab',
  changedElsewhere: (what: string, who: string | undefined, when: string) =>
    `${sentence(what)} was changed in another tab or window${who ? ` by ${who}` : ''} on ${when}. What you typed here is kept below and has not been saved. Choose which version to keep.`,
  deletedElsewhere: (what: string) =>
    `${sentence(what)} was deleted in another tab or window, so what you typed here cannot be saved.`,
  keepMyChanges: 'Keep my changes',
  useSavedVersion: 'Use the saved version',
  whatProperty: 'this property',
  whatNewProperty: 'the new property',
  whatScheme: 'this housing scheme',
  whatNewScheme: 'the new housing scheme',
  whatHazard: 'this hazard',
  whatNewHazard: 'the new hazard',
  whatAction: 'this action',
  whatNewAction: 'the new action',
  whatNewAssessment: 'the new assessment',
};
