import type { HhsrsInputError } from '../errors.ts';
import { scoreHazard, type HazardScore } from '../score.ts';
import type { Scheme, Spread } from './types.ts';

/** A worked example as the scheme's guidance prints it: the inputs and the score it gives. */
export interface WorkedExample {
  /** Table 1's representative scale point the example uses. */
  likelihood: number;
  /** The four percentages for Classes I..IV, as printed (summing to 100). */
  spread: Spread;
  /** The whole-number score the guidance gives. */
  expectedScore: number;
}

export type WorkedExampleCheck =
  | ({ ok: true; agrees: boolean } & HazardScore)
  | { ok: false; field: string; message: string };

/**
 * Scores a worked example under `scheme` and says whether the score agrees with the guidance's. A pack whose
 * tables were typed in wrongly gives a different score, so a council checks its pack against the examples
 * in its own copy of the guidance before using it. Input the scheme refuses (a likelihood not in its
 * Table 1, an inconsistent spread) is reported with the field, not thrown.
 */
export function checkWorkedExample(scheme: Scheme, example: WorkedExample): WorkedExampleCheck {
  if (!Number.isInteger(example.expectedScore) || example.expectedScore < 0) {
    return {
      ok: false,
      field: 'expectedScore',
      message: `expectedScore must be a whole number of 0 or more; got ${example.expectedScore}`,
    };
  }
  try {
    const result = scoreHazard({ likelihood: example.likelihood, spread: example.spread }, scheme);
    return { ok: true, agrees: result.score === example.expectedScore, ...result };
  } catch (error) {
    // scoreHazard throws only HhsrsInputError, for input its scheme does not allow.
    const refused = error as HhsrsInputError;
    return { ok: false, field: refused.field, message: refused.message };
  }
}
