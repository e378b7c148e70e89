import { ENGLAND_2005, scoreHazard, type HazardScore, type Spread } from '../../core/index.ts';
import { safeFileName } from '../../evidence/file-name.ts';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../../evidence/prepare-evidence.ts';
import { SNIFF_BYTES, sniff } from '../../evidence/sniff.ts';
import type { BackupEvidence } from '../../schema/register.ts';
import { formatPath, type Problem } from '../../schema/zod.ts';

/*
 * The checks a backup file passes before a restore or a merge, as pure functions of the file's data, so
 * they can run wherever the file is read (a page or a worker) and give the same answer.
 */

/** Deeper than any record the register writes (an audit entry's changed value is about eight levels down). */
export const MAX_NESTING = 64;

/**
 * The first place nested more than `limit` levels deep, as a problem, or null. Walks the data without
 * recursion, so a file built to overflow the stack cannot overflow it here; reading, checking or storing
 * such a file would.
 */
export function nestingProblem(data: unknown, limit = MAX_NESTING): Problem | null {
  interface Step {
    value: object;
    depth: number;
    key: string | number;
    parent: Step | null;
  }
  const stack: Step[] =
    data !== null && typeof data === 'object' ? [{ value: data, depth: 0, key: '', parent: null }] : [];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (step.depth >= limit) {
      const keys: (string | number)[] = [];
      for (let at: Step | null = step; at?.parent; at = at.parent) keys.unshift(at.key);
      const what = keys[0] === 'audit' ? 'The backup’s audit trail is' : 'This part of the file is';
      return {
        path: formatPath(keys),
        message: `${what} nested more than ${limit} levels deep, too deeply to be a register backup. Nothing has changed.`,
      };
    }
    const entries = Array.isArray(step.value) ? step.value.entries() : Object.entries(step.value);
    // Only objects and arrays can nest: the numbers and strings of 150,000 records are not walked.
    for (const [key, value] of entries)
      if (value !== null && typeof value === 'object') stack.push({ value, depth: step.depth + 1, key, parent: step });
  }
  return null;
}

/** A hazard whose stored score disagreed with its likelihood and spread of harm, and what they give. */
export interface RecomputedScore {
  path: string;
  stored: { score: unknown; band: unknown; category: unknown };
  recomputed: Pick<HazardScore, 'score' | 'band' | 'category'>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Works out every hazard's score, band and category again from its likelihood and spread of harm, under
 * the scheme of its assessment, before the file is checked: the inputs are the officer's judgement, the
 * score only arithmetic on them (reg 6–8), so a score that disagrees is corrected and reported, never
 * kept. Inputs the regulations do not allow are left for the schema to refuse with their paths. A hazard
 * whose assessment was scored under a scheme the register cannot score under is refused.
 */
export function recomputeScores(data: unknown): { data: unknown; recomputed: RecomputedScore[]; problems: Problem[] } {
  if (!isObject(data) || !Array.isArray(data.hazards)) return { data, recomputed: [], problems: [] };
  const schemes = new Map(
    (Array.isArray(data.assessments) ? data.assessments : []).filter(isObject).map((a) => [a.id, a.schemeId]),
  );
  const recomputed: RecomputedScore[] = [];
  const problems: Problem[] = [];
  const hazards = data.hazards.map((hazard: unknown, index: number) => {
    if (!isObject(hazard) || typeof hazard.likelihood !== 'number' || !Array.isArray(hazard.spread)) return hazard;
    const schemeId = hazard.assessmentId === null ? ENGLAND_2005.id : schemes.get(hazard.assessmentId);
    if (schemeId !== undefined && schemeId !== ENGLAND_2005.id) {
      problems.push({
        path: `hazards[${index}].likelihood`,
        message: `was scored under scheme ${String(schemeId)}; the register can score hazards under ${ENGLAND_2005.id} only`,
      });
      return hazard;
    }
    let worked: HazardScore;
    try {
      worked = scoreHazard({ likelihood: hazard.likelihood, spread: hazard.spread as unknown as Spread });
    } catch {
      return hazard;
    }
    if (hazard.score === worked.score && hazard.band === worked.band && hazard.category === worked.category)
      return hazard;
    recomputed.push({
      path: `hazards[${index}]`,
      stored: { score: hazard.score, band: hazard.band, category: hazard.category },
      recomputed: { score: worked.score, band: worked.band, category: worked.category },
    });
    return { ...hazard, score: worked.score, band: worked.band, category: worked.category };
  });
  return { data: recomputed.length > 0 ? { ...data, hazards } : data, recomputed, problems };
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** How many bytes a base64 text holds, without decoding it. */
function base64Bytes(text: string): number {
  return Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
}

/**
 * The checks a file passes on upload (prepareEvidence), applied to a file in a backup: the size cap, and
 * its first bytes must be what its type says (an SVG or web page is never kept, whatever it is labelled).
 * Photos are not re-encoded again: they were on upload, and their SHA-256 must still prove the copy.
 */
export function evidenceSizeProblem(
  file: Pick<BackupEvidence, 'data' | 'size'>,
  index: number,
  maxBytes = DEFAULT_MAX_EVIDENCE_BYTES,
): Problem | null {
  const size = Math.max(file.size, base64Bytes(file.data));
  if (size <= maxBytes) return null;
  return {
    path: `evidence[${index}].size`,
    message: `is ${megabytes(size)}; evidence files must be ${megabytes(maxBytes)} or smaller`,
  };
}

const KIND_NAMES = {
  'image/jpeg': 'a JPEG picture',
  'image/png': 'a PNG picture',
  'image/webp': 'a WebP picture',
  'application/pdf': 'a PDF',
} as const;

export function evidenceContentProblem(type: BackupEvidence['type'], bytes: Uint8Array, index: number): Problem | null {
  const path = `evidence[${index}].data`;
  const found = sniff(bytes.subarray(0, SNIFF_BYTES));
  if (type === 'text/plain') {
    if (found.kind === 'image' || found.kind === 'pdf')
      return { path, message: `is a ${found.type} file, not the text/plain note its type says` };
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return null;
    } catch {
      return { path, message: 'is not text, but its type says text/plain' };
    }
  }
  if (found.kind === 'markup')
    return {
      path,
      message: `is an SVG or web page file, not the ${type} its type says; such files can contain code, so they are not kept`,
    };
  if (found.kind === 'unknown' || found.type !== type)
    return { path, message: `is not ${KIND_NAMES[type]}, whatever its type says (${type})` };
  return null;
}

/** The name a restored file is kept under: as on upload, no direction marks, the extension of its type. */
export const restoredName = (file: Pick<BackupEvidence, 'originalName' | 'type'>) =>
  safeFileName(file.originalName, file.type);
