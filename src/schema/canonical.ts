/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, numbers and strings written as
 * `JSON.stringify` writes them — the JSON Canonicalization Scheme (RFC 8785) for the values we store. The
 * same record always gives the same text, whatever order its keys were built or stored in, so its
 * SHA-256 is a fingerprint that anyone can recompute from an exported file.
 *
 * Properties whose value is `undefined` are left out (as JSON leaves them out); `undefined` in an array is
 * written `null`. A number that is not finite has no JSON form and is refused rather than silently written
 * as `null`, which would let two different records share a fingerprint.
 * @throws RangeError for a non-finite number; TypeError for a value JSON cannot hold (a function, a symbol, a bigint)
 */
export function canonicalJson(value: unknown): string {
  return write(value, '');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`${path || 'the value'} is ${value}, which JSON cannot hold`);
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value))
        return `[${value.map((item, i) => (item === undefined ? 'null' : write(item, `${path}[${i}]`))).join(',')}]`;
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map(
          (key) =>
            `${JSON.stringify(key)}:${write((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key)}`,
        )
        .join(',')}}`;
    default:
      throw new TypeError(`${path || 'the value'} is a ${typeof value}, which JSON cannot hold`);
  }
}
