import type { Assessment, AssessmentDetails } from '../../../schema/assessment.ts';

/** The changes an officer makes, as pure functions from one assessment to the next. */

export const withDetails = (a: Assessment, patch: Partial<AssessmentDetails>): Assessment => ({
  ...a,
  details: { ...a.details, ...patch },
});

export const withHazard = (
  a: Assessment,
  index: number,
  patch: Partial<Assessment['hazards'][number]>,
): Assessment => ({
  ...a,
  hazards: a.hazards.map((h, i) => (i === index ? { ...h, ...patch } : h)),
});

/** A new hazard starts with nothing chosen; the three other classes start at 0 %, as a blank on the paper form. */
export const withNewHazard = (a: Assessment, hazardId: string): Assessment => ({
  ...a,
  hazards: [
    ...a.hazards,
    { hazardId, likelihood: null, mostLikelyClass: null, spread: [0, 0, 0, 0] as const, justification: '' },
  ],
});
