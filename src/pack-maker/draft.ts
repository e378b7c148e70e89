import {
  checkWorkedExample,
  ENGLAND_2026_CUTOFF,
  schemeById,
  type Scheme,
  type WorkedExampleCheck,
} from '../core/index.ts';
import { parseSchemePack, type SchemePack } from '../schema/scheme-pack.ts';
import type { Problem } from '../schema/zod.ts';

/**
 * The pack as typed: every figure kept as the text in its box, so a half-typed "4." is never lost or
 * rewritten, and turned into a pack (then checked by the scheme-pack schema) on every change.
 */
export interface PackDraft {
  id: string;
  version: string;
  name: string;
  source: string;
  example: boolean;
  /** First inspection date the pack covers in England (YYYY-MM-DD). */
  from: string;
  hazards: HazardRow[];
  likelihood: { rspr: string; from: string; to: string }[];
  spread: { rsppr: string; from: string; to: string }[];
  harmClasses: { name: string; weight: string; examples: string }[];
  bands: { band: string; min: string; max: string; category1: boolean }[];
  examples: ExampleRow[];
}

export interface HazardRow {
  number: string;
  id: string;
  name: string;
  group: string;
  relevantOccupier: string;
  /** 2005 hazard numbers, comma separated. */
  replaces: string;
  fire: boolean;
}

export interface ExampleRow {
  description: string;
  likelihood: string;
  spread: [string, string, string, string];
  expectedScore: string;
}

/** What a downloaded pack holds besides the scheme: the examples it was checked against. */
export interface SavedExample {
  description: string;
  likelihood: number;
  spread: [number, number, number, number];
  expectedScore: number;
}

export type PackFile = SchemePack & { workedExamples?: SavedExample[] };

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** A pack (from the example file or one the council opens) as boxes to edit. */
export function draftFromPack(pack: SchemePack, examples: readonly SavedExample[] = []): PackDraft {
  return {
    id: pack.id,
    version: pack.version,
    name: pack.name,
    source: pack.source,
    example: pack.example,
    from: pack.coverage.find((c) => c.nation === 'england')?.from ?? ENGLAND_2026_CUTOFF,
    hazards: pack.hazards.map((h) => ({
      number: text(h.number),
      id: h.id,
      name: h.name,
      group: h.group,
      relevantOccupier: h.relevantOccupier,
      replaces: (h.replaces ?? []).join(', '),
      fire: pack.prescribedFireHazards.includes(h.id),
    })),
    likelihood: pack.likelihoodScale.map((r) => ({ rspr: text(r.rspr), from: text(r.from), to: text(r.to) })),
    spread: pack.spreadScale.map((r) => ({ rsppr: text(r.rsppr), from: text(r.from), to: text(r.to) })),
    harmClasses: pack.harmClasses.map((h) => ({ name: h.name, weight: text(h.weight), examples: h.examples })),
    bands: pack.bands.map((b) => ({
      band: b.band,
      min: text(b.min),
      max: text(b.max),
      category1: pack.category1Bands.includes(b.band),
    })),
    examples: examples.map((e) => ({
      description: e.description,
      likelihood: text(e.likelihood),
      spread: e.spread.map(text) as ExampleRow['spread'],
      expectedScore: text(e.expectedScore),
    })),
  };
}

export const emptyExample = (): ExampleRow => ({
  description: '',
  likelihood: '',
  spread: ['', '', '', ''],
  expectedScore: '',
});

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

export interface ExampleResult {
  check: WorkedExampleCheck | null;
  /** Problems with the row's own boxes, by path (examples[i].likelihood …). */
  problems: Problem[];
}

export interface DraftCheck {
  /** The pack to download when there are no problems. */
  file: PackFile;
  /** The pack's own problems, by the path its JSON would have, e.g. "hazards[3].id". */
  problems: Problem[];
  /** The scheme the pack makes, when it is valid. */
  scheme: Scheme | null;
  examples: ExampleResult[];
  /** Why the pack may not be downloaded yet, one line each; empty when it may. */
  refusals: Problem[];
}

