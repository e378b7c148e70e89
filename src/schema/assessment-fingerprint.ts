import type { Scheme } from '../core/scheme/types.ts';
import { fingerprintedPart } from './assessment-values.ts';
import type { Assessment, Finalised } from './assessment.ts';
import { canonicalJson } from './canonical.ts';
import { toSchemePack } from './scheme-values.ts';
import { sha256Text } from './sha256-text.ts';

/**
 * A finalised assessment's fingerprint: the SHA-256 of its canonical JSON (canonical.ts), which anyone holding
 * the record can recompute and compare with the one printed on its PDF.
 *
 * Version 2 covers every field — who finalised it, when, the revision and the scheme data it was scored
 * under included — except the fingerprint itself and the statement of reasons, which is written after
 * finalising and has its own SHA-256, renewed with each change made in this tool. It also keeps a SHA-256
 * of each part, so a mismatch can say what differs. Version 1 (older records) covers everything but the
 * finalising record and the statement.
 */

const hash = (value: unknown): string => sha256Text(canonicalJson(value));

/** Each part's value by name: `details.address`, `hazards.0`, `finalised.by`, `schemeId`, … */
function partsOf(assessment: Assessment): Map<string, unknown> {
  const { statement: _s, finalised, details, hazards, ...rest } = assessment;
  const { sha256: _h, parts: _p, statementSha256: _ss, ...sealed } = finalised ?? {};
  const parts = new Map<string, unknown>(Object.entries(rest));
  Object.entries(details).forEach(([key, value]) => parts.set(`details.${key}`, value));
  hazards.forEach((hazard, index) => parts.set(`hazards.${index}`, hazard));
  parts.set('hazards.length', hazards.length);
  Object.entries(sealed).forEach(([key, value]) => parts.set(`finalised.${key}`, value));
  return parts;
}

function partHashes(assessment: Assessment): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of partsOf(assessment)) if (value !== undefined) out[name] = hash(value);
  return out;
}

/** What version 2 hashes: the record without its statement, and without the fingerprint and the statement's. */
function sealedContent(assessment: Assessment): unknown {
  const { statement: _s, finalised, ...rest } = assessment;
  const { sha256: _h, statementSha256: _ss, ...sealed } = finalised!;
  return { ...rest, finalised: sealed };
}

/** The statement's own fingerprint, worked out at once so it is saved in the same write as the statement. */
export const statementFingerprint = (assessment: Assessment): string | undefined =>
  assessment.statement ? hash(assessment.statement) : undefined;

/** Finalises an assessment: who, when, its revision and the scheme data it was scored under, fingerprinted (version 2). */
export async function finalise(
  assessment: Assessment,
  by: { by: string; at: string; revision: number },
  scheme: Scheme | undefined,
): Promise<Assessment> {
  const { finalised: _f, ...rest } = assessment;
  const pack = scheme ? toSchemePack(scheme) : undefined;
  const sealed: Omit<Finalised, 'sha256'> = { ...by, fingerprintVersion: 2 };
  if (pack) Object.assign(sealed, { scheme: pack, schemeSha256: hash(pack) });
  const draft = { ...rest, finalised: { ...sealed, sha256: '' } } as Assessment;
  draft.finalised!.parts = partHashes(draft);
  const finalised: Finalised = { ...draft.finalised!, sha256: hash(sealedContent(draft)) };
  const statementSha256 = statementFingerprint(assessment);
  if (statementSha256) finalised.statementSha256 = statementSha256;
  return { ...rest, finalised };
}

export interface FingerprintCheck {
  /** 'not-finalised': nothing to check. */
  status: 'matches' | 'differs' | 'not-finalised';
  version: 1 | 2;
  /** The parts that differ (version 2 only), by name; `statement` for the statement of reasons. */
  differs: string[];
}

/** Recomputes the fingerprint from the record as given and says whether, and where, it differs. */
export async function checkFingerprint(assessment: Assessment): Promise<FingerprintCheck> {
  const { finalised } = assessment;
  if (!finalised) return { status: 'not-finalised', version: 2, differs: [] };
  if (finalised.fingerprintVersion !== 2) {
    const matches = hash(fingerprintedPart(assessment)) === finalised.sha256;
    return { status: matches ? 'matches' : 'differs', version: 1, differs: [] };
  }
  const now = partHashes(assessment);
  const then = finalised.parts ?? {};
  const differs = [...new Set([...Object.keys(now), ...Object.keys(then)])].filter((name) => now[name] !== then[name]);
  if (statementFingerprint(assessment) !== finalised.statementSha256) differs.push('statement');
  const whole = hash(sealedContent(assessment)) === finalised.sha256;
  return { status: whole && differs.length === 0 ? 'matches' : 'differs', version: 2, differs };
}

const DETAILS: Record<string, string> = {
  address: 'the address',
  reference: 'the reference',
  nation: 'the nation',
  inspectionDate: 'the date the inspection began',
  inspector: 'the inspector',
  occupiers: 'the occupiers’ ages',
  hmoOrCommonParts: 'whether it is an HMO or common parts',
  notes: 'the notes',
};
const FINALISED: Record<string, string> = {
  by: 'who finalised it',
  at: 'when it was finalised',
  revision: 'the revision number',
  fingerprintVersion: 'the fingerprint version',
  scheme: 'the scheme data it was scored under',
  schemeSha256: 'the scheme data it was scored under',
};

/** A part's name in words: "who finalised it", "hazard 2 (damp-and-mould-growth)". */
function partWords(name: string, assessment: Assessment): string {
  const [group, key = ''] = name.split('.');
  if (name === 'statement') return 'the statement of reasons';
  if (group === 'details') return DETAILS[key] ?? `the ${key}`;
  if (group === 'finalised') return FINALISED[key] ?? 'the finalising record';
  if (name === 'hazards.length') return 'the number of hazards';
  if (group === 'hazards') {
    const hazard = assessment.hazards[Number(key)];
    return hazard
      ? `hazard ${Number(key) + 1} (${hazard.hazardId}), its figures or justification`
      : `hazard ${Number(key) + 1}`;
  }
  if (name === 'schemeId' || name === 'schemeVersion') return 'the scheme it was scored under';
  return name === 'previous' ? 'the revision it replaces' : `the ${name}`;
}

/** The check in words, as the officer's page, its list and the register's import say it. */
export function fingerprintWords(check: FingerprintCheck, assessment: Assessment): string {
  const older = 'It is an older fingerprint, which does not cover who finalised it, when, or the statement of reasons.';
  if (check.status === 'matches') {
    return `The fingerprint matches: the record has not changed since it was finalised.${check.version === 1 ? ` ${older}` : ''}`;
  }
  if (check.status === 'not-finalised') return 'This assessment is not finalised, so it has no fingerprint to check.';
  if (check.version === 1)
    return `This assessment’s fingerprint does not match its contents: it has been changed since it was finalised. ${older}`;
  const words = [...new Set(check.differs.map((name) => partWords(name, assessment)))];
  const what =
    words.length === 0
      ? 'its fingerprint record itself'
      : words.length === 1
        ? words[0]
        : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  return `This assessment’s fingerprint does not match its contents: ${what} ${words.length > 1 ? 'differ' : 'differs'} from when it was finalised.`;
}
