import { evaluateHazard } from '../../core/assessment.ts';
import { chooseScheme, ENGLAND_2005 } from '../../core/index.ts';
import { ukDateOf } from '../../core/uk-time.ts';
import { checkFingerprint, fingerprintWords } from '../../schema/assessment-fingerprint.ts';
import { parseAssessmentFile } from '../../schema/assessment.ts';
import type { Problem } from '../../schema/zod.ts';
import type { RecordInput, SaveBatch } from './repository.ts';

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
  /** Why no hazard was scored: the inspection falls under a scheme the register does not hold (FACTS §7). */
  notScored?: 'needs-2026-scheme' | 'no-scheme';
  /** A finalised file's fingerprint, checked before anything is saved, and the check in words. */
  fingerprint?: { matches: boolean; words: string };
}

export type AssessmentImport = { ok: true; plan: AssessmentImportPlan } | { ok: false; problems: Problem[] };

const mismatchNote = (fingerprint: AssessmentImportPlan['fingerprint']): string =>
  fingerprint?.matches === false ? `Imported from a file that did not match its fingerprint: ${fingerprint.words}` : '';

export async function planAssessmentImport(text: string, propertyId: string): Promise<AssessmentImport> {
  const parsed = parseAssessmentFile(text);
  if (!parsed.ok) return parsed;
  const { assessment } = parsed;
  const problems: Problem[] = [];
  // The register records England 2005 (and Wales 2006) scores; a pack's other bands cannot be checked here.
  if (assessment.schemeId !== null && assessment.schemeId !== ENGLAND_2005.id) {
    problems.push({
      path: 'assessment.schemeId',
      message: `is ${assessment.schemeId}; the register can record hazards scored under ${ENGLAND_2005.id} only`,
    });
  }
  const { nation, inspectionDate } = assessment.details;
  if (inspectionDate === '')
    problems.push({
      path: 'assessment.details.inspectionDate',
      message: 'is missing: the register needs the date of the inspection',
    });
  if (nation === '')
    problems.push({
      path: 'assessment.details.nation',
      message: 'is missing: the register needs the nation to know which scheme applies',
    });
  if (problems.length > 0) return { ok: false, problems };
  // The officer page's own choice: an English inspection begun on or after 22 June 2026 is never scored
  // under the 2005 tables; its hazards come in as reported, to be scored once the 2026 tables are held.
  const choice = chooseScheme({ nation, inspectionDate });
  const scheme = choice.ok ? choice.scheme : undefined;
  const check = assessment.finalised ? await checkFingerprint(assessment) : undefined;
  const fingerprint = check && { matches: check.status === 'matches', words: fingerprintWords(check, assessment) };
  const assessmentId = crypto.randomUUID();
  let scored = 0;
  const hazards: RecordInput<'hazards'>[] = assessment.hazards.map((entry) => {
    const evaluated = scheme ? evaluateHazard(entry, scheme) : undefined;
    const result =
      evaluated?.result && evaluated.spread ? { ...evaluated.result, spread: evaluated.spread } : undefined;
    if (result) scored += 1;
    return {
      propertyId,
      assessmentId,
      hazardId: entry.hazardId,
      location: '',
      description: entry.justification.slice(0, 5000),
      foundOn: inspectionDate,
      reportedBy: 'inspection',
      likelihood: result ? entry.likelihood : null,
      spread: result ? ([...result.spread] as [number, number, number, number]) : null,
      score: result?.score ?? null,
      band: result?.band ?? null,
      category: result?.category ?? null,
      status: result ? 'open' : 'reported',
      escalatedOn: null,
      resolvedOn: null,
      awaabs: null,
      investigationEndedOn: null,
    };
  });
  const record: RecordInput<'assessments'> = {
    id: assessmentId,
    propertyId,
    inspectionDate,
    inspector: assessment.details.inspector,
    schemeId: scheme?.id ?? 'none',
    // A file that no longer matches its fingerprint says so in the record it becomes, not only on the day it came in.
    source: 'assessor-draft',
    notes: [assessment.details.reference, assessment.details.notes, mismatchNote(fingerprint)]
      .filter(Boolean)
      .join(' — ')
      .slice(0, 5000),
    ...(assessment.finalised ? { finalisedOn: ukDateOf(Date.parse(assessment.finalised.at)) } : {}),
  };
  const plan: AssessmentImportPlan = {
    batch: { assessments: [record], hazards },
    inspectionDate,
    scored,
    unscored: hazards.length - scored,
  };
  if (fingerprint) plan.fingerprint = fingerprint;
  if (!choice.ok && (choice.reason === 'needs-2026-scheme' || choice.reason === 'no-scheme'))
    plan.notScored = choice.reason;
  return { ok: true, plan };
}
