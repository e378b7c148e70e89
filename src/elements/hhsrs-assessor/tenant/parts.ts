/**
 * The parts of the self-check fetched on demand, so that its first screen downloads only what it shows.
 * Kept in one object so that a test can stand in for a part that cannot load, as when the tenant is offline.
 */
export const tenantParts = {
  /** Every page after the start page: when the tenant presses "Start now", or comes back to a check past it. */
  journey: () => import('./journey.ts'),
  /** The Welsh words: for a page or a letter in Welsh. */
  welsh: () => import('./messages.cy.ts'),
  /** The photo checker (which also cleans photos): when the tenant chooses photos. */
  photos: () => import('../../../evidence/prepare-evidence.ts'),
  /** The saved check's schema (with zod): only to read a check saved earlier. */
  schema: () => import('../../../schema/tenant.ts'),
};
