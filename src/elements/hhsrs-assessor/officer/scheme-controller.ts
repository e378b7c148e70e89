import type { EvaluatedHazard, Scheme } from '../../../core/index.ts';
import type { Assessment } from '../../../schema/assessment.ts';
import type { OfficerParts } from './officer-parts.ts';
import type { SchemePacksController } from './screens/editing/scheme-packs-controller.ts';
import { canChoose, CHOOSING, findingsOnly, NEEDS_DETAILS, type ResolvedScheme } from './scheme-state.ts';

export interface SchemeHost {
  /** The page's `scheme` attribute. */
  readonly schemeId: string | undefined;
  /** Scheme packs given by the page. */
  readonly loadedSchemes: readonly Scheme[];
  readonly assessment: Assessment;
}

/**
 * The scheme the assessment falls under, recorded with every edit, and its hazards as scored under it: worked
 * out once per update and shared by the page, the print view and the score event.
 */
export class SchemeController {
  resolved: ResolvedScheme = { scheme: undefined, message: undefined };
  /** Undefined only while the scoring part is on its way (or could not be fetched). */
  evaluated: EvaluatedHazard[] | undefined = [];
  /** An edit was made while the scheme was being worked out: record the scheme once it is. */
  private toRecord = false;

  constructor(
    private readonly host: SchemeHost,
    private readonly parts: OfficerParts,
    private readonly packs: SchemePacksController,
  ) {}

  /** The scheme's code and tables are fetched once there is something to choose by. */
  resolve(assessment = this.host.assessment): ResolvedScheme {
    const { schemeId, loadedSchemes } = this.host;
    if (!canChoose(assessment.details, schemeId, assessment.schemeId)) return NEEDS_DETAILS;
    const choosing = this.parts.choosing.get();
    return choosing ? choosing.resolveScheme(assessment, schemeId, this.packs.all(loadedSchemes)) : CHOOSING;
  }

  /** Undefined while the scoring part is on its way: an assessment without hazards needs none. */
  evaluate(assessment: Assessment): EvaluatedHazard[] | undefined {
    if (assessment.hazards.length === 0) return [];
    const resolved = this.resolve(assessment);
    return this.parts.scoring.get()?.evaluateAssessment(assessment, resolved.scheme, findingsOnly(resolved));
  }

  /** An edit, with the scheme it falls under recorded. */
  recorded(next: Assessment): Assessment {
    const resolved = this.resolve(next);
    // A scheme named by the record but not loaded here is kept as recorded, never replaced silently; so is one
    // still being worked out, until it is.
    const keep = resolved.missingRecorded === true || resolved.pending === true;
    this.toRecord = resolved.pending === true;
    return {
      ...next,
      schemeId: keep ? next.schemeId : (resolved.scheme?.id ?? null),
      schemeVersion: keep ? (next.schemeVersion ?? null) : (resolved.scheme?.version ?? null),
    };
  }

  /** A different assessment was opened: no edit of the last one waits for its scheme. */
  assessmentOpened(): void {
    this.toRecord = false;
  }

  /** Before each render; `record` commits the assessment again once the scheme an edit waited for is known. */
  update(record: () => void): void {
    this.resolved = this.resolve();
    if (this.toRecord && !this.resolved.pending) {
      this.toRecord = false;
      record();
    }
    this.evaluated = this.evaluate(this.host.assessment);
  }
}
