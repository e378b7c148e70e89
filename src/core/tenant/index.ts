/** The tenant self-check: plain-English answers → HHSRS hazards, an indicative seriousness and next steps. */
export * from './types.ts';
export * from './problems.ts';
export * from './questions.ts';
export * from './at-risk.ts';
export * from './indicative.ts';
export * from './letter-terms.ts';
export * from './next-steps.ts';
export * from './follow-up.ts';
