import type { Assessment, AssessmentDetails } from '../../../schema/assessment.ts';

/** The changes an officer makes, as pure functions from one assessment to the next. */

export const withDetails = (a: Assessment, patch: Partial<AssessmentDetails>): Assessment => ({ ...a, details: { ...a.details, ...patch } });

export const withHazard = (a: Assessment, index: number, patch: Partial<Assessment['hazards'][number]>): Assessment => ({
  ...a,
  hazards: a.hazards.map((h, i) => (i === index ? { ...h, ...patch } : h)),
});

/** A new hazard starts with nothing chosen; the three other classes start at 0 %, as a blank on the paper form. */
export const withNewHazard = (a: Assessment, hazardId: string): Assessment => ({
  ...a,
  hazards: [...a.hazards, { hazardId, likelihood: null, mostLikelyClass: null, spread: [0, 0, 0, 0] as const, justification: '' }],
});

export const withMovedHazard = (a: Assessment, index: number, delta: -1 | 1): Assessment => {
  const hazards = [...a.hazards];
  const [moved] = hazards.splice(index, 1);
  hazards.splice(index + delta, 0, moved!);
  return { ...a, hazards };
};

export const withoutHazard = (a: Assessment, index: number): Assessment => ({ ...a, hazards: a.hazards.filter((_, i) => i !== index) });

export const withHazardAt = (a: Assessment, index: number, entry: Assessment['hazards'][number]): Assessment => {
  const hazards = [...a.hazards];
  hazards.splice(index, 0, entry);
  return { ...a, hazards };
};
