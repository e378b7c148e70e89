import type { Assessment } from '../../../../../../schema/assessment.ts';

/** Reordering, removing and putting back a hazard, as pure functions: they come with the hazard cards, not the first screen. */

export const withMovedHazard = (a: Assessment, index: number, delta: -1 | 1): Assessment => {
  const hazards = [...a.hazards];
  const [moved] = hazards.splice(index, 1);
  hazards.splice(index + delta, 0, moved!);
  return { ...a, hazards };
};

export const withoutHazard = (a: Assessment, index: number): Assessment => ({
  ...a,
  hazards: a.hazards.filter((_, i) => i !== index),
});

export const withHazardAt = (a: Assessment, index: number, entry: Assessment['hazards'][number]): Assessment => {
  const hazards = [...a.hazards];
  hazards.splice(index, 0, entry);
  return { ...a, hazards };
};
