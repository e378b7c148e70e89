import type { Scheme } from '../core/scheme/types.ts';
import type { SchemePack } from './scheme.ts';

/**
 * Between a scheme and its JSON form (a pack), without validation: for a pack already checked, such as the
 * scheme data a finalised assessment keeps, so re-opening it does not need zod's schema code.
 */

const toInfinity = (value: number | null) => (value === null ? Infinity : value);
const toNull = (value: number) => (value === Infinity ? null : value);

/** A validated pack as a scheme. JSON has no Infinity: an open-ended row is written null. */
export function schemeFromPack(pack: SchemePack): Scheme {
  const { format: _format, ...rest } = pack;
  return {
    ...rest,
    likelihoodScale: pack.likelihoodScale.map((row) => ({ ...row, to: toInfinity(row.to) })),
    bands: pack.bands.map((row) => ({ ...row, max: toInfinity(row.max) })),
  } as Scheme;
}

/** The JSON form of a scheme, for export, for keeping with a finalised assessment and for checking the built-in data. */
export function toSchemePack(scheme: Scheme): SchemePack {
  return {
    format: 'hhsrs-scheme-pack/1',
    ...structuredClone({ ...scheme, likelihoodScale: [], bands: [] }),
    likelihoodScale: scheme.likelihoodScale.map((row) => ({ ...row, to: toNull(row.to) })),
    bands: scheme.bands.map((row) => ({ ...row, max: toNull(row.max) })),
  } as SchemePack;
}
