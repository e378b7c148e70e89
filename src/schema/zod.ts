import * as z from 'zod/mini';

// zod probes `new Function` unless told not to, which a strict CSP page reports as a violation.
z.config({ jitless: true });

export { z };

export interface Problem {
  /** Where in the file, e.g. "hazards[3].likelihood". */
  path: string;
  message: string;
}

export type JsonRead = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

/** Reads a file's text as JSON, or says in one line why it is not JSON. */
export function readJson(text: string): JsonRead {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '(the whole file)', message: `is not valid JSON (${(error as Error).message})` }],
    };
  }
}

/** Turns zod issues into one plain line each, with the path a person can find in their file. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path) || '(the whole file)', message: describe(issue) }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (expected ${issue.expected})`
        : `must be ${article(issue.expected)}; got ${typeName(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a date written YYYY-MM-DD';
      // A pattern carries its own plain-English message (e.g. "must be lower-case words joined by hyphens").
      return issue.format === 'regex' ? issue.message : `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `has fields this version does not know: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return describeUnion(issue.errors.flat());
    default:
      return issue.message;
  }
}

/** A union's branches each failed: say the most useful of their reasons (e.g. '' or a date → the date's). */
function describeUnion(branches: readonly z.core.$ZodIssue[]): string {
  const format = branches.find((b) => b.code === 'invalid_format');
  if (format) return describe(format);
  const values = branches.flatMap((b) => (b.code === 'invalid_value' ? b.values : []));
  if (values.length === branches.length && values.length > 0)
    return `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return 'does not match any allowed form';
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? `text "${value.slice(0, 40)}"` : typeof value;
}
