import { evaluateHazard } from '../core/assessment.ts';
import { ENGLAND_2005 } from '../core/index.ts';
import { parseAssessmentFile } from '../schema/assessment.ts';
import type { Problem } from '../schema/zod.ts';
import type { RecordInput, SaveBatch } from './register-repository.ts';

/**
 * Brings an assessment made with `<hhsrs-assessor mode="officer">` (its exported file) into the register
 * for a property: the inspection becomes an assessment record, each scored hazard a register entry with
 * its likelihood, spread, score, band and category; a hazard still missing figures comes in unscored.
 */
export interface AssessmentImportPlan {
  batch: SaveBatch;
  inspectionDate: string;
  scored: number;
  unscored: number;
}

export type AssessmentImport = { ok: true; plan: AssessmentImportPlan } | { ok: false; problems: Problem[] };

export function planAssessmentImport(text: string, propertyId: string): AssessmentImport {
  const parsed = parseAssessmentFile(text);
  if (!parsed.ok) return parsed;
  const { assessment } = parsed;
  const problems: Problem[] = [];
  // The register records England 2005 (and Wales 2006) scores; a pack's other bands cannot be checked here.
  if (assessment.schemeId !== null && assessment.schemeId !== ENGLAND_2005.id) {
    problems.push({ path: 'assessment.schemeId', message: `is ${assessment.schemeId}; the register can record hazards scored under ${ENGLAND_2005.id} only` });
  }
  if (assessment.details.inspectionDate === '') problems.push({ path: 'assessment.details.inspectionDate', message: 'is missing: the register needs the date of the inspection' });
  if (problems.length > 0) return { ok: false, problems };
  const inspectionDate = assessment.details.inspectionDate;
  const assessmentId = crypto.randomUUID();
  let scored = 0;
  const hazards: RecordInput<'hazards'>[] = assessment.hazards.map((entry) => {
    const evaluated = evaluateHazard(entry, ENGLAND_2005);
    const result = evaluated.result && evaluated.spread ? { ...evaluated.result, spread: evaluated.spread } : undefined;
    if (result) scored += 1;
    return {
      propertyId, assessmentId, hazardId: entry.hazardId, location: '', description: entry.justification.slice(0, 5000), foundOn: inspectionDate,
      reportedBy: 'inspection', likelihood: result ? entry.likelihood : null, spread: result ? [...result.spread] as [number, number, number, number] : null,
      score: result?.score ?? null, band: result?.band ?? null, category: result?.category ?? null, status: result ? 'open' : 'reported',
      escalatedOn: null, resolvedOn: null, awaabs: null, investigationEndedOn: null,
    };
  });
  const record: RecordInput<'assessments'> = {
    id: assessmentId, propertyId, inspectionDate, inspector: assessment.details.inspector, schemeId: assessment.schemeId ?? ENGLAND_2005.id,
    source: 'assessor-draft', notes: [assessment.details.reference, assessment.details.notes].filter(Boolean).join(' — ').slice(0, 5000),
  };
  return { ok: true, plan: { batch: { assessments: [record], hazards }, inspectionDate, scored, unscored: hazards.length - scored } };
}