/** Builds the pack from the boxes and checks it: the schema, the 2026 coverage rule and the worked examples. */
export function checkDraft(draft: PackDraft): DraftCheck {
  const problems: Problem[] = [];
  const num = (value: string, path: string, open = false): number | null => {
    const trimmed = value.trim();
    if (open && trimmed === '') return null;
    if (!NUMBER.test(trimmed)) {
      problems.push({
        path,
        message: trimmed === '' ? 'is missing: enter a number' : `must be a number, like 4.6; got "${trimmed}"`,
      });
      return Number.NaN;
    }
    return Number(trimmed);
  };
  const replaces = (value: string, path: string) => {
    const parts = value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    return parts.length === 0 ? undefined : parts.map((p, j) => num(p, `${path}[${j}]`) as number);
  };
  const file: PackFile = {
    format: 'hhsrs-scheme-pack/1',
    id: draft.id.trim(),
    version: draft.version.trim(),
    name: draft.name.trim(),
    source: draft.source.trim(),
    example: draft.example,
    coverage: [{ nation: 'england', from: draft.from.trim(), until: null }],
    hazards: draft.hazards.map((h, i) => {
      const replaced = replaces(h.replaces, `hazards[${i}].replaces`);
      return {
        number: num(h.number, `hazards[${i}].number`) as number,
        id: h.id.trim(),
        name: h.name.trim(),
        group: h.group as SchemePack['hazards'][number]['group'],
        relevantOccupier: h.relevantOccupier.trim(),
        ...(replaced ? { replaces: replaced } : {}),
      };
    }),
    likelihoodScale: draft.likelihood.map((r, i) => ({
      rspr: num(r.rspr, `likelihoodScale[${i}].rspr`) as number,
      from: num(r.from, `likelihoodScale[${i}].from`) as number,
      to: num(r.to, `likelihoodScale[${i}].to`, true),
    })),
    spreadScale: draft.spread.map((r, i) => ({
      rsppr: num(r.rsppr, `spreadScale[${i}].rsppr`) as number,
      from: num(r.from, `spreadScale[${i}].from`) as number,
      to: num(r.to, `spreadScale[${i}].to`) as number,
    })),
    harmClasses: draft.harmClasses.map((h, i) => ({
      harmClass: (i + 1) as 1 | 2 | 3 | 4,
      name: h.name.trim(),
      weight: num(h.weight, `harmClasses[${i}].weight`) as number,
      examples: h.examples.trim(),
    })),
    bands: draft.bands.map((b, i) => ({
      band: b.band.trim(),
      min: num(b.min, `bands[${i}].min`) as number,
      max: num(b.max, `bands[${i}].max`, true),
    })),
    category1Bands: draft.bands.filter((b) => b.category1).map((b) => b.band.trim()),
    prescribedFireHazards: draft.hazards.filter((h) => h.fire).map((h) => h.id.trim()),
  };
  // DESIGN.md "Scheme precedence": a pack only fills what no built-in scheme covers.
  if (file.id && schemeById(file.id))
    problems.push({
      path: 'id',
      message: `is the id of a built-in scheme (${file.id}): choose your own, like anytown-england-2026`,
    });
  if (/^\d{4}-\d{2}-\d{2}$/.test(file.coverage[0]!.from) && file.coverage[0]!.from < ENGLAND_2026_CUTOFF) {
    problems.push({
      path: 'coverage[0].from',
      message: 'must be 22 June 2026 or later: earlier English inspections use the built-in 2005 scheme',
    });
  }
  if (file.category1Bands.length === 0)
    problems.push({ path: 'category1Bands', message: 'choose at least one band that is Category 1' });
  const parsed = parseSchemePack(file);
  if (!parsed.ok) problems.push(...parsed.problems);
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.path === p.path) === i);
  const scheme = unique.length === 0 && parsed.ok ? parsed.scheme : null;
  const examples = draft.examples.map((row, i) => checkExample(row, i, scheme));
  file.workedExamples = examples.every((e) => e.problems.length === 0)
    ? draft.examples.map((row) => ({
        description: row.description.trim(),
        likelihood: Number(row.likelihood),
        spread: row.spread.map(Number) as SavedExample['spread'],
        expectedScore: Number(row.expectedScore),
      }))
    : [];
  const refusals = [...unique, ...examples.flatMap((e) => e.problems)];
  if (draft.examples.length === 0)
    refusals.push({
      path: 'examples',
      message: 'add at least one worked example from your guidance, with the score it gives',
    });
  examples.forEach((e, i) => {
    if (e.check?.ok && !e.check.agrees)
      refusals.push({
        path: `examples[${i}].expectedScore`,
        message: `disagrees: the pack gives ${e.check.score}, the guidance ${draft.examples[i]!.expectedScore.trim()}`,
      });
  });
  if (!scheme && draft.examples.length > 0)
    refusals.push({ path: 'examples', message: 'cannot be checked until the pack’s own problems are fixed' });
  return { file, problems: unique, scheme, examples, refusals };
}

function checkExample(row: ExampleRow, i: number, scheme: Scheme | null): ExampleResult {
  const problems: Problem[] = [];
  const read = (value: string, path: string) => {
    const trimmed = value.trim();
    if (NUMBER.test(trimmed)) return Number(trimmed);
    problems.push({
      path,
      message: trimmed === '' ? 'is missing: enter a number' : `must be a number; got "${trimmed}"`,
    });
    return Number.NaN;
  };
  const likelihood = read(row.likelihood, `examples[${i}].likelihood`);
  const spread = row.spread.map((s, c) => read(s, `examples[${i}].spread[${c}]`)) as [number, number, number, number];
  const expectedScore = read(row.expectedScore, `examples[${i}].expectedScore`);
  if (problems.length > 0 || !scheme) return { check: null, problems };
  const check = checkWorkedExample(scheme, { likelihood, spread, expectedScore });
  if (!check.ok)
    problems.push({
      path: `examples[${i}].${check.field === 'spread' ? 'spread[0]' : check.field}`,
      message: check.message,
    });
  return { check, problems };
}
