import { packConflict } from '../core/scheme/select.ts';
import type { Scheme } from '../core/scheme/types.ts';
import { type SchemePack, schemePackSchema } from './scheme.ts';
import { schemeFromPack, toSchemePack } from './scheme-values.ts';
import { describeIssues, type Problem } from './zod.ts';

/** Reading a scheme pack: its schema, the checks that keep the law as built in, and the scheme it gives. */
export { type SchemePack, schemeFromPack, schemePackSchema, toSchemePack };

export type SchemeParse = { ok: true; scheme: Scheme } | { ok: false; problems: Problem[] };

/**
 * Validates a scheme pack read from JSON. A bad pack is refused with every problem and its path; so is one
 * that would replace the law as built in (a built-in id, or a nation and date a built-in scheme covers).
 */
export function parseSchemePack(input: unknown): SchemeParse {
  const result = schemePackSchema.safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues) };
  const scheme = schemeFromPack(result.data);
  const conflict = packConflict(scheme);
  if (conflict)
    return {
      ok: false,
      problems: [{ path: conflict.startsWith('uses the id') ? 'id' : 'coverage', message: conflict }],
    };
  return { ok: true, scheme };
}
